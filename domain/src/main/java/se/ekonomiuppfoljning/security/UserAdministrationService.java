package se.ekonomiuppfoljning.security;

import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Use cases of the administrator. */
public class UserAdministrationService {

    private final UserAccountRepository users;
    private final CurrentUser currentUser;

    public UserAdministrationService(UserAccountRepository users, CurrentUser currentUser) {
        this.users = users;
        this.currentUser = currentUser;
    }

    /** Every user with roles and scope assignments; administrators only. */
    public List<UserAccount> listUsers() {
        requireAdministrator("list users");
        return users.findAll().stream().sorted(Comparator.comparing(UserAccount::username)).toList();
    }

    /**
     * Sets the user's e-mail address, where the portal's reminders go; an empty text removes it. Administrators
     * only; an address that is not valid is refused with {@link InvalidUserDataException} saying why, in Swedish.
     */
    public UserAccount changeEmail(String username, @Nullable String address) {
        requireAdministrator("change a user's e-mail address");
        UserAccount user = users.findByUsername(username)
                .orElseThrow(() -> new InvalidUserDataException("Användaren \"" + username + "\" finns inte."));
        String typed = address == null ? "" : address.strip();
        UserAccount changed = user.withEmail(typed.isEmpty() ? null : EmailAddress.parse(typed));
        users.save(changed, users.passwordHashOf(username).orElseThrow());
        return changed;
    }

    private void requireAdministrator(String operation) {
        UserAccount caller = currentUser.require();
        if (!caller.enabled() || !caller.has(Role.ADMIN)) {
            throw new PermissionDeniedException(caller.username(), operation);
        }
    }
}
