package se.ekonomiuppfoljning.security;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.organisation.CommitteeCode;
import se.ekonomiuppfoljning.organisation.UnitCode;

/**
 * A local user as the administrator enters them: the user name they log in with, their name, an e-mail address
 * (empty for none), the initial password (stored only as its hash) and their rights.
 */
public record NewUser(
        String username,
        String displayName,
        @Nullable String email,
        String password,
        Set<Role> roles,
        Set<UnitCode> units,
        Set<CommitteeCode> committees) {

    public NewUser {
        roles = Set.copyOf(roles);
        units = Set.copyOf(units);
        committees = Set.copyOf(committees);
    }
}
