package se.ekonomiuppfoljning.security;

/** A service was called without a logged-in user. */
public class NotAuthenticatedException extends RuntimeException {

    public NotAuthenticatedException() {
        super("no user is logged in");
    }
}
