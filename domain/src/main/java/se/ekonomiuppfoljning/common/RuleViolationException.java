package se.ekonomiuppfoljning.common;

/**
 * A change the rules refuse (a text too long, an analysis missing where the thresholds make it mandatory, a report
 * in the wrong state), as a {@link Problem}: the UI and the API word it from the bundles.
 */
public class RuleViolationException extends RuntimeException {

    private final Problem problem;

    public RuleViolationException(Problem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public RuleViolationException(ProblemCode code, Object... arguments) {
        this(Problem.of(code, arguments));
    }

    public Problem problem() {
        return problem;
    }
}
