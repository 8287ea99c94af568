package se.ekonomiuppfoljning.security;

import se.ekonomiuppfoljning.common.Problem;
import se.ekonomiuppfoljning.common.RuleViolationException;

/**
 * The administrator entered something the portal cannot store, or a rule of user administration refuses the
 * change; the {@link #problem()} says what (the UI words it from the bundles), the message is for the log.
 */
public class InvalidUserDataException extends RuleViolationException {

    public InvalidUserDataException(SecurityProblem code, Object... arguments) {
        this(Problem.of(code, arguments));
    }

    public InvalidUserDataException(Problem problem) {
        super(problem);
    }
}
