package se.ekonomiuppfoljning.imports;

import java.util.List;
import java.util.Map;
import se.ekonomiuppfoljning.followup.AmountLine;
import se.ekonomiuppfoljning.organisation.UnitCode;

/**
 * The amount lines of a CSV or Excel file, with the line (or sheet row) where each unit first appears.
 */
public record AmountRows(List<AmountLine> lines, Map<UnitCode, Integer> unitLines) {

    public AmountRows {
        lines = List.copyOf(lines);
        unitLines = Map.copyOf(unitLines);
    }
}
