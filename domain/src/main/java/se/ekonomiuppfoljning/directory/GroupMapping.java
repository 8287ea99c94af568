package se.ekonomiuppfoljning.directory;

import java.util.Set;
import se.ekonomiuppfoljning.organisation.CommitteeCode;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.Role;

/**
 * What membership of one directory group gives in the portal. A person in several groups gets the union of them.
 *
 * @param group      the group as written by the administrator (compared in its {@link GroupName#canonical} form)
 * @param roles      the roles it gives
 * @param units      the units it assigns (a chief's or economist's scope)
 * @param committees the committees it assigns (a politician's scope)
 */
public record GroupMapping(String group, Set<Role> roles, Set<UnitCode> units, Set<CommitteeCode> committees) {

    public GroupMapping {
        group = group.strip();
        roles = Set.copyOf(roles);
        units = Set.copyOf(units);
        committees = Set.copyOf(committees);
    }

    public String canonicalGroup() {
        return GroupName.canonical(group);
    }
}
