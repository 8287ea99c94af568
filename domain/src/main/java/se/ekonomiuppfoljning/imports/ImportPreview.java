package se.ekonomiuppfoljning.imports;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.organisation.UnitCode;

/**
 * What an import would do, shown before anything is saved: the file, its periods, per unit the file's totals
 * beside what the portal holds now, the accounts it books on, the unit codes the organisation does not know yet, and
 * the warnings.
 */
public record ImportPreview(
        ParsedFile file,
        Set<Period> periods,
        @Nullable Integer budgetYear,
        List<UnitComparison> units,
        List<AccountTotal> accounts,
        List<UnknownUnit> unknownUnits) {

    public ImportPreview {
        periods = Collections.unmodifiableSet(new TreeSet<>(periods)); // sorted, as shown
        units = List.copyOf(units);
        accounts = List.copyOf(accounts);
        unknownUnits = List.copyOf(unknownUnits);
    }

    /** One unit of the file: the file's actual (over its periods) and annual budget beside the stored ones. */
    public record UnitComparison(
            UnitCode unit,
            String name,
            boolean known,
            BigDecimal fileActual,
            BigDecimal currentActual,
            BigDecimal fileBudget,
            BigDecimal currentBudget) {}

    /**
     * An account the file books on, with the file's totals on it (over all its units). {@code known}: the portal's
     * chart of accounts holds it; else saving adds it, named as the file names it (#KONTO) or "Konto 5011".
     */
    public record AccountTotal(String code, String name, boolean known, BigDecimal fileActual, BigDecimal fileBudget) {}

    /**
     * A code the organisation does not hold; it must be placed under a parent before the import is saved.
     * {@code line}: where the file first names or uses it, 0 where that is not known.
     */
    public record UnknownUnit(UnitCode code, String name, int line) {}

    public boolean needsPlacement() {
        return !unknownUnits.isEmpty();
    }
}
