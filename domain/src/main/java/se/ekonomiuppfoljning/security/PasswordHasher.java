package se.ekonomiuppfoljning.security;

/** The port that turns a new password into the hash the portal stores (the app's password encoder). */
@FunctionalInterface
public interface PasswordHasher {

    String hash(String rawPassword);
}
