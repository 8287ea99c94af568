package se.ekonomiuppfoljning.actions;

/** An action's course. Closed actions (done or cancelled) no longer follow the unit from month to month. */
public enum ActionStatus {
    FORESLAGEN("Föreslagen"),
    BESLUTAD("Beslutad"),
    PAGAR("Pågår"),
    GENOMFORD("Genomförd"),
    AVBRUTEN("Avbruten");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    /**
     * The Swedish name in the tjänsteskrivelse's table of åtgärder (document text; pages and the API word the
     * {@link #name()} from the bundles). Goes once the document words it from its template.
     */
    public String label() {
        return label;
    }

    public boolean closed() {
        return this == GENOMFORD || this == AVBRUTEN;
    }

    /** Whether the action has been decided (on whatever level): decided, under way or done. */
    public boolean decided() {
        return this == BESLUTAD || this == PAGAR || this == GENOMFORD;
    }
}
