package se.ekonomiuppfoljning.directory;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A person the directory has just authenticated (the password checked by the directory, or the token by the identity
 * provider), as the login adapter read them.
 *
 * @param username    the login name (AD's {@code sAMAccountName}, the UPN, LDAP's {@code uid}, or the token's claim)
 * @param displayName the name to show; the user name when the directory has none
 * @param email       the address the directory holds, if any
 * @param groups      the groups (DNs, ids or app roles) the person is a member of
 */
public record DirectoryPerson(
        String username, String displayName, @Nullable String email, Set<String> groups) {

    public DirectoryPerson {
        groups = Set.copyOf(groups);
    }
}
