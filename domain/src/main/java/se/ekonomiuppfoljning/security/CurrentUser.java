package se.ekonomiuppfoljning.security;

/** The port to whoever is calling a service: the logged-in user. */
public interface CurrentUser {

    /** The calling user; throws {@link NotAuthenticatedException} when nobody is logged in. */
    UserAccount require();

    /**
     * The calling user, who must be an enabled administrator; anyone else gets {@link PermissionDeniedException}
     * naming the operation.
     */
    default UserAccount requireAdministrator(String operation) {
        UserAccount caller = require();
        if (!caller.enabled() || !caller.has(Role.ADMIN)) {
            throw new PermissionDeniedException(caller.username(), operation);
        }
        return caller;
    }
}
