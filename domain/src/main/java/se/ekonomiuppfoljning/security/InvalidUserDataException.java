package se.ekonomiuppfoljning.security;

import se.ekonomiuppfoljning.common.Problem;

/**
 * The administrator entered something the portal cannot store; the {@link #problem()} says what (the UI words it
 * from the bundles), the message is for the log.
 */
public class InvalidUserDataException extends RuntimeException {

    private final Problem problem;

    public InvalidUserDataException(SecurityProblem code, Object... arguments) {
        this(Problem.of(code, arguments));
    }

    public InvalidUserDataException(Problem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
