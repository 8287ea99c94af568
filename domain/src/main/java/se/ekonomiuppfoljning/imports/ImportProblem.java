package se.ekonomiuppfoljning.imports;

import se.ekonomiuppfoljning.common.Problem;
import se.ekonomiuppfoljning.common.ProblemCode;

/**
 * One problem of an imported file, as data: where it is (file, line 1-based or 0 for the whole file, and the field
 * as the file names it, e.g. the column {@code konto}) and what it is, a {@link Problem} the UI and the API word
 * from the bundles. {@link #located()} is the whole sentence with its place; {@link #toString()} is for logs.
 */
public record ImportProblem(String file, int line, String field, Problem problem) {

    public ImportProblem(String file, int line, String field, ProblemCode code, Object... arguments) {
        this(file, line, field, Problem.of(code, arguments));
    }

    /** The problem with its place, e.g. {@code utfall.csv, rad 2, fält "konto": …} in Swedish. */
    public Problem located() {
        if (line > 0 && !field.isEmpty()) {
            return Problem.of(ImportProblemCode.AT_LINE_AND_FIELD, file, line, field, problem);
        } else if (line > 0) {
            return Problem.of(ImportProblemCode.AT_LINE, file, line, problem);
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
        if (!field.isEmpty()) {
            out.append(" [").append(field).append(']');
        }
        return out.append(": ").append(problem).toString();
    }
}
