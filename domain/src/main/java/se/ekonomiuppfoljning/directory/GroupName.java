package se.ekonomiuppfoljning.directory;

import java.util.Locale;

/**
 * A directory group as compared: an LDAP DN ({@code CN=Chefer IT, OU=Grupper,DC=kommun,DC=se}), an Entra ID group id
 * or an app role, without surrounding spaces, without spaces around a DN's commas and equals signs, in lower case.
 * Directories compare DNs without regard to case, and so does the mapping.
 */
public final class GroupName {

    /** The longest group name the mapping stores. */
    public static final int MAX_LENGTH = 400;

    private GroupName() {}

    public static String canonical(String group) {
        return group.strip()
                .replaceAll("\\s*,\\s*", ",")
                .replaceAll("\\s*=\\s*", "=")
                .toLowerCase(Locale.ROOT);
    }
}
