package se.ekonomiuppfoljning.app.users;

import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.organisation.CommitteeCode;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;

/**
 * A user as the API answers: the same fields as the Användare page's list, codes sorted; never a password or its
 * hash.
 */
record UserJson(
        String username,
        String name,
        @Nullable String email,
        List<String> roles,
        List<String> units,
        List<String> committees,
        boolean enabled) {

    static UserJson of(UserAccount user) {
        return new UserJson(
                user.username(),
                user.displayName(),
                user.email() == null ? null : user.email().value(),
                user.roles().stream().sorted().map(Role::name).toList(),
                user.units().stream().sorted().map(UnitCode::value).toList(),
                user.committees().stream()
                        .map(CommitteeCode::value)
                        .sorted(Comparator.naturalOrder())
                        .toList(),
                user.enabled());
    }
}
