package se.ekonomiuppfoljning.persistence.imports;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.followup.AmountLine;
import se.ekonomiuppfoljning.imports.BudgetVersion;
import se.ekonomiuppfoljning.imports.ImportRecord;
import se.ekonomiuppfoljning.imports.ImportRepository;
import se.ekonomiuppfoljning.imports.KommunIdentity;
import se.ekonomiuppfoljning.organisation.UnitCode;

/**
 * The imports port, in SQL. The port stays one bean: this class implements it, holds the transactions, and
 * delegates to its parts, one per responsibility: the kommun's identity ({@link KommunIdentityTable}), the history
 * and what each import touched ({@link ImportHistory}), the ledger's actuals ({@link ImportedActuals}) and the
 * budgets with their versions ({@link ImportedBudgets}). An undo is the one act of several parts: it locks the
 * import's entry, puts back the actuals and the budget it replaced, and marks it undone, all or nothing.
 */
@Repository
class JdbcImportRepository implements ImportRepository {

    private final KommunIdentityTable kommun;
    private final ImportHistory history;
    private final ImportedActuals actuals;
    private final ImportedBudgets budgets;

    @Autowired
    JdbcImportRepository(NamedParameterJdbcTemplate jdbc) {
        this(jdbc, ImportSql.UNIT_LIST_LIMIT);
    }

    /** {@code unitListLimit}: see {@link ImportSql#UNIT_LIST_LIMIT} (tests set it low to exercise both ways). */
    JdbcImportRepository(NamedParameterJdbcTemplate jdbc, int unitListLimit) {
        this.kommun = new KommunIdentityTable(jdbc);
        this.history = new ImportHistory(jdbc);
        this.actuals = new ImportedActuals(jdbc, history, unitListLimit);
        this.budgets = new ImportedBudgets(jdbc, history, unitListLimit);
    }

    @Override
    public Optional<KommunIdentity> kommun() {
        return kommun.kommun();
    }

    @Override
    public void saveKommun(KommunIdentity kommun) {
        this.kommun.save(kommun);
    }

    @Override
    public Map<UnitCode, BigDecimal> actualTotals(Set<UnitCode> units, Set<Period> periods) {
        return actuals.totals(units, periods);
    }

    @Override
    public Map<UnitCode, BigDecimal> budgetTotals(Set<UnitCode> units, int year) {
        return budgets.totals(units, year);
    }

    @Override
    public Map<UnitCode, BigDecimal> budgetTotals(Set<UnitCode> units, Set<Period> periods) {
        return budgets.totals(units, periods);
    }

    @Override
    public long startImport(ImportRecord record) {
        return history.start(record);
    }

    @Override
    @Transactional
    public void replaceActuals(long importId, Set<UnitCode> units, Set<Period> periods, Collection<AmountLine> lines) {
        actuals.replace(importId, units, periods, lines);
    }

    @Override
    @Transactional
    public void replaceBudget(
            long importId, int year, Set<UnitCode> units, Collection<AmountLine> lines, String username) {
        budgets.replace(importId, year, units, lines, username);
    }

    @Override
    public List<ImportRecord> history() {
        return history.history();
    }

    @Override
    public Optional<ImportRecord> find(long importId) {
        return history.find(importId);
    }

    @Override
    public Set<UnitCode> unitsOf(long importId) {
        return history.unitsOf(importId);
    }

    @Override
    public boolean hasLaterImportOfSamePeriods(long importId) {
        return history.hasLaterImportOfSamePeriods(importId);
    }

    @Override
    @Transactional
    public void undo(long importId) {
        history.lockForUndo(importId);
        actuals.undo(importId);
        budgets.undo(importId);
        history.markUndone(importId);
    }

    @Override
    public List<BudgetVersion> budgetVersions(int year) {
        return budgets.versions(year);
    }

    @Override
    public Map<UnitCode, BigDecimal> budgetVersionTotals(long versionId) {
        return budgets.versionTotals(versionId);
    }
}
