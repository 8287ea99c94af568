package se.ekonomiuppfoljning.imports;

import java.util.List;
import java.util.Map;
import se.ekonomiuppfoljning.organisation.UnitCode;

/**
 * A file was refused; nothing of it is saved. Carries every problem found, each with file and line, and where the
 * reader got that far, the unit codes the file names with the line that first names each (so that the service
 * can list the units the organisation does not hold beside the other problems).
 */
public class ImportException extends RuntimeException {

    private final List<ImportProblem> problems;
    private final Map<UnitCode, Integer> unitLines;

    public ImportException(List<ImportProblem> problems) {
        this(problems, Map.of());
    }

    public ImportException(List<ImportProblem> problems, Map<UnitCode, Integer> unitLines) {
        super(problems.isEmpty() ? "import refused" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
        this.unitLines = Map.copyOf(unitLines);
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    /** The unit codes the refused file names, each with the first line naming it; empty where not read. */
    public Map<UnitCode, Integer> unitLines() {
        return unitLines;
    }
}
