package se.ekonomiuppfoljning.security;

import java.util.Set;

import se.ekonomiuppfoljning.organisation.CommitteeCode;
import se.ekonomiuppfoljning.organisation.UnitCode;

/**
 * A portal user, as the rules see it.
 *
 * @param units      the units assigned to a chief or economist (their subtrees are the scope)
 * @param committees the committees a politician sits in
 */
public record UserAccount(String username, String displayName, Set<Role> roles, Set<UnitCode> units,
                          Set<CommitteeCode> committees, boolean enabled) {

    public UserAccount {
        roles = Set.copyOf(roles);
        units = Set.copyOf(units);
        committees = Set.copyOf(committees);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
