package se.ekonomiuppfoljning.actions;

import java.util.Set;

/** An action with the reasons it is overdue today (empty when it is not). */
public record ActionView(Action action, Set<OverdueReason> overdueReasons) {

    public ActionView {
        overdueReasons = Set.copyOf(overdueReasons);
    }

    public boolean overdue() {
        return !overdueReasons.isEmpty();
    }
}
