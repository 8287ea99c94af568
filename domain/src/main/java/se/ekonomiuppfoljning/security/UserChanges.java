package se.ekonomiuppfoljning.security;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.organisation.CommitteeCode;
import se.ekonomiuppfoljning.organisation.UnitCode;

/** What the administrator's form sets on an existing user at once: name, e-mail (empty for none) and rights. */
public record UserChanges(
        String displayName,
        @Nullable String email,
        Set<Role> roles,
        Set<UnitCode> units,
        Set<CommitteeCode> committees) {

    public UserChanges {
        roles = Set.copyOf(roles);
        units = Set.copyOf(units);
        committees = Set.copyOf(committees);
    }

    /** The user's present values, to change one of them. */
    public static UserChanges of(UserAccount user) {
        return new UserChanges(
                user.displayName(),
                user.email() == null ? null : user.email().value(),
                user.roles(),
                user.units(),
                user.committees());
    }
}
