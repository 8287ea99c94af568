package se.ekonomiuppfoljning.notifications;

/** What a notification tells. Each kind's words are {@code notifications.kind.<KIND>} in the ui bundles. */
public enum NotificationKind {
    /** A question the user asked (a politician) has been answered. */
    QUESTION_ANSWERED,
    /** A month the user answers for (its responsible chief) was sent back by a reviewer. */
    MONTH_SENT_BACK,
    /** A period's deadline is near and months the user answers for are not yet ready. */
    DEADLINE_NEAR,
    /** An open åtgärd of a unit the user answers for is overdue. */
    ACTION_OVERDUE
}
