package se.ekonomiuppfoljning.imports.sie;

import java.util.ArrayList;
import java.util.List;
import se.ekonomiuppfoljning.common.Problem;
import se.ekonomiuppfoljning.imports.ImportException;
import se.ekonomiuppfoljning.imports.ImportProblem;
import se.ekonomiuppfoljning.imports.ImportProblemCode;

/** The errors (the file is refused) and warnings of one file; bounded, so a broken huge file cannot fill memory. */
final class Problems {

    static final int MAX_ERRORS = 100;

    private final String fileName;
    private final List<ImportProblem> errors = new ArrayList<>();
    private final List<ImportProblem> warnings = new ArrayList<>();

    Problems(String fileName) {
        this.fileName = fileName;
    }

    void error(int line, String field, SieProblem code, Object... arguments) {
        error(line, field, Problem.of(code, arguments));
    }

    /** Records an error; stops reading (throws) once there are {@value #MAX_ERRORS}. */
    void error(int line, String field, Problem problem) {
        add(new ImportProblem(fileName, line, field, problem));
    }

    /** Records the error of a field that could not be read, named or by its position. */
    void error(int line, SieSyntaxException e) {
        add(
                e.fieldNumber() > 0
                        ? ImportProblem.atFieldNumber(fileName, line, e.fieldNumber(), e.problem())
                        : new ImportProblem(fileName, line, e.field(), e.problem()));
    }

    private void add(ImportProblem error) {
        errors.add(error);
        int line = error.line();
        if (errors.size() >= MAX_ERRORS) {
            errors.add(new ImportProblem(fileName, line, "", ImportProblemCode.TOO_MANY_ERRORS));
            throw new ImportException(errors);
        }
    }

    void warning(int line, String field, SieProblem code, Object... arguments) {
        warning(line, field, Problem.of(code, arguments));
    }

    void warning(int line, String field, Problem problem) {
        warnings.add(new ImportProblem(fileName, line, field, problem));
    }

    /** Refuses the file at once with this problem and those found before it. */
    ImportException refuse(int line, String field, SieProblem code, Object... arguments) {
        errors.add(new ImportProblem(fileName, line, field, code, arguments));
        return new ImportException(errors);
    }

    void throwIfErrors() {
        if (!errors.isEmpty()) {
            throw new ImportException(errors);
        }
    }

    List<ImportProblem> warnings() {
        return warnings;
    }
}
