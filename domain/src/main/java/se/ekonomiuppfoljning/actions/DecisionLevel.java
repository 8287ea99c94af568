package se.ekonomiuppfoljning.actions;

/**
 * Where an action is decided. Minor deviations that fit in the unit's budget are handled in the operations; major
 * ones (the forecast exceeds the unit's annual budget frame) go to the politicians.
 */
public enum DecisionLevel {
    VERKSAMHETSNIVA,
    POLITISK_NIVA;

    /** Whether this level is below {@code other} (operational below political). */
    public boolean isBelow(DecisionLevel other) {
        return ordinal() < other.ordinal();
    }
}
