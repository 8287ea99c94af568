package se.ekonomiuppfoljning.security;

/**
 * Whether an account is the kommun directory's (its password lives there) or the portal's own, local one. The app
 * answers it from the directory's registry of accounts.
 */
@FunctionalInterface
public interface AccountOrigin {

    boolean isDirectoryAccount(String username);
}
