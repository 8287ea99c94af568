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

    /**
     * The Swedish name in the tjänsteskrivelse's table of åtgärder (document text; pages and the API word the
     * {@link #name()} from the bundles). Goes once the document words it from its template.
     */
    public String label() {
        return label;
    }

    /** Whether this level is below {@code other} (operational below political). */
    public boolean isBelow(DecisionLevel other) {
        return ordinal() < other.ordinal();
    }
}
