package se.ekonomiuppfoljning.security;

import java.util.Comparator;
import java.util.List;

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
        UserAccount caller = currentUser.require();
        if (!caller.has(Role.ADMIN)) {
            throw new PermissionDeniedException(caller.username(), "list users");
        }
        return users.findAll().stream().sorted(Comparator.comparing(UserAccount::username)).toList();
    }
}
