package se.ekonomiuppfoljning.app.security.ldap;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.BadCredentialsException;
import se.ekonomiuppfoljning.directory.DirectoryLoginService;
import se.ekonomiuppfoljning.directory.DirectoryPerson;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.security.Usernames;

/**
 * A login through the kommun's directory, when {@code uppfoljning.directory.ldap.enabled=true}: the directory checks
 * the password and names the person's groups, {@link DirectoryLoginService} makes or updates the portal account from
 * them (and refuses a disabled account, a person without a mapped group and a local account's name). Nothing is
 * remembered between logins: every login asks the directory again, so a changed password or a removed group counts
 * at once.
 */
public class LdapLogin {

    private static final Logger log = LoggerFactory.getLogger(LdapLogin.class);

    private final @Nullable LdapDirectory directory;
    private final DirectoryLoginService accounts;

    LdapLogin(@Nullable LdapDirectory directory, DirectoryLoginService accounts) {
        this.directory = directory;
        this.accounts = accounts;
    }

    public boolean enabled() {
        return directory != null;
    }

    /**
     * The portal account to log in as, or empty when the directory accepted the password but the portal refuses the
     * person (disabled, no mapped group, the name of a local account).
     *
     * @throws BadCredentialsException the directory does not know the name or refused the password
     * @throws DirectoryUnavailableException the directory did not answer; nothing was checked
     */
    public Optional<UserAccount> signIn(String typedName, String password) {
        if (directory == null) {
            throw new BadCredentialsException("Bad credentials");
        }
        String username = Usernames.canonical(typedName);
        DirectoryPerson person;
        try {
            person = directory.authenticate(username, password);
        } catch (DirectoryUnavailableException down) {
            log.warn("Directory login of '{}' not checked: {}", username, down.getMessage());
            throw down;
        }
        Optional<UserAccount> account = accounts.signIn(person);
        if (account.isEmpty()) {
            log.info(
                    "Directory login of '{}' refused by the portal: a local account's name, a disabled account or"
                            + " no mapped group ({} groups)",
                    username,
                    person.groups().size());
        }
        return account;
    }
}
