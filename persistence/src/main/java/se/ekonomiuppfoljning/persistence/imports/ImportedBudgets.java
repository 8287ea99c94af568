package se.ekonomiuppfoljning.persistence.imports;

import static se.ekonomiuppfoljning.persistence.imports.ImportSql.BATCH_SIZE;
import static se.ekonomiuppfoljning.persistence.imports.ImportSql.codes;
import static se.ekonomiuppfoljning.persistence.imports.ImportSql.instant;
import static se.ekonomiuppfoljning.persistence.imports.ImportSql.monthsByYear;
import static se.ekonomiuppfoljning.persistence.imports.ImportSql.requiredKey;
import static se.ekonomiuppfoljning.persistence.imports.ImportSql.sumsByUnit;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.followup.AmountLine;
import se.ekonomiuppfoljning.imports.AmountLines;
import se.ekonomiuppfoljning.imports.BudgetVersion;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.persistence.bulk.BulkLoader;
import se.ekonomiuppfoljning.persistence.followup.ActualYearTable;
import se.ekonomiuppfoljning.persistence.followup.UnitMonthTotals;

/**
 * The budgets an import brings, a line per month in {@code budget_amount}, and the versions they replaced: the
 * year's budget of the import's units is kept in {@code budget_version_amount} under a {@code budget_version} of
 * the import before the new lines go in (when there was one), and put back by an undo. Large sets go in with
 * {@link BulkLoader}, small ones (or where it is refused) in JDBC batches. Runs in the caller's transaction.
 */
final class ImportedBudgets {

    /** Joins {@code f} (a figure table) to the budget units of import {@code :id}; the year is {@code :year}. */
    private static final String BUDGET_SCOPE = """
            JOIN import_unit u ON u.import_id = :id AND u.target = 'BUDGET' AND u.unit_code = f.unit_code
            """;

    private static final String INSERT_LINE = """
            INSERT INTO budget_amount (unit_code, account_code, period_year, period_month, amount) VALUES (?, ?, ?, ?, ?)
            """;

    /** Below this many rows batched INSERTs are as quick and simpler. */
    private static final int BULK_LOAD_THRESHOLD = 2_000;

    private final NamedParameterJdbcTemplate jdbc;
    private final ImportHistory history;
    private final BulkLoader loader;
    private final UnitMonthTotals monthTotals;
    private final int unitListLimit;

    /** {@code unitListLimit}: see {@link ImportSql#UNIT_LIST_LIMIT} (tests set it low to exercise both ways). */
    ImportedBudgets(NamedParameterJdbcTemplate jdbc, ImportHistory history, int unitListLimit) {
        this.jdbc = jdbc;
        this.history = history;
        this.loader = new BulkLoader(jdbc.getJdbcOperations());
        this.monthTotals = new UnitMonthTotals(jdbc);
        this.unitListLimit = unitListLimit;
    }

    /** Per unit, the stored annual budget of the year. */
    Map<UnitCode, BigDecimal> totals(Set<UnitCode> units, int year) {
        if (units.isEmpty()) {
            return Map.of();
        }
        return sumsByUnit(jdbc, """
                SELECT unit_code, SUM(amount) FROM budget_amount FORCE INDEX (PRIMARY)
                WHERE period_year = :year%s
                GROUP BY unit_code
                """, units, new MapSqlParameterSource("year", year), unitListLimit);
    }

    /** Per unit, the stored budget summed over the months, a query per year. */
    Map<UnitCode, BigDecimal> totals(Set<UnitCode> units, Set<Period> periods) {
        if (units.isEmpty() || periods.isEmpty()) {
            return Map.of();
        }
        Map<UnitCode, BigDecimal> totals = new TreeMap<>();
        monthsByYear(periods)
                .forEach((year, months) -> sumsByUnit(
                                jdbc,
                                """
                                SELECT unit_code, SUM(amount) FROM budget_amount FORCE INDEX (PRIMARY)
                                WHERE period_year = :year AND period_month IN (:months)%s
                                GROUP BY unit_code
                                """,
                                units,
                                new MapSqlParameterSource("year", year).addValue("months", months),
                                unitListLimit)
                        .forEach((unit, sum) -> totals.merge(unit, sum, BigDecimal::add)));
        return totals;
    }

    /**
     * Replaces the year's budget of the units by the lines, keeping the budget replaced as a version of the import
     * (named by the pages from the import's file and time), when the units held a budget for the year: an import
     * onto an empty year keeps no version of nothing. A line outside the units or the year is refused before
     * anything changes.
     */
    void replace(long importId, int year, Set<UnitCode> units, Collection<AmountLine> lines, String username) {
        requireWithin(year, units, lines);
        history.recordUnits(importId, ImportHistory.BUDGET, units);
        history.recordBudgetYear(importId, year);
        MapSqlParameterSource params = new MapSqlParameterSource("id", importId).addValue("year", year);
        Integer held = jdbc.queryForObject(
                "SELECT COUNT(*) FROM budget_amount f " + BUDGET_SCOPE + "WHERE f.period_year = :year",
                params,
                Integer.class);
        if (held != null && held > 0) {
            KeyHolder key = new GeneratedKeyHolder();
            int created = jdbc.update(
                    """
                    INSERT INTO budget_version (period_year, name, created_at, created_by, import_id)
                    SELECT :year, NULL, imported_at, :username, id FROM import_log WHERE id = :id
                    """,
                    new MapSqlParameterSource("year", year)
                            .addValue("username", username)
                            .addValue("id", importId),
                    key,
                    new String[] {"id"});
            if (created != 1) {
                throw new IllegalArgumentException("no import " + importId);
            }
            jdbc.update(
                    """
                    INSERT INTO budget_version_amount (version_id, unit_code, account_code, period_year, period_month, amount)
                    SELECT :version, f.unit_code, f.account_code, f.period_year, f.period_month, f.amount
                    FROM budget_amount f
                    """ + BUDGET_SCOPE + "WHERE f.period_year = :year",
                    new MapSqlParameterSource(params.getValues()).addValue("version", requiredKey(key)));
        }
        jdbc.update("DELETE f FROM budget_amount f " + BUDGET_SCOPE + "WHERE f.period_year = :year", params);
        insertLines(lines);
        monthTotals.refreshBudget(year, UnitMonthTotals.Units.ofImport(importId, ImportHistory.BUDGET));
    }

