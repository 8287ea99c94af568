package se.ekonomiuppfoljning.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.security.UserAccountRepository;

/** The prod profile's empty database: the first administrator comes from configuration, once. */
class FirstAdministratorTest {

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    /** Users in a list, with their hashes. */
    private static final class Users implements UserAccountRepository {
        final List<UserAccount> accounts = new ArrayList<>();
        final List<String> hashes = new ArrayList<>();

        @Override
        public Optional<UserAccount> findByUsername(String username) {
            return accounts.stream().filter(a -> a.username().equals(username)).findFirst();
        }

        @Override
        public Optional<String> passwordHashOf(String username) {
            int i = accounts.indexOf(findByUsername(username).orElse(null));
            return i < 0 ? Optional.empty() : Optional.of(hashes.get(i));
        }

        @Override
        public List<UserAccount> findAll() {
            return accounts;
        }

        @Override
        public void save(UserAccount account, String passwordHash) {
            accounts.add(account);
            hashes.add(passwordHash);
        }

        @Override
        public long count() {
            return accounts.size();
        }
    }

    @Test
    void an_empty_database_gets_the_configured_administrator_with_a_hashed_password() {
        Users users = new Users();
        new FirstAdministrator(users, encoder, "forvaltare", "ett-langt-losenord").runBeforeServing();

        UserAccount admin = users.findByUsername("forvaltare").orElseThrow();
        assertThat(admin.roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.EKONOM);
        assertThat(admin.units()).isEmpty(); // read as the whole organisation, whatever it becomes
        assertThat(users.passwordHashOf("forvaltare").orElseThrow())
                .startsWith("{bcrypt}")
                .satisfies(hash ->
                        assertThat(encoder.matches("ett-langt-losenord", hash)).isTrue());
    }

    @Test
    void a_database_with_users_is_left_alone_and_no_password_means_no_administrator() {
        Users users = new Users();
        new FirstAdministrator(users, encoder, "admin", "").runBeforeServing();
        assertThat(users.count()).isZero();

        users.save(
                new UserAccount(
                        "anna", "Anna", java.util.Set.of(Role.POLITIKER), java.util.Set.of(), java.util.Set.of(), true),
                "x");
        new FirstAdministrator(users, encoder, "admin", "ett-langt-losenord").runBeforeServing();
        assertThat(users.findByUsername("admin")).isEmpty();
    }

    @Test
    void a_short_password_is_refused_at_startup() {
        assertThatThrownBy(() -> new FirstAdministrator(new Users(), encoder, "admin", "kort").runBeforeServing())
                .hasMessageContaining("at least 12 characters");
    }
}
