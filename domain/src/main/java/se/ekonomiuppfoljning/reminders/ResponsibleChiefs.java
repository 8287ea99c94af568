package se.ekonomiuppfoljning.reminders;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
public final class ResponsibleChiefs {

    private final Organisation organisation;
    private final Map<UnitCode, List<UserAccount>> assigned = new HashMap<>();

    /**
     * @param users the accounts to choose from; the portal's notifications pass the caller's acting account (with the
     *              units of the chiefs they stand in for today) in place of their stored one
     */
    public ResponsibleChiefs(Organisation organisation, List<UserAccount> users) {
        this.organisation = organisation;
        users.stream()
                .filter(u -> u.enabled() && u.has(Role.CHEF))
                .sorted(Comparator.comparing(UserAccount::username))
                .forEach(chief -> chief.units()
                        .forEach(unit -> assigned.computeIfAbsent(unit, u -> new ArrayList<>())
                                .add(chief)));
    }

    /** The unit's responsible chiefs; empty when neither it nor any unit above it has a chief. */
    public List<UserAccount> of(UnitCode unit) {
        List<Unit> path = new ArrayList<>(organisation.ancestors(unit));
        for (int i = path.size() - 1; i >= 0; i--) {
            List<UserAccount> chiefs = assigned.get(path.get(i).code());
            if (chiefs != null) {
                return List.copyOf(chiefs);
            }
        }
        return List.of();
    }

    /** Whether {@code username} is among the unit's responsible chiefs. */
    public boolean isResponsible(String username, UnitCode unit) {
        return of(unit).stream().anyMatch(chief -> chief.username().equals(username));
    }
}
