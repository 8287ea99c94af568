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

    /**
     * The calling user, who must be an enabled administrator allowed to administer users: a person, or an HR system
     * calling through a key made for user administration only (which {@link #require()} and
     * {@link #requireAdministrator(String)} refuse, so that it does nothing else). Anyone else gets
     * {@link PermissionDeniedException} naming the operation. Only user administration asks this.
     */
    default UserAccount requireUserAdministrator(String operation) {
        return requireAdministrator(operation);
    }

    /**
     * Whether the caller is an HR system calling through a key made for user administration, rather than a person:
     * such a caller administers chiefs and politicians only (see {@code UserAdministrationService}).
     */
    default boolean throughUserAdministrationKey() {
        return false;
    }
}
