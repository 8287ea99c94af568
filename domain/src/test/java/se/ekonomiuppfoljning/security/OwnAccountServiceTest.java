package se.ekonomiuppfoljning.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.ekonomiuppfoljning.testdata.SeedKommun.OVERFORMYNDAR;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.common.AuditEntry;
import se.ekonomiuppfoljning.common.Problem;
import se.ekonomiuppfoljning.common.RuleViolationException;
import se.ekonomiuppfoljning.testdata.InMemoryAuditLog;
import se.ekonomiuppfoljning.testdata.InMemoryUsers;
import se.ekonomiuppfoljning.testdata.SeedKommun;

class OwnAccountServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private final UserAccount eva = SeedKommun.chief("eva", OVERFORMYNDAR);
    private final UserAccount admin = SeedKommun.admin("admin");
    private final AtomicReference<UserAccount> caller = new AtomicReference<>(eva);
    private final InMemoryLanguages languages = new InMemoryLanguages();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final InMemoryUsers users = new InMemoryUsers();
    private final Set<String> directoryAccounts = new HashSet<>();
    private final OwnAccountService service = new OwnAccountService(
            caller::get,
            languages,
            audit,
            Clock.fixed(NOW, ZoneId.of("Europe/Stockholm")),
            users,
            raw -> "hash:" + raw,
            (raw, hash) -> hash.equals("hash:" + raw),
            directoryAccounts::contains);

    @BeforeEach
    void store() {
        users.save(eva, "hash:" + EVA_PASSWORD);
        users.save(admin, "hash:admin-lösenordet");
    }

    private static final String EVA_PASSWORD = "evas gamla lösenord";
    private static final String NEW_PASSWORD = "en ny lång fras i mars";

    @Test
    void a_local_user_changes_their_password_with_the_current_one_and_it_is_audited_without_it() {
        assertThat(service.mayChangeMyPassword()).isTrue();

        service.changeMyPassword(EVA_PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(users.passwordHashOf("eva")).contains("hash:" + NEW_PASSWORD);
        assertThat(users.passwordHashOf("admin")).contains("hash:admin-lösenordet");
        assertThat(audit.entries)
                .containsExactly(new AuditEntry(
                        "eva", NOW, SecurityAudit.USER, "eva", "password=(earlier)", "password=(changed)"));
        assertThat(audit.entries.get(0).toString())
                .doesNotContain(EVA_PASSWORD)
                .doesNotContain(NEW_PASSWORD)
                .doesNotContain("hash:");
    }

    @Test
    void a_changed_password_keeps_the_callers_session_with_the_new_hash_and_a_refused_change_keeps_none() {
        List<String> kept = new ArrayList<>();
        OwnAccountService withSessions = new OwnAccountService(
                caller::get,
                languages,
                audit,
                Clock.fixed(NOW, ZoneId.of("Europe/Stockholm")),
                users,
                raw -> "hash:" + raw,
                (raw, hash) -> hash.equals("hash:" + raw),
                directoryAccounts::contains,
                (username, hash) -> kept.add(username + " " + hash));

        assertRefused(
                () -> withSessions.changeMyPassword(EVA_PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x"),
                SecurityProblem.PASSWORD_REPEAT_DIFFERS);
        assertThat(kept).isEmpty();
        withSessions.changeMyPassword(EVA_PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(kept).containsExactly("eva hash:" + NEW_PASSWORD);
    }

    @Test
    void a_wrong_current_password_or_a_repetition_that_differs_changes_nothing() {
        assertRefused(
                () -> service.changeMyPassword("fel lösenord här", NEW_PASSWORD, NEW_PASSWORD),
                SecurityProblem.PASSWORD_CURRENT_WRONG);
        assertRefused(
                () -> service.changeMyPassword(EVA_PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x"),
                SecurityProblem.PASSWORD_REPEAT_DIFFERS);
        assertThat(users.passwordHashOf("eva")).contains("hash:" + EVA_PASSWORD);
        assertThat(audit.entries).containsExactly(WRONG_CURRENT_AUDITED);
    }

    private static final AuditEntry WRONG_CURRENT_AUDITED = new AuditEntry(
            "eva",
            NOW,
            SecurityAudit.USER,
            "eva",
            "password=(earlier)",
            "password=(unchanged: wrong current password)");

    @Test
    void a_new_password_of_more_than_72_bytes_is_refused_as_bcrypt_would_cut_or_refuse_it() {
        assertRefused(() -> change("a".repeat(73)), SecurityProblem.PASSWORD_TOO_LONG, 72);
        assertRefused(() -> change("å".repeat(37)), SecurityProblem.PASSWORD_TOO_LONG, 72); // 74 bytes in UTF-8
        assertThat(users.passwordHashOf("eva")).contains("hash:" + EVA_PASSWORD);

        change("a".repeat(72));
        assertThat(users.passwordHashOf("eva")).contains("hash:" + "a".repeat(72));
    }

    @Test
    void after_five_wrong_current_passwords_within_fifteen_minutes_even_the_right_one_is_refused_for_a_while() {
        AtomicReference<Instant> now = new AtomicReference<>(NOW);
        Clock moving = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneId.of("Europe/Stockholm");
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        OwnAccountService throttled = new OwnAccountService(
                caller::get,
                languages,
                audit,
                moving,
                users,
                raw -> "hash:" + raw,
                (raw, hash) -> hash.equals("hash:" + raw),
                directoryAccounts::contains);
        for (int i = 0; i < 5; i++) {
            now.set(NOW.plusSeconds(60L * i));
            assertRefused(
                    () -> throttled.changeMyPassword("gissning nummer ett", NEW_PASSWORD, NEW_PASSWORD),
                    SecurityProblem.PASSWORD_CURRENT_WRONG);
        }
        assertThat(audit.entries).hasSize(5).allSatisfy(e -> {
            assertThat(e.after()).isEqualTo("password=(unchanged: wrong current password)");
            assertThat(e.toString()).doesNotContain("gissning").doesNotContain(NEW_PASSWORD);
        });

        now.set(NOW.plusSeconds(5 * 60));
        assertRefused(
                () -> throttled.changeMyPassword(EVA_PASSWORD, NEW_PASSWORD, NEW_PASSWORD),
                SecurityProblem.PASSWORD_ATTEMPTS_BLOCKED,
                10L);
        assertThat(users.passwordHashOf("eva")).contains("hash:" + EVA_PASSWORD);
        assertThat(audit.entries).hasSize(5);

        caller.set(admin);
        throttled.changeMyPassword("admin-lösenordet", NEW_PASSWORD, NEW_PASSWORD);
        caller.set(eva);

        now.set(NOW.plusSeconds(15 * 60)); // the first failure is 15 minutes old: four remain in the window
        throttled.changeMyPassword(EVA_PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
        assertThat(users.passwordHashOf("eva")).contains("hash:" + NEW_PASSWORD);
    }

    @Test
    void a_new_password_must_be_long_not_the_user_name_not_contain_it_and_not_be_common() {
        assertRefused(() -> change("elva tecken"), SecurityProblem.PASSWORD_TOO_SHORT, 12);
        assertThat(PasswordRules.MIN_LENGTH).isEqualTo(12);
        change("tolv tecken!");
        caller.set(SeedKommun.chief("kommundirektor", OVERFORMYNDAR));
        users.save(caller.get(), "hash:" + EVA_PASSWORD);
        assertRefused(() -> change("KommunDirektor"), SecurityProblem.PASSWORD_IS_USERNAME);
        assertRefused(() -> change("mitt-KOMMUNDIREKTOR-1"), SecurityProblem.PASSWORD_CONTAINS_USERNAME);
        assertRefused(() -> change("Password123456"), SecurityProblem.PASSWORD_TOO_COMMON);
        assertRefused(() -> change("QwertyUiop123"), SecurityProblem.PASSWORD_TOO_COMMON);
        assertRefused(() -> change("Sommaren2026"), SecurityProblem.PASSWORD_TOO_COMMON);
        assertThat(PasswordRules.commonCount()).isBetween(100, 250);
        assertThat(users.passwordHashOf("kommundirektor")).contains("hash:" + EVA_PASSWORD);
    }

    @Test
    void a_directory_account_changes_no_password_in_the_portal() {
        directoryAccounts.add("eva");

        assertThat(service.mayChangeMyPassword()).isFalse();
        assertRefused(() -> change(NEW_PASSWORD), SecurityProblem.PASSWORD_OF_DIRECTORY_ACCOUNT);
        assertThat(users.passwordHashOf("eva")).contains("hash:" + EVA_PASSWORD);
    }

    @Test
    void my_account_is_the_stored_one_not_the_one_acting_for_somebody_else() {
        caller.set(SeedKommun.chief("eva", OVERFORMYNDAR, SeedKommun.IT));

        assertThat(service.myAccount()).isEqualTo(eva);
    }

    private void change(String password) {
        service.changeMyPassword(EVA_PASSWORD, password, password);
    }

    private static void assertRefused(
            org.assertj.core.api.ThrowableAssert.ThrowingCallable call, SecurityProblem code, Object... arguments) {
        assertThatThrownBy(call)
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).problem())
                .isEqualTo(Problem.of(code, arguments));
    }

    @Test
    void a_user_reads_their_own_account_and_starts_in_swedish() {
        assertThat(service.myAccount()).isEqualTo(eva);
        assertThat(service.myLanguage()).isEqualTo(Language.SV);
        assertThat(service.myLanguage().locale()).isEqualTo(Locale.forLanguageTag("sv-SE"));
    }

    @Test
    void a_changed_language_is_the_callers_own_and_nobody_elses() {
        languages.setLanguage("admin", Language.SV);

        service.changeMyLanguage(Language.EN);

        assertThat(languages.stored).containsEntry("eva", Language.EN).containsEntry("admin", Language.SV);
        assertThat(service.myLanguage()).isEqualTo(Language.EN);
        caller.set(admin);
        assertThat(service.myLanguage()).isEqualTo(Language.SV);
        assertThat(service.myAccount()).isEqualTo(admin);
    }

    @Test
    void a_changed_language_is_audited_from_before_to_after_and_the_same_one_again_is_not() {
        service.changeMyLanguage(Language.EN);
        service.changeMyLanguage(Language.EN);
        service.changeMyLanguage(Language.SV);

        assertThat(audit.entries)
                .containsExactly(
                        new AuditEntry("eva", NOW, SecurityAudit.USER, "eva", "language=sv", "language=en"),
                        new AuditEntry("eva", NOW, SecurityAudit.USER, "eva", "language=en", "language=sv"));
    }

    @Test
    void no_language_or_an_unknown_code_is_refused_with_a_problem_and_nothing_changes() {
        service.changeMyLanguage(Language.EN);

        assertThatThrownBy(() -> service.changeMyLanguage(null))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).problem())
                .isEqualTo(Problem.of(SecurityProblem.UNKNOWN_LANGUAGE, ""));
        assertThatThrownBy(() -> Language.parse("de"))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).problem())
                .isEqualTo(Problem.of(SecurityProblem.UNKNOWN_LANGUAGE, "de"));
        assertThat(Language.parse(" EN ")).isEqualTo(Language.EN);
        assertThat(service.myLanguage()).isEqualTo(Language.EN);
        assertThat(audit.entries).hasSize(1);
    }

    @Test
    void nobody_logged_in_reads_or_changes_no_language() {
        OwnAccountService anonymous = new OwnAccountService(
                () -> {
                    throw new NotAuthenticatedException();
                },
                languages,
                audit,
                Clock.systemUTC(),
                users,
                raw -> raw,
                (raw, hash) -> false,
                name -> false);

        assertThatThrownBy(anonymous::myLanguage).isInstanceOf(NotAuthenticatedException.class);
        assertThatThrownBy(() -> anonymous.changeMyLanguage(Language.EN)).isInstanceOf(NotAuthenticatedException.class);
        assertThat(languages.stored).isEmpty();
        assertThat(audit.entries).isEmpty();
    }

    private static final class InMemoryLanguages implements UserLanguages {

        final Map<String, Language> stored = new HashMap<>();

        @Override
        public Language languageOf(String username) {
            return stored.getOrDefault(username, Language.DEFAULT);
        }

        @Override
        public void setLanguage(String username, Language language) {
            stored.put(username, language);
        }
    }
}
