package se.ekonomiuppfoljning.reminders;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.Unit;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;

/**
 * Who answers for a unit's month and its åtgärder: the enabled chiefs (role CHEF) assigned to the unit itself or,
 * when it has none, to its nearest ancestor that has one. So the chief of Överförmyndarvht is reminded of that unit
 * and the kommundirektör (chief of the root) of the units without a chief of their own, not of every unit in the
 * kommun. Economists and politicians are never reminded.
 */
final class ResponsibleChiefs {

    private final Organisation organisation;
    private final List<UserAccount> chiefs;

    ResponsibleChiefs(Organisation organisation, List<UserAccount> users) {
        this.organisation = organisation;
        this.chiefs = users.stream()
                .filter(u -> u.enabled() && u.has(Role.CHEF))
                .sorted(Comparator.comparing(UserAccount::username))
                .toList();
    }

    /** The unit's responsible chiefs; empty when neither it nor any unit above it has a chief. */
    List<UserAccount> of(UnitCode unit) {
        List<Unit> path = new ArrayList<>(organisation.ancestors(unit));
        for (int i = path.size() - 1; i >= 0; i--) {
            UnitCode candidate = path.get(i).code();
            List<UserAccount> assigned =
                    chiefs.stream().filter(c -> c.units().contains(candidate)).toList();
            if (!assigned.isEmpty()) {
                return assigned;
            }
        }
        return List.of();
    }
}
