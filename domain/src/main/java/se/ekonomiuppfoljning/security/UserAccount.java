package se.ekonomiuppfoljning.security;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.organisation.CommitteeCode;
import se.ekonomiuppfoljning.organisation.UnitCode;

/**
 * A portal user, as the rules see it.
 *
 * @param units      the units assigned to a chief or economist (their subtrees are the scope)
 * @param committees the committees a politician sits in
 * @param email      where the portal's reminders go; none when the administrator has not entered one
 */
public record UserAccount(
        String username,
        String displayName,
        Set<Role> roles,
        Set<UnitCode> units,
        Set<CommitteeCode> committees,
        boolean enabled,
        @Nullable EmailAddress email) {

    public UserAccount {
        roles = Set.copyOf(roles);
        units = Set.copyOf(units);
        committees = Set.copyOf(committees);
    }

    /** A user without an e-mail address. */
    public UserAccount(
            String username,
            String displayName,
            Set<Role> roles,
            Set<UnitCode> units,
            Set<CommitteeCode> committees,
            boolean enabled) {
        this(username, displayName, roles, units, committees, enabled, null);
    }

    public UserAccount withEmail(@Nullable EmailAddress address) {
        return new UserAccount(username, displayName, roles, units, committees, enabled, address);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
