package se.ekonomiuppfoljning.apikeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KLS;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KS;
import static se.ekonomiuppfoljning.testdata.SeedKommun.OVERFORMYNDAR;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.ekonomiuppfoljning.common.Problem;
import se.ekonomiuppfoljning.common.RuleViolationException;
import se.ekonomiuppfoljning.security.PermissionDeniedException;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.testdata.InMemoryApiKeys;
import se.ekonomiuppfoljning.testdata.InMemoryAuditLog;
import se.ekonomiuppfoljning.testdata.InMemoryUsers;
import se.ekonomiuppfoljning.testdata.SeedKommun;

class ApiKeyServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);

    private final UserAccount admin = SeedKommun.admin("admin");
    private final UserAccount job = SeedKommun.economist("nattjobb", KLS);
    private final UserAccount eva = SeedKommun.chief("eva", OVERFORMYNDAR);
    private final InMemoryUsers users = new InMemoryUsers(
            admin,
            job,
            eva,
            SeedKommun.politician("pia", KS),
            new UserAccount("slutat", "Slutat", Set.of(), Set.of(), Set.of(), false));
    private final InMemoryApiKeys keys = new InMemoryApiKeys();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final AtomicReference<UserAccount> caller = new AtomicReference<>(admin);
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-16T08:00:00Z"));
    private final ApiKeyService service = new ApiKeyService(keys, users, caller::get, audit, new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    });

    @Test
    void a_created_key_is_shown_once_and_only_its_hash_is_stored() {
        CreatedKey created = service.create("nattjobb", " Nattlig import ", TODAY.plusYears(1));

        assertThat(created.secret()).startsWith("eku_").hasSize(47);
        assertThat(created.key().label()).isEqualTo("Nattlig import");
        assertThat(created.key().prefix()).isEqualTo(created.secret().substring(0, 10));
        assertThat(keys.hashes.get(created.key().id()))
                .hasSize(64)
                .isNotEqualTo(created.secret())
                .doesNotContain(created.secret().substring(4));
        assertThat(created.toString()).doesNotContain(created.secret());
        assertThat(audit.entries).singleElement().satisfies(entry -> {
            assertThat(entry.entity()).isEqualTo(ApiKeyService.AUDIT_KIND);
            assertThat(entry.username()).isEqualTo("admin");
            assertThat(entry.after()).contains("owner=nattjobb").doesNotContain(created.secret());
        });
        assertThat(service.create("nattjobb", "Nattlig import", TODAY.plusDays(1))
                        .secret())
                .isNotEqualTo(created.secret());
    }

    @Test
    void a_key_is_accepted_as_its_owner_until_its_last_day_and_not_after() {
        CreatedKey created = service.create("nattjobb", "Nattlig import", TODAY.plusDays(1));

        assertThat(service.authenticate(created.secret())).contains("nattjobb");
        now.set(Instant.parse("2026-03-17T22:59:00Z")); // 23:59 in Stockholm on its last day
        assertThat(service.authenticate(created.secret())).contains("nattjobb");
        now.set(Instant.parse("2026-03-17T23:00:00Z"));
        assertThat(service.authenticate(created.secret())).isEmpty();
    }

    @Test
    void a_revoked_key_an_unknown_one_and_a_disabled_owners_are_refused_alike() {
        CreatedKey revoked = service.create("nattjobb", "Gammal", TODAY.plusYears(1));
        CreatedKey evas = service.create("eva", "Evas skript", TODAY.plusYears(1));
        service.revoke(revoked.key().id());
        users.save(new UserAccount("eva", "Eva", eva.roles(), eva.units(), Set.of(), false), "{noop}eva");

        assertThat(service.authenticate(revoked.secret())).isEmpty();
        assertThat(service.authenticate(evas.secret())).isEmpty();
        assertThat(service.authenticate(revoked.secret().substring(0, 46) + "x"))
                .isEmpty();
        assertThat(service.authenticate("eku_kort")).isEmpty();
        assertThat(service.authenticate("")).isEmpty();
        assertThat(service.list())
                .filteredOn(k -> k.id() == revoked.key().id())
                .singleElement()
                .satisfies(k -> assertThat(k.revokedAt()).isEqualTo(now.get()));
        assertThat(audit.entries).hasSize(3);
    }

    @Test
    void the_last_used_time_is_written_at_most_once_a_minute() {
        CreatedKey created = service.create("nattjobb", "Nattlig import", TODAY.plusYears(1));

        service.authenticate(created.secret());
        now.set(now.get().plusSeconds(30));
        service.authenticate(created.secret());
        assertThat(keys.touches).isEqualTo(1);
        now.set(now.get().plus(Duration.ofMinutes(1)));
        service.authenticate(created.secret());

        assertThat(keys.touches).isEqualTo(2);
        assertThat(service.list().get(0).lastUsedAt()).isEqualTo(now.get());
    }

    @Test
    void a_key_must_have_an_enabled_owner_a_label_and_a_last_day_within_two_years() {
        assertRefused(() -> service.create("okand", "x", TODAY.plusDays(1)), ApiKeyProblem.OWNER_NOT_FOUND, "okand");
        assertRefused(() -> service.create("slutat", "x", TODAY.plusDays(1)), ApiKeyProblem.OWNER_DISABLED, "slutat");
        assertRefused(
                () -> service.create("admin", "x", TODAY.plusDays(1)), ApiKeyProblem.OWNER_IS_ADMINISTRATOR, "admin");
        assertRefused(() -> service.create("nattjobb", "  ", TODAY.plusDays(1)), ApiKeyProblem.LABEL_MISSING);
        assertRefused(
                () -> service.create("nattjobb", "x".repeat(101), TODAY.plusDays(1)),
                ApiKeyProblem.LABEL_TOO_LONG,
                100);
        assertRefused(() -> service.create("nattjobb", "x", TODAY), ApiKeyProblem.EXPIRY_NOT_IN_FUTURE, TODAY, TODAY);
        assertRefused(
                () -> service.create("nattjobb", "x", TODAY.plusYears(2).plusDays(1)),
                ApiKeyProblem.EXPIRY_TOO_LATE,
                TODAY.plusYears(2).plusDays(1),
                TODAY.plusYears(2));
        assertRefused(() -> service.revoke(99), ApiKeyProblem.KEY_NOT_FOUND, 99L);
        assertThat(keys.all()).isEmpty();
        assertThat(audit.entries).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nattjobb", "eva", "pia"})
    void nobody_but_an_administrator_lists_creates_or_revokes_keys(String who) {
        CreatedKey existing = service.create("nattjobb", "Nattlig import", TODAY.plusYears(1));
        caller.set(users.findByUsername(who).orElseThrow());

        assertThatThrownBy(service::list).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(service::possibleOwners).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> service.create(who, "Min egen", TODAY.plusYears(1)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> service.revoke(existing.key().id())).isInstanceOf(PermissionDeniedException.class);
        assertThat(keys.all())
                .singleElement()
                .satisfies(k -> assertThat(k.revokedAt()).isNull());
    }

    @Test
    void the_possible_owners_are_the_enabled_users() {
        assertThat(service.possibleOwners())
                .extracting(UserAccount::username)
                .doesNotContain("slutat", "admin")
                .contains("nattjobb", "eva");
    }

    @Test
    void a_user_administration_key_is_made_only_for_an_administrator_and_says_its_purpose() {
        CreatedKey hr = service.create(ApiKeyPurpose.USER_ADMINISTRATION, "admin", "HR-systemet", TODAY.plusYears(1));

        assertThat(hr.key().purpose()).isEqualTo(ApiKeyPurpose.USER_ADMINISTRATION);
        assertThat(service.accept(hr.secret())).contains(new AcceptedKey("admin", ApiKeyPurpose.USER_ADMINISTRATION));
        assertThat(service.accept(service.create("nattjobb", "Nattlig import", TODAY.plusYears(1))
                                .secret())
                        .map(AcceptedKey::purpose))
                .contains(ApiKeyPurpose.INTEGRATION);
        assertThat(audit.entries.get(0).after()).contains("purpose=USER_ADMINISTRATION", "owner=admin");
        assertRefused(
                () -> service.create(ApiKeyPurpose.USER_ADMINISTRATION, "nattjobb", "x", TODAY.plusDays(1)),
                ApiKeyProblem.OWNER_NOT_ADMINISTRATOR,
                "nattjobb");
        service.revoke(hr.key().id());
        assertThat(audit.entries.get(audit.entries.size() - 1).before()).contains("purpose=USER_ADMINISTRATION");
        assertThat(service.accept(hr.secret())).isEmpty();
    }

    @Test
    void the_possible_owners_of_a_user_administration_key_are_the_enabled_administrators() {
        assertThat(service.possibleOwners(ApiKeyPurpose.USER_ADMINISTRATION))
                .extracting(UserAccount::username)
                .containsExactly("admin");
    }

    private static void assertRefused(Runnable call, ApiKeyProblem code, Object... arguments) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.of(code, arguments)));
    }
}
