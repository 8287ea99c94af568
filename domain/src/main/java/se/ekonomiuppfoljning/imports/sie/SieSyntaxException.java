package se.ekonomiuppfoljning.imports.sie;

import se.ekonomiuppfoljning.common.Problem;

/** A field of one record cannot be read; the reader turns it into a problem with the line number. */
final class SieSyntaxException extends Exception {

    private final String field;
    private final Problem problem;

    SieSyntaxException(String field, SieProblem code, Object... arguments) {
        super(null, null, false, false);
        this.field = field;
        this.problem = Problem.of(code, arguments);
    }

    /** The problem's code and arguments, for logs. */
    @Override
    public String getMessage() {
        return problem.toString();
    }

    String field() {
        return field;
    }

    Problem problem() {
        return problem;
    }
}
