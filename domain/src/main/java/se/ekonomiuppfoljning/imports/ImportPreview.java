package se.ekonomiuppfoljning.imports;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.organisation.UnitCode;

/**
 * What an import would do, shown before anything is saved: the file, its periods, per unit the file's totals
 * beside what the portal holds now, the unit codes the organisation does not know yet, and the warnings.
 */
public record ImportPreview(ParsedFile file, Set<Period> periods, @Nullable Integer budgetYear,
                            List<UnitComparison> units, List<UnknownUnit> unknownUnits) {

    /** One unit of the file: the file's actual (over its periods) and annual budget beside the stored ones. */
    public record UnitComparison(UnitCode unit, String name, boolean known, BigDecimal fileActual,
                                 BigDecimal currentActual, BigDecimal fileBudget, BigDecimal currentBudget) {
    }

    /**
     * A code the organisation does not hold; it must be placed under a parent before the import is saved.
     * {@code line}: where the file first names or uses it, 0 where that is not known.
     */
    public record UnknownUnit(UnitCode code, String name, int line) {
    }

    public boolean needsPlacement() {
        return !unknownUnits.isEmpty();
    }
}
