package se.ekonomiuppfoljning.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.ekonomiuppfoljning.testdata.SeedKommun.IT;
import static se.ekonomiuppfoljning.testdata.SeedKommun.OVERFORMYNDAR;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.common.Problem;
import se.ekonomiuppfoljning.organisation.Account;
import se.ekonomiuppfoljning.organisation.Committee;
import se.ekonomiuppfoljning.organisation.CommitteeCode;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.organisation.Unit;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.testdata.InMemoryUsers;
import se.ekonomiuppfoljning.testdata.SeedKommun;

class UserAdministrationServiceTest {

    private static final OrganisationRepository ORGANISATION = new OrganisationRepository() {
        @Override
        public Organisation load() {
            return SeedKommun.organisation();
        }

        @Override
        public void saveCommittees(Collection<Committee> committees) {}

        @Override
        public void saveUnits(Collection<Unit> units) {}

        @Override
        public List<Account> accounts() {
            return List.of();
        }

        @Override
        public void saveAccounts(Collection<Account> accounts) {}
    };

    private final UserAccount admin = SeedKommun.admin("admin");
    private final UserAccount eva = SeedKommun.chief("eva", OVERFORMYNDAR);
    private final InMemoryUsers users = new InMemoryUsers(admin, eva);
    private final AtomicReference<UserAccount> caller = new AtomicReference<>(admin);
    private final List<String> audited = new ArrayList<>();
    private final UserAdministrationService service = new UserAdministrationService(
            users,
            caller::get,
            (actor, at, kind, subject, before, after) ->
                    audited.add(actor + "|" + at + "|" + kind + "|" + subject + "|" + before + "|" + after),
            Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("Europe/Stockholm")),
            raw -> "{hashed}" + raw,
            ORGANISATION);

    private static NewUser newChief(String username) {
        return new NewUser(
                username,
                "Kim Ek",
                "kim.ek@kommun.example",
                "ett långt lösenord",
                Set.of(Role.CHEF),
                Set.of(IT),
                Set.of());
    }

    private static Problem problemOf(Runnable call) {
        try {
            call.run();
        } catch (InvalidUserDataException refused) {
            return refused.problem();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void the_administrator_creates_a_local_user_with_a_hashed_password_and_the_creation_is_audited() {
        UserAccount created = service.createUser(newChief(" Kim "));

        assertThat(created.username()).isEqualTo("kim");
        assertThat(users.findByUsername("kim")).contains(created);
        assertThat(created.roles()).containsExactly(Role.CHEF);
        assertThat(created.units()).containsExactly(IT);
        assertThat(created.enabled()).isTrue();
        assertThat(created.email()).isEqualTo(new EmailAddress("kim.ek@kommun.example"));
        assertThat(users.passwordHashOf("kim")).contains("{hashed}ett långt lösenord");
        assertThat(audited)
                .containsExactly("admin|2026-03-02T09:00:00Z|USER|kim|null|namn=Kim Ek; roller=CHEF; enheter=1120;"
                        + " nämnder=; aktiv=ja; e-post=kim.ek@kommun.example");
    }

    @Test
    void a_new_user_whose_name_is_taken_empty_or_spaced_or_whose_password_is_weak_is_refused_and_not_stored() {
        assertThat(problemOf(() -> service.createUser(newChief("EVA"))))
                .isEqualTo(Problem.of(SecurityProblem.USERNAME_TAKEN, "eva", "eva"));
        assertThat(problemOf(() -> service.createUser(newChief("  "))))
                .isEqualTo(Problem.of(SecurityProblem.USERNAME_INVALID, "", Usernames.MAX_LENGTH));
        assertThat(problemOf(() -> service.createUser(newChief("kim ek"))))
                .isEqualTo(Problem.of(SecurityProblem.USERNAME_INVALID, "kim ek", Usernames.MAX_LENGTH));
        assertThat(problemOf(() -> service.createUser(
                        new NewUser("kim", "Kim", null, "kort", Set.of(Role.CHEF), Set.of(), Set.of()))))
                .isEqualTo(Problem.of(SecurityProblem.PASSWORD_TOO_SHORT, 12));
        assertThat(problemOf(() -> service.createUser(new NewUser(
                        "kimberley-ek", "Kim", null, "KIMBERLEY-EK", Set.of(Role.CHEF), Set.of(), Set.of()))))
                .isEqualTo(Problem.of(SecurityProblem.PASSWORD_IS_USERNAME));
        assertThat(problemOf(() -> service.createUser(
                        new NewUser("kim", " ", null, "ett långt lösenord", Set.of(Role.CHEF), Set.of(), Set.of()))))
                .isEqualTo(Problem.of(SecurityProblem.DISPLAY_NAME_INVALID, 200));
        assertThat(users.findByUsername("kim")).isEmpty();
        assertThat(users.findByUsername("kimberley-ek")).isEmpty();
        assertThat(audited).isEmpty();
    }

    @Test
    void a_new_users_password_may_be_at_most_72_bytes_and_not_a_common_one() {
        assertThat(problemOf(() -> service.createUser(
                        new NewUser("kim", "Kim", null, "ö".repeat(37), Set.of(Role.CHEF), Set.of(), Set.of()))))
                .isEqualTo(Problem.of(SecurityProblem.PASSWORD_TOO_LONG, 72));
        assertThat(problemOf(() -> service.createUser(
                        new NewUser("kim", "Kim", null, "Password123456", Set.of(Role.CHEF), Set.of(), Set.of()))))
                .isEqualTo(Problem.of(SecurityProblem.PASSWORD_TOO_COMMON));
        assertThat(users.findByUsername("kim")).isEmpty();
        assertThat(audited).isEmpty();
    }

    @Test
    void units_and_committees_must_be_in_the_organisation() {
        assertThat(problemOf(() -> service.setUnits("eva", Set.of(UnitCode.of("9999")))))
                .isEqualTo(Problem.of(SecurityProblem.UNKNOWN_UNIT, "9999"));
        assertThat(problemOf(() -> service.setCommittees("eva", Set.of(CommitteeCode.of("AU")))))
                .isEqualTo(Problem.of(SecurityProblem.UNKNOWN_COMMITTEE, "AU"));
        assertThat(users.findByUsername("eva")).contains(eva);

        service.setUnits("eva", Set.of(IT, OVERFORMYNDAR));
        service.setCommittees("eva", Set.of(SeedKommun.KS));
        assertThat(users.findByUsername("eva").orElseThrow().units()).containsExactlyInAnyOrder(IT, OVERFORMYNDAR);
        assertThat(users.findByUsername("eva").orElseThrow().committees()).containsExactly(SeedKommun.KS);
    }

    @Test
    void roles_are_given_and_taken_and_each_change_is_audited() {
        service.grantRole("eva", Role.EKONOM);
        assertThat(users.findByUsername("eva").orElseThrow().roles()).containsExactlyInAnyOrder(Role.CHEF, Role.EKONOM);
        service.revokeRole("eva", Role.CHEF);
        service.revokeRole("eva", Role.CHEF);
        assertThat(users.findByUsername("eva").orElseThrow().roles()).containsExactly(Role.EKONOM);
        assertThat(audited).hasSize(2);
        assertThat(audited.get(1))
                .contains("roller=CHEF,EKONOM;")
                .endsWith("roller=EKONOM; enheter=1150; nämnder=;" + " aktiv=ja; e-post=");
    }

    @Test
    void name_and_address_are_set_together_and_the_password_stays() {
        service.changeNameAndEmail("eva", " Eva Lind ", "eva.lind@kommun.example");
        UserAccount changed = users.findByUsername("eva").orElseThrow();
        assertThat(changed.displayName()).isEqualTo("Eva Lind");
        assertThat(changed.email()).isEqualTo(new EmailAddress("eva.lind@kommun.example"));
        assertThat(users.passwordHashOf("eva")).contains("{noop}eva");
    }

    @Test
    void the_form_sets_everything_at_once_in_one_audited_change() {
        service.changeUser(
                "eva",
                new UserChanges(
                        "Eva Lind", "", Set.of(Role.POLITIKER), Set.of(), Set.of(SeedKommun.KS, SeedKommun.KF)));
        assertThat(users.findByUsername("eva").orElseThrow())
                .isEqualTo(new UserAccount(
                        "eva",
                        "Eva Lind",
                        Set.of(Role.POLITIKER),
                        Set.of(),
                        Set.of(SeedKommun.KS, SeedKommun.KF),
                        true));
        assertThat(audited).hasSize(1);
    }

    @Test
    void a_disabled_user_is_disabled_and_enabled_again_with_both_audited() {
        service.disable("eva");
        assertThat(users.findByUsername("eva").orElseThrow().enabled()).isFalse();
        service.enable("eva");
        assertThat(users.findByUsername("eva").orElseThrow().enabled()).isTrue();
        assertThat(audited).hasSize(2);
        assertThat(audited.get(0)).endsWith("aktiv=nej; e-post=");
    }

    @Test
    void an_administrator_cannot_disable_themselves() {
        users.save(SeedKommun.admin("admin2"), "{noop}admin2");
        assertThat(problemOf(() -> service.disable("admin")))
                .isEqualTo(Problem.of(SecurityProblem.CANNOT_DISABLE_SELF));
        assertThat(users.findByUsername("admin").orElseThrow().enabled()).isTrue();
    }

    @Test
    void the_last_administrator_cannot_take_their_own_admin_role_but_one_of_two_can() {
        assertThat(problemOf(() -> service.revokeRole("admin", Role.ADMIN)))
                .isEqualTo(Problem.of(SecurityProblem.LAST_ADMINISTRATOR, "admin"));
        assertThat(problemOf(() -> service.changeUser(
                        "admin", new UserChanges("admin", null, Set.of(Role.EKONOM), Set.of(), Set.of()))))
                .isEqualTo(Problem.of(SecurityProblem.LAST_ADMINISTRATOR, "admin"));
        assertThat(users.findByUsername("admin").orElseThrow().roles()).containsExactly(Role.ADMIN);

        users.save(SeedKommun.admin("admin2"), "{noop}admin2");
        service.revokeRole("admin", Role.ADMIN);
        assertThat(users.findByUsername("admin").orElseThrow().roles()).isEmpty();
    }

    @Test
    void a_disabled_administrator_does_not_count_as_another_administrator() {
        users.save(new UserAccount("admin2", "admin2", Set.of(Role.ADMIN), Set.of(), Set.of(), false), "{noop}admin2");
        assertThat(problemOf(() -> service.revokeRole("admin", Role.ADMIN)))
                .isEqualTo(Problem.of(SecurityProblem.LAST_ADMINISTRATOR, "admin"));
    }

    @Test
    void the_start_up_scope_ends_with_one_call_once_real_users_exist_and_is_audited() {
        UserAccount first =
                new UserAccount("first", "Administratör", Set.of(Role.ADMIN, Role.EKONOM), Set.of(), Set.of(), true);
        InMemoryUsers alone = new InMemoryUsers(first);
        UserAdministrationService fresh = new UserAdministrationService(
                alone,
                () -> first,
                (actor, at, kind, subject, before, after) -> audited.add(subject + "|" + after),
                Clock.systemUTC(),
                raw -> raw,
                ORGANISATION);
        assertThat(fresh.startupScopeUsers()).containsExactly(first);
        assertThat(problemOf(fresh::endStartupScope)).isEqualTo(Problem.of(SecurityProblem.NO_REAL_USERS));

        alone.save(eva, "{noop}eva");
        fresh.endStartupScope();
        assertThat(alone.findByUsername("first").orElseThrow().roles()).containsExactly(Role.ADMIN);
        assertThat(alone.findByUsername("eva")).contains(eva);
        assertThat(audited)
                .containsExactly("first|namn=Administratör; roller=ADMIN; enheter=; nämnder=; aktiv=ja;" + " e-post=");
        assertThat(problemOf(fresh::endStartupScope)).isEqualTo(Problem.of(SecurityProblem.NO_STARTUP_SCOPE));
    }

    @Test
    void nobody_but_an_enabled_administrator_may_call_any_operation() {
        UserAccount economist = SeedKommun.economist("ekonom", SeedKommun.KOMMUN);
        UserAccount politician = SeedKommun.politician("politiker", SeedKommun.KS);
        UserAccount disabledAdmin = new UserAccount("gammal", "gammal", Set.of(Role.ADMIN), Set.of(), Set.of(), false);
        List<Runnable> operations = List.of(
                () -> service.listUsers(),
                () -> service.listUsers(0, 10),
                () -> service.countUsers(),
                () -> service.organisation(),
                () -> service.createUser(newChief("kim")),
                () -> service.changeUser("eva", UserChanges.of(eva)),
                () -> service.changeNameAndEmail("eva", "Eva", null),
                () -> service.changeEmail("eva", "eva@kommun.se"),
                () -> service.grantRole("eva", Role.ADMIN),
                () -> service.revokeRole("eva", Role.CHEF),
                () -> service.setUnits("eva", Set.of(IT)),
                () -> service.setCommittees("eva", Set.of(SeedKommun.KS)),
                () -> service.disable("eva"),
                () -> service.enable("eva"),
                () -> service.startupScopeUsers(),
                () -> service.endStartupScope());
        for (UserAccount refused : List.of(eva, economist, politician, disabledAdmin)) {
            caller.set(refused);
            for (Runnable operation : operations) {
                assertThatThrownBy(operation::run).as(refused.username()).isInstanceOf(PermissionDeniedException.class);
            }
        }
        assertThat(users.findByUsername("eva")).contains(eva);
        assertThat(users.findByUsername("kim")).isEmpty();
        assertThat(audited).isEmpty();
    }

    @Test
    void the_administrator_sets_and_removes_an_address_and_the_password_stays() {
        service.changeEmail("eva", " eva.lind@kommun.example ");
        assertThat(users.findByUsername("eva").orElseThrow().email())
                .isEqualTo(new EmailAddress("eva.lind@kommun.example"));
        assertThat(users.passwordHashOf("eva")).contains("{noop}eva");

        service.changeEmail("eva", "  ");
        assertThat(users.findByUsername("eva").orElseThrow().email()).isNull();
        assertThat(users.findByUsername("eva").orElseThrow().units()).containsExactly(OVERFORMYNDAR);
    }

    @Test
    void an_address_that_is_not_valid_or_an_unknown_user_is_refused_and_nothing_changes() {
        service.changeEmail("eva", "eva.lind@kommun.example");
        assertThatThrownBy(() -> service.changeEmail("eva", "eva.lind@kommun"))
                .isInstanceOfSatisfying(
                        InvalidUserDataException.class,
                        e -> assertThat(e.problem())
                                .isEqualTo(Problem.of(SecurityProblem.EMAIL_INVALID, "eva.lind@kommun")));
        assertThatThrownBy(() -> service.changeEmail("okand", "x@kommun.se"))
                .isInstanceOfSatisfying(
                        InvalidUserDataException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.of(SecurityProblem.USER_NOT_FOUND, "okand")));
        assertThat(users.findByUsername("eva").orElseThrow().email())
                .isEqualTo(new EmailAddress("eva.lind@kommun.example"));
    }

    @Test
    void nobody_but_the_administrator_may_change_an_address() {
        caller.set(eva);
        assertThatThrownBy(() -> service.changeEmail("eva", "eva@kommun.se"))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(users.findByUsername("eva").orElseThrow().email()).isNull();
    }

    @Test
    void an_address_change_is_audited_with_who_when_before_and_after_and_a_refused_one_is_not() {
        service.changeEmail("eva", "eva.lind@kommun.example");
        service.changeEmail("eva", "eva.lind@kommun.example");
        assertThatThrownBy(() -> service.changeEmail("eva", "eva.lind@kommun"))
                .isInstanceOf(InvalidUserDataException.class);
        caller.set(eva);
        assertThatThrownBy(() -> service.changeEmail("eva", "eva@kommun.se"))
                .isInstanceOf(PermissionDeniedException.class);
        caller.set(admin);
        service.changeEmail("eva", "");

        String evaWithout = "namn=" + eva.displayName() + "; roller=CHEF; enheter=1150; nämnder=; aktiv=ja; e-post=";
        assertThat(audited)
                .containsExactly(
                        "admin|2026-03-02T09:00:00Z|USER|eva|" + evaWithout + "|" + evaWithout
                                + "eva.lind@kommun.example",
                        "admin|2026-03-02T09:00:00Z|USER|eva|" + evaWithout + "eva.lind@kommun.example|" + evaWithout);
    }

    @Test
    void an_administrator_cannot_give_themselves_rights_nor_anyone_the_whole_kommun_without_units() {
        assertThat(problemOf(() -> service.grantRole("admin", Role.EKONOM)))
                .isEqualTo(Problem.of(SecurityProblem.OWN_RIGHTS, "admin"));
        assertThat(problemOf(() -> service.setUnits("admin", Set.of(OVERFORMYNDAR))))
                .isEqualTo(Problem.of(SecurityProblem.OWN_RIGHTS, "admin"));
        assertThat(problemOf(() -> service.changeUser(
                        "admin", new UserChanges("admin", null, Set.of(Role.ADMIN, Role.CHEF), Set.of(), Set.of()))))
                .isEqualTo(Problem.of(SecurityProblem.OWN_RIGHTS, "admin"));
        assertThat(users.findByUsername("admin").orElseThrow().roles()).containsExactly(Role.ADMIN);

        users.save(SeedKommun.admin("admin2"), "{noop}admin2");
        assertThat(problemOf(() -> service.grantRole("admin2", Role.EKONOM)))
                .isEqualTo(Problem.of(SecurityProblem.STARTUP_SCOPE_ONLY_AT_START, "admin2"));
        service.setUnits("eva", Set.of(OVERFORMYNDAR));
        assertThat(users.findByUsername("admin2").orElseThrow().roles()).containsExactly(Role.ADMIN);
    }
}