    /**
     * Takes the import's lines out of each budget year it replaced and puts back the budget its version kept, if
     * any (an import onto an empty year kept none: the year is empty again).
     */
    void undo(long importId) {
        List<Integer> years = jdbc.queryForList(
                "SELECT period_year FROM import_period WHERE import_id = :id AND period_month = :budgetYear",
                new MapSqlParameterSource("id", importId).addValue("budgetYear", ImportHistory.BUDGET_YEAR_MONTH),
                Integer.class);
        for (int year : years) {
            MapSqlParameterSource params = new MapSqlParameterSource("id", importId).addValue("year", year);
            jdbc.update("DELETE f FROM budget_amount f " + BUDGET_SCOPE + "WHERE f.period_year = :year", params);
            jdbc.update("""
                    INSERT INTO budget_amount (unit_code, account_code, period_year, period_month, amount)
                    SELECT a.unit_code, a.account_code, a.period_year, a.period_month, a.amount
                    FROM budget_version_amount a JOIN budget_version v ON v.id = a.version_id
                    WHERE v.import_id = :id AND v.period_year = :year
                    """, params);
            monthTotals.refreshBudget(year, UnitMonthTotals.Units.ofImport(importId, ImportHistory.BUDGET));
        }
    }

    /** The versions of the year, newest first, each with its total. */
    List<BudgetVersion> versions(int year) {
        return jdbc.query(
                """
                SELECT v.id, v.import_id, v.period_year, v.name, l.file_name, v.created_at, v.created_by,
                       COALESCE(SUM(a.amount), 0) AS total
                FROM budget_version v
                JOIN import_log l ON l.id = v.import_id
                LEFT JOIN budget_version_amount a ON a.version_id = v.id
                WHERE v.period_year = :year
                GROUP BY v.id, v.import_id, v.period_year, v.name, l.file_name, v.created_at, v.created_by
                ORDER BY v.id DESC
                """,
                new MapSqlParameterSource("year", year),
                (rs, i) -> new BudgetVersion(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getString(5),
                        instant(rs, 6),
                        rs.getString(7),
                        rs.getBigDecimal(8)));
    }

    /** Per unit: the version's annual budget. */
    Map<UnitCode, BigDecimal> versionTotals(long versionId) {
        return sumsByUnit(jdbc, """
                SELECT unit_code, SUM(amount) FROM budget_version_amount
                WHERE version_id = :version
                GROUP BY unit_code
                """, new MapSqlParameterSource("version", versionId));
    }

    private static void requireWithin(int year, Set<UnitCode> units, Collection<AmountLine> lines) {
        if (lines instanceof AmountLines compact) {
            if (!units.containsAll(compact.unitCodes())
                    || compact.periods().stream().anyMatch(p -> p.year() != year)) {
                throw new IllegalArgumentException("lines outside the import's units and year " + year);
            }
            return;
        }
        Set<String> unitCodes = new HashSet<>(codes(units));
        for (AmountLine line : lines) {
            if (!unitCodes.contains(line.unit().value()) || line.period().year() != year) {
                throw new IllegalArgumentException(
                        "the line " + line + " is outside the import's units and year " + year);
            }
        }
    }

    /**
     * Inserts the lines: in bulk, or in JDBC batches as plain INSERTs (which the driver sends in bulk: several
     * times faster than an upsert). The scope was emptied first, so only two lines of the same unit, account and
     * month could collide; they are added together here, as a ledger would.
     */
    private void insertLines(Collection<AmountLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        Collection<AmountLine> rows = merged(lines);
        ActualYearTable.requireStorable(rows);
        if (rows.size() >= BULK_LOAD_THRESHOLD
                && loader.load("budget_amount", BudgetLineStream.COLUMNS, new BudgetLineStream(rows))) {
            return;
        }
        jdbc.getJdbcOperations().batchUpdate(INSERT_LINE, rows, BATCH_SIZE, (ps, line) -> {
            ps.setString(1, line.unit().value());
            ps.setString(2, line.account());
            ps.setInt(3, line.period().year());
            ps.setInt(4, line.period().month());
            ps.setBigDecimal(5, line.amount());
        });
    }

    private record LineKey(UnitCode unit, String account, Period period) {}

    static Collection<AmountLine> merged(Collection<AmountLine> lines) {
        if (lines instanceof AmountLines) {
            return lines; // one line per key by construction
        }
        Map<LineKey, AmountLine> byKey = new LinkedHashMap<>(lines.size() * 2);
        for (AmountLine line : lines) {
            byKey.merge(
                    new LineKey(line.unit(), line.account(), line.period()),
                    line,
                    (a, b) -> new AmountLine(
                            a.unit(), a.account(), a.period(), a.amount().add(b.amount())));
        }
        return byKey.size() == lines.size() ? lines : byKey.values();
    }
}
