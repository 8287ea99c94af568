package se.ekonomiuppfoljning.app.security;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import se.ekonomiuppfoljning.app.base.StartupTask;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.security.UserAccountRepository;

/**
 * On an empty database (no users at all), creates the first administrator from configuration:
 * {@code uppfoljning.first-admin.username} and {@code uppfoljning.first-admin.password} (give the password
 * through the environment, e.g. {@code UPPFOLJNING_FIRST_ADMIN_PASSWORD}; never in a file in the
 * repository). Runs after the demo data, so in the demo profile it finds users and does nothing, and before the
 * web server opens its port ({@link StartupTask}), so that no request finds the database without its administrator.
 */
@Component
@Order(100)
class FirstAdministrator implements StartupTask {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final String username;
    private final String password;

    FirstAdministrator(
            UserAccountRepository users,
            PasswordEncoder passwordEncoder,
            @Value("${uppfoljning.first-admin.username:admin}") String username,
            @Value("${uppfoljning.first-admin.password:}") String password) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.username = username;
        this.password = password;
    }

    @Override
    public void runBeforeServing() {
        if (users.count() > 0) {
            return;
        }
        if (password.isBlank()) {
            log.warn("The database has no users and uppfoljning.first-admin.password is not set: nobody can log in."
                    + " Set UPPFOLJNING_FIRST_ADMIN_PASSWORD and restart.");
            return;
        }
        if (password.length() < 12) {
            throw new IllegalStateException("uppfoljning.first-admin.password must have at least 12 characters");
        }
        // ADMIN and EKONOM with no units: the scope reads the whole organisation (AccessScope), so this one user can
        // import the organisation and the ledger and read the result through every endpoint of the API
        users.save(
                new UserAccount(username, "Administratör", Set.of(Role.ADMIN, Role.EKONOM), Set.of(), Set.of(), true),
                passwordEncoder.encode(password));
        log.info("Created the first administrator '{}'", username);
    }
}
