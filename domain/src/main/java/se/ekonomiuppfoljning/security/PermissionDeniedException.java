package se.ekonomiuppfoljning.security;

/** The caller's roles do not allow the operation. */
public class PermissionDeniedException extends RuntimeException {

    public PermissionDeniedException(String username, String operation) {
        super("user " + username + " may not " + operation);
    }
}
