package se.ekonomiuppfoljning.imports;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.followup.AmountLine;
import se.ekonomiuppfoljning.organisation.UnitCode;

/**
 * The port for imports. Reads here are not scoped: the import services checks that the caller may import
 * before it calls them, and passes only units it allowed.
 */
public interface ImportRepository {

    Optional<KommunIdentity> kommun();

    void saveKommun(KommunIdentity kommun);

    /** Per unit, the stored actuals summed over the periods. */
    Map<UnitCode, BigDecimal> actualTotals(Set<UnitCode> units, Set<Period> periods);

    /** Per unit, the stored annual budget of the year. */
    Map<UnitCode, BigDecimal> budgetTotals(Set<UnitCode> units, int year);

    /** Per unit, the stored budget summed over the months (of any years). */
    Map<UnitCode, BigDecimal> budgetTotals(Set<UnitCode> units, Set<Period> periods);

    /** Starts a history entry and returns its id. */
    long startImport(ImportRecord record);

    /**
     * Replaces every (unit, month) of the units and periods by the lines; the rows replaced are kept under the
     * import's id so that it can be undone.
     */
    void replaceActuals(long importId, Set<UnitCode> units, Set<Period> periods, Collection<AmountLine> lines);

    /**
     * Replaces the year's budget of the units; the budget replaced is kept as a version of the import (by
     * {@code username}), when there was one: an import onto a year the units held no budget for keeps none.
     */
    void replaceBudget(long importId, int year, Set<UnitCode> units, Collection<AmountLine> lines, String username);

    /** The history, newest first. */
    List<ImportRecord> history();

    Optional<ImportRecord> find(long importId);

    /** The units whose actuals or budget the import replaced. */
    Set<UnitCode> unitsOf(long importId);

    /** Whether a later import, not undone, touched any of the import's periods. */
    boolean hasLaterImportOfSamePeriods(long importId);

    /** Puts back what the import replaced and marks it undone. */
    void undo(long importId);

    List<BudgetVersion> budgetVersions(int year);

    /** Per unit: the version's annual budget. */
    Map<UnitCode, BigDecimal> budgetVersionTotals(long versionId);
}
