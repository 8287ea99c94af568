package se.ekonomiuppfoljning.imports;

import java.util.List;

/** A file was refused; nothing of it is saved. Carries every problem found, each with file and line. */
public class ImportException extends RuntimeException {

    private final List<ImportProblem> problems;

    public ImportException(List<ImportProblem> problems) {
        super(problems.isEmpty() ? "import refused" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
