package se.ekonomiuppfoljning.actions;

/**
 * Where an action is decided. Minor deviations that fit in the unit's budget are handled in the operations; major
 * ones (the forecast exceeds the unit's annual budget frame) go to the politicians.
 */
public enum DecisionLevel {
    VERKSAMHETSNIVA("Verksamhetsnivå"),
    POLITISK_NIVA("Politisk nivå");

    private final String label;

    DecisionLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether this level is below {@code other} (operational below political). */
    public boolean isBelow(DecisionLevel other) {
        return ordinal() < other.ordinal();
    }
}
