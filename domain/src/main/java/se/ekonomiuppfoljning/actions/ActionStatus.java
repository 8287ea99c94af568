package se.ekonomiuppfoljning.actions;

/** An action's course. Closed actions (done or cancelled) no longer follow the unit from month to month. */
public enum ActionStatus {
    FORESLAGEN,
    BESLUTAD,
    PAGAR,
    GENOMFORD,
    AVBRUTEN;

    public boolean closed() {
        return this == GENOMFORD || this == AVBRUTEN;
    }

    /** Whether the action has been decided (on whatever level): decided, under way or done. */
    public boolean decided() {
        return this == BESLUTAD || this == PAGAR || this == GENOMFORD;
    }
}
