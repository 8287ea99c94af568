package se.ekonomiuppfoljning.actions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import se.ekonomiuppfoljning.organisation.UnitCode;

/**
 * Which open åtgärder are overdue on a day (see {@link Action#overdueReasons}): one rule for "Mina uppgifter"
 * (through {@link ActionService#overdue}, in the caller's scope) and for the e-mail reminders (all units). It
 * checks no caller: whoever uses it has restricted the units to a scope.
 */
public final class OverdueActions {

    private final ActionRepository actions;
    private final int politicalDecisionDays;
    private final ZoneId zone;

    /**
     * @param politicalDecisionDays days a political action may stay undecided after its creation
     * @param zone                  the kommun's time zone, in which an action's day of creation is counted
     */
    public OverdueActions(ActionRepository actions, int politicalDecisionDays, ZoneId zone) {
        if (politicalDecisionDays < 0) {
            throw new IllegalArgumentException("politicalDecisionDays must not be negative");
        }
        this.actions = actions;
        this.politicalDecisionDays = politicalDecisionDays;
        this.zone = zone;
    }

    /** The action with the reasons it is overdue on {@code today}. */
    public ActionView view(Action action, LocalDate today) {
        return new ActionView(action, action.overdueReasons(today, politicalDecisionDays, zone));
    }

    /** The open actions of the units that are overdue on {@code today}, by due date, then id. */
    public List<ActionView> of(Set<UnitCode> units, LocalDate today) {
        return actions.open(units).stream()
                .map(a -> view(a, today))
                .filter(ActionView::overdue)
                .toList();
    }
}
