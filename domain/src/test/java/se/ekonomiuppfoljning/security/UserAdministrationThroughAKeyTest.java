package se.ekonomiuppfoljning.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.ekonomiuppfoljning.testdata.SeedKommun.IT;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KLS;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.organisation.Account;
import se.ekonomiuppfoljning.organisation.Committee;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.organisation.Unit;
import se.ekonomiuppfoljning.testdata.InMemoryUsers;
import se.ekonomiuppfoljning.testdata.SeedKommun;

/**
 * An HR system's user-administration key administers chiefs and politicians only (found in review: administrator
 * Anna made such a key for administrator Bert's account and gave herself an economist's rights through it, audited
 * as Bert; and a leaked key could make an administrator). A person on the Användare page keeps every right.
 */
class UserAdministrationThroughAKeyTest {

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

    private final UserAccount anna = SeedKommun.admin("anna");
    private final UserAccount bert = SeedKommun.admin("bert");
    private final UserAccount itChief = SeedKommun.chief("itchef", IT);
    private final InMemoryUsers users = new InMemoryUsers(anna, bert, itChief);
    private final List<String> audited = new ArrayList<>();
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("Europe/Stockholm"));

    /** Bert's user-administration key, as {@code SpringSecurityCurrentUser} presents it. */
    private final CurrentUser bertsKey = new CurrentUser() {
        @Override
        public UserAccount require() {
            throw new PermissionDeniedException("bert", "anything but user administration with its key");
        }

        @Override
        public UserAccount requireUserAdministrator(String operation) {
            return bert;
        }

        @Override
        public boolean throughUserAdministrationKey() {
            return true;
        }
    };

    private final UserAdministrationService throughTheKey = service(bertsKey);
    private final UserAdministrationService onThePage = service(() -> bert);

    private UserAdministrationService service(CurrentUser caller) {
        return new UserAdministrationService(
                users,
                caller,
                (actor, at, kind, subject, before, after) -> audited.add(actor + "|" + subject),
                clock,
                raw -> "{hashed}" + raw,
                ORGANISATION);
    }

    @Test
    void a_key_cannot_give_an_administrator_rights_not_even_to_the_one_who_made_it() {
        UserChanges economistOverKls =
                new UserChanges(anna.displayName(), null, Set.of(Role.ADMIN, Role.EKONOM), Set.of(KLS), Set.of());

        assertThatThrownBy(() -> throughTheKey.changeUser("anna", economistOverKls))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> throughTheKey.disable("anna")).isInstanceOf(PermissionDeniedException.class);
        assertThat(users.findByUsername("anna").orElseThrow()).isEqualTo(anna);
        assertThat(audited).isEmpty();
    }

    @Test
    void a_key_makes_no_administrator_and_no_economist() {
        for (Set<Role> roles : List.of(Set.of(Role.ADMIN), Set.of(Role.EKONOM), Set.of(Role.CHEF, Role.EKONOM))) {
            NewUser wanted =
                    new NewUser("ny.person", "Ny Person", null, "en lång startfras 2026", roles, Set.of(KLS), Set.of());
            assertThatThrownBy(() -> throughTheKey.createUser(wanted)).isInstanceOf(PermissionDeniedException.class);
        }
        assertThatThrownBy(() -> throughTheKey.grantRole("itchef", Role.ADMIN))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(users.findByUsername("ny.person")).isEmpty();
        assertThat(users.findByUsername("itchef").orElseThrow().roles()).containsExactly(Role.CHEF);
    }

    @Test
    void a_key_administers_chiefs_and_politicians_and_a_person_on_the_page_everyone() {
        throughTheKey.createUser(new NewUser(
                "anna.chef", "Anna Chef", null, "en lång startfras 2026", Set.of(Role.CHEF), Set.of(IT), Set.of()));
        throughTheKey.grantRole("itchef", Role.POLITIKER);

        assertThat(users.findByUsername("anna.chef").orElseThrow().roles()).containsExactly(Role.CHEF);
        assertThat(users.findByUsername("itchef").orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.CHEF, Role.POLITIKER);
        onThePage.grantRole("itchef", Role.EKONOM);
        assertThat(users.findByUsername("itchef").orElseThrow().roles()).contains(Role.EKONOM);
    }
}
