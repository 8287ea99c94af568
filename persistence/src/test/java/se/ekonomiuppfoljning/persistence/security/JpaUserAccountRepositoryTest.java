package se.ekonomiuppfoljning.persistence.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.persistence.PersistenceTest;
import se.ekonomiuppfoljning.security.EmailAddress;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.security.UserAccountRepository;
import se.ekonomiuppfoljning.testdata.SeedKommun;

@PersistenceTest
class JpaUserAccountRepositoryTest {

    @Autowired
    UserAccountRepository users;

    @Autowired
    OrganisationRepository organisations;

    @Test
    void a_user_keeps_roles_units_committees_and_hash() {
        Organisation seed = SeedKommun.organisation();
        organisations.saveCommittees(seed.committees());
        organisations.saveUnits(seed.units());
        UserAccount anna = new UserAccount(
                "anna",
                "Anna Berg",
                Set.of(Role.POLITIKER, Role.CHEF),
                Set.of(SeedKommun.IT),
                Set.of(SeedKommun.KS),
                true);
        users.save(anna, "{bcrypt}hash");

        assertThat(users.findByUsername("anna")).contains(anna);
        assertThat(users.passwordHashOf("anna")).contains("{bcrypt}hash");
        assertThat(users.findByUsername("nobody")).isEmpty();
        assertThat(users.count()).isEqualTo(1);
    }

    @Test
    void a_page_of_users_comes_in_the_order_of_names_with_their_rights_and_state() {
        for (String name : java.util.List.of("cecilia", "adam", "örjan", "bertil", "åsa")) {
            users.save(
                    new UserAccount(name, name, Set.of(Role.CHEF), Set.of(), Set.of(), !name.equals("bertil")),
                    "{bcrypt}hash");
        }
        assertThat(users.findPage(0, 2)).extracting(UserAccount::username).containsExactly("adam", "bertil");
        assertThat(users.findPage(2, 10)).extracting(UserAccount::username).containsExactly("cecilia", "åsa", "örjan");
        assertThat(users.findPage(1, 1)).singleElement().satisfies(u -> {
            assertThat(u.enabled()).isFalse();
            assertThat(u.roles()).containsExactly(Role.CHEF);
        });
        assertThat(users.findPage(5, 10)).isEmpty();
        assertThat(users.findPage(0, 0)).isEmpty();
    }

    @Test
    void an_e_mail_address_is_kept_and_removed() {
        UserAccount eva = new UserAccount("eva", "Eva Lind", Set.of(Role.ADMIN), Set.of(), Set.of(), true);
        users.save(eva.withEmail(new EmailAddress("eva.lind@kommun.example")), "{bcrypt}hash");
        assertThat(users.findByUsername("eva").orElseThrow().email())
                .isEqualTo(new EmailAddress("eva.lind@kommun.example"));

        users.save(eva, "{bcrypt}hash");
        assertThat(users.findByUsername("eva").orElseThrow().email()).isNull();
    }

    @Test
    void a_changed_scope_or_a_disabled_account_is_read_back_at_once() {
        Organisation seed = SeedKommun.organisation();
        organisations.saveCommittees(seed.committees());
        organisations.saveUnits(seed.units());
        users.save(new UserAccount("ebba", "Eva", Set.of(Role.CHEF), Set.of(SeedKommun.IT), Set.of(), true), "h");
        assertThat(users.findByUsername("ebba"))
                .get()
                .extracting(UserAccount::units)
                .isEqualTo(Set.of(SeedKommun.IT));

        UserAccount changed = new UserAccount(
                "ebba",
                "Eva Ek",
                Set.of(),
                Set.of(SeedKommun.OVERFORMYNDAR, SeedKommun.TIA),
                Set.of(SeedKommun.TN),
                false);
        users.save(changed, "h");

        assertThat(users.findByUsername("ebba")).contains(changed);
    }
}
