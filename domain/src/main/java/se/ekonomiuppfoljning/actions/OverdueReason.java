package se.ekonomiuppfoljning.actions;

/** Why an open action is overdue. */
public enum OverdueReason {
    /** The due date has passed and the action is neither done nor cancelled. */
    PAST_DUE_DATE,
    /** A political action still not decided the configured number of days after it was created. */
    NOT_DECIDED_IN_TIME
}
