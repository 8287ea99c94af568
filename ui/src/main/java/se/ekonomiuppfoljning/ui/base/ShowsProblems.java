package se.ekonomiuppfoljning.ui.base;

/**
 * A page (or a part of one) that shows what went wrong in its own message line rather than in a notification:
 * the {@link PortalErrorHandler} hands it the text of a refusal thrown by a listener inside it. Pages therefore
 * need no {@code catch} to word a rule's refusal; they catch only where they do more (revert a field, show the
 * stored version).
 */
public interface ShowsProblems {

    /** Shows the worded problem (already in the user's language). */
    void showProblem(String text);
}
