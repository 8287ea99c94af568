package se.ekonomiuppfoljning.testdata;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.ekonomiuppfoljning.actions.Action;
import se.ekonomiuppfoljning.actions.ActionRepository;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.organisation.UnitCode;

/** The action port over a map, with the same version check as the MariaDB adapter. */
public final class InMemoryActions implements ActionRepository {

    private final Map<Long, Action> actions = new LinkedHashMap<>();

    @Override
    public long insert(Action action) {
        long id = actions.size() + 1;
        actions.put(id, action.withId(id));
        return id;
    }

    @Override
    public boolean update(Action action, long expectedVersion) {
        Action stored = actions.get(action.id());
        if (stored == null || stored.version() != expectedVersion) {
            return false;
        }
        actions.put(action.id(), action);
        return true;
    }

    @Override
    public Optional<Action> find(long id) {
        return Optional.ofNullable(actions.get(id));
    }

    @Override
    public List<Action> open(Set<UnitCode> units) {
        return actions.values().stream()
                .filter(a -> units.contains(a.unit()) && !a.status().closed())
                .sorted(Comparator.comparing(Action::dueDate).thenComparingLong(Action::id))
                .toList();
    }

    @Override
    public List<Action> raisedIn(UnitCode unit, Period period) {
        return actions.values().stream()
                .filter(a -> a.unit().equals(unit) && a.period().equals(period))
                .sorted(Comparator.comparingLong(Action::id))
                .toList();
    }
}
