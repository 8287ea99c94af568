package se.ekonomiuppfoljning.imports.sie;

import java.util.ArrayList;
import java.util.List;
import se.ekonomiuppfoljning.imports.ImportException;
import se.ekonomiuppfoljning.imports.ImportProblem;

/** The errors (the file is refused) and warnings of one file; bounded, so a broken huge file cannot fill memory. */
final class Problems {

    static final int MAX_ERRORS = 100;

    private final String fileName;
    private final List<ImportProblem> errors = new ArrayList<>();
    private final List<ImportProblem> warnings = new ArrayList<>();

    Problems(String fileName) {
        this.fileName = fileName;
    }

    /** Records an error; stops reading (throws) once there are {@value #MAX_ERRORS}. */
    void error(int line, String field, String message) {
        errors.add(new ImportProblem(fileName, line, field, message));
        if (errors.size() >= MAX_ERRORS) {
            errors.add(new ImportProblem(fileName, line, "", "för många fel, läsningen avbröts"));
            throw new ImportException(errors);
        }
    }

    void warning(int line, String field, String message) {
        warnings.add(new ImportProblem(fileName, line, field, message));
    }

    /** Refuses the file at once with this problem and those found before it. */
    ImportException refuse(int line, String field, String message) {
        errors.add(new ImportProblem(fileName, line, field, message));
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
