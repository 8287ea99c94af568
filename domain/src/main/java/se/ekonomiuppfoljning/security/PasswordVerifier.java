package se.ekonomiuppfoljning.security;

/** The port that checks a typed password against a stored hash (the app's password encoder). */
@FunctionalInterface
public interface PasswordVerifier {

    boolean matches(String rawPassword, String storedHash);
}
