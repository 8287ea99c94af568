package se.ekonomiuppfoljning.security;

/** The port to whoever is calling a service: the logged-in user. */
public interface CurrentUser {

    /** The calling user; throws {@link NotAuthenticatedException} when nobody is logged in. */
    UserAccount require();
}
