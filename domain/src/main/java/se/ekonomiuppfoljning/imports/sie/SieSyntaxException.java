package se.ekonomiuppfoljning.imports.sie;

import se.ekonomiuppfoljning.common.Problem;

/** A field of one record cannot be read; the reader turns it into a problem with the line number. */
final class SieSyntaxException extends Exception {

    private final String field;
    private final int fieldNumber;
    private final Problem problem;

    /** A field the format names ({@code konto}, {@code årsnr}). */
    SieSyntaxException(String field, SieProblem code, Object... arguments) {
        this(field, 0, code, arguments);
    }

    /** A field without a name, by its position on the line (1-based). */
    SieSyntaxException(int fieldNumber, SieProblem code, Object... arguments) {
        this("", fieldNumber, code, arguments);
    }

    private SieSyntaxException(String field, int fieldNumber, SieProblem code, Object... arguments) {
        super(null, null, false, false);
        this.field = field;
        this.fieldNumber = fieldNumber;
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

    /** The field's position on the line (1-based), 0 when it has a name. */
    int fieldNumber() {
        return fieldNumber;
    }

    Problem problem() {
        return problem;
    }
}
