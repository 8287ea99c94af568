package se.ekonomiuppfoljning.actions;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.organisation.UnitCode;

/** The port to the actions. Updates are optimistic: they name the version they replace. */
public interface ActionRepository {

    /** Stores a new action (its id is ignored) and returns its id. */
    long insert(Action action);

    /** Replaces the action stored with {@code expectedVersion}; false when the stored version is another one. */
    boolean update(Action action, long expectedVersion);

    Optional<Action> find(long id);

    /** The actions of the units that are neither done nor cancelled, by due date, then id. */
    List<Action> open(Set<UnitCode> units);

    /** Every action raised for the unit in the period, whatever its status, by id. */
    List<Action> raisedIn(UnitCode unit, Period period);
}
