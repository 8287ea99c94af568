package se.ekonomiuppfoljning.common;

/**
 * A change the cycle's rules refuse (a text too long, an analysis missing where the thresholds make it mandatory,
 * a report in the wrong state). The message is Swedish and meant for the user as it is.
 */
public class RuleViolationException extends RuntimeException {

    public RuleViolationException(String message) {
        super(message);
    }
}
