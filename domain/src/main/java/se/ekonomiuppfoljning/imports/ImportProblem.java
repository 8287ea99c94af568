package se.ekonomiuppfoljning.imports;

import java.util.Optional;
import se.ekonomiuppfoljning.common.Problem;
import se.ekonomiuppfoljning.common.ProblemCode;

/**
 * One problem of an imported file, as data: where it is (file, line 1-based or 0 for the whole file, and the field:
 * as the file names it, e.g. the column {@code konto}, or else by its position on the line, {@code fieldNumber}
 * 1-based, 0 when the field has a name or there is none) and what it is, a {@link Problem} the UI and the API word
 * from the bundles. {@link #located()} is the whole sentence with its place; {@link #toString()} is for logs.
 */
public record ImportProblem(String file, int line, String field, int fieldNumber, Problem problem) {

    public ImportProblem(String file, int line, String field, Problem problem) {
        this(file, line, field, 0, problem);
    }

    public ImportProblem(String file, int line, String field, ProblemCode code, Object... arguments) {
        this(file, line, field, 0, Problem.of(code, arguments));
    }

    /** A problem of the {@code fieldNumber}:th field of the line (1-based), a field the format gives no name. */
    public static ImportProblem atFieldNumber(String file, int line, int fieldNumber, Problem problem) {
        return new ImportProblem(file, line, "", fieldNumber, problem);
    }

    /** The field's place for a reader when it is a position ("fält 3", "field 3"); empty for a named field. */
    public Optional<Problem> numberedField() {
        return fieldNumber > 0
                ? Optional.of(Problem.of(ImportProblemCode.FIELD_NUMBER, fieldNumber))
                : Optional.empty();
    }

    /** The problem with its place, e.g. {@code utfall.csv, rad 2, fält "konto": …} in Swedish. */
    public Problem located() {
        if (line > 0 && fieldNumber > 0) {
            return Problem.of(ImportProblemCode.AT_LINE_AND_FIELD_NUMBER, file, line, fieldNumber, problem);
        } else if (line > 0 && !field.isEmpty()) {
            return Problem.of(ImportProblemCode.AT_LINE_AND_FIELD, file, line, field, problem);
        } else if (line > 0) {
            return Problem.of(ImportProblemCode.AT_LINE, file, line, problem);
        } else if (fieldNumber > 0) {
            return Problem.of(ImportProblemCode.AT_FIELD_NUMBER, file, fieldNumber, problem);
        } else if (!field.isEmpty()) {
            return Problem.of(ImportProblemCode.AT_FIELD, file, field, problem);
        }
        return Problem.of(ImportProblemCode.IN_FILE, file, problem);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line);
        }
        if (fieldNumber > 0) {
            out.append(" [#").append(fieldNumber).append(']');
        } else if (!field.isEmpty()) {
            out.append(" [").append(field).append(']');
        }
        return out.append(": ").append(problem).toString();
    }
}
