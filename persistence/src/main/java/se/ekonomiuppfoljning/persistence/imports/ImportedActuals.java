package se.ekonomiuppfoljning.persistence.imports;

import static se.ekonomiuppfoljning.persistence.imports.ImportSql.codes;
import static se.ekonomiuppfoljning.persistence.imports.ImportSql.monthsByYear;
import static se.ekonomiuppfoljning.persistence.imports.ImportSql.sumsByUnit;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.followup.AmountLine;
import se.ekonomiuppfoljning.imports.AmountLines;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.persistence.followup.ActualYearTable;
import se.ekonomiuppfoljning.persistence.followup.UnitMonthTotals;

/**
 * The ledger's lines an import brings: replacing the actuals of its units and months, and putting them back. The
 * rows replaced are kept in {@code actual_year_replaced} under the import's id; the statements join
 * {@code actual_year} to the scope {@link ImportHistory} recorded, so they stay a handful however many units and
 * rows an import has. Only the new lines are sent, month-wide through {@link ActualYearTable} (its cells of the
 * import's units and months cleared first). Runs in the caller's transaction.
 */
final class ImportedActuals {

    /** Joins {@code f} ({@code actual_year}) to the actual units of import {@code :id}. */
    private static final String ACTUAL_UNITS = """
            JOIN import_unit u ON u.import_id = :id AND u.target = 'ACTUAL' AND u.unit_code = f.unit_code
            """;

    private static final Logger log = LoggerFactory.getLogger(ImportedActuals.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final ImportHistory history;
    private final ActualYearTable actuals;
    private final UnitMonthTotals monthTotals;
    private final int unitListLimit;

    /** {@code unitListLimit}: see {@link ImportSql#UNIT_LIST_LIMIT} (tests set it low to exercise both ways). */
    ImportedActuals(NamedParameterJdbcTemplate jdbc, ImportHistory history, int unitListLimit) {
        this.jdbc = jdbc;
        this.history = history;
        this.actuals = new ActualYearTable(jdbc.getJdbcOperations());
        this.monthTotals = new UnitMonthTotals(jdbc);
        this.unitListLimit = unitListLimit;
    }

    /** Per unit, the stored actuals summed over the periods; a unit without a line in them is left out. */
    Map<UnitCode, BigDecimal> totals(Set<UnitCode> units, Set<Period> periods) {
        if (units.isEmpty() || periods.isEmpty()) {
            return Map.of();
        }
        Map<UnitCode, BigDecimal> totals = new TreeMap<>();
        // one query per year: (period_year, unit_code) is the primary key's prefix; a unit without a line in the
        // months (all their sums NULL) is left out, as it has no actuals there
        monthsByYear(periods)
                .forEach((year, months) -> sumsByUnit(
                                jdbc,
                                "SELECT unit_code, "
                                        + months.stream()
                                                .map(m -> "SUM(" + ActualYearTable.column(m) + ")")
                                                .collect(Collectors.joining(", "))
                                        + """
                 FROM actual_year FORCE INDEX (PRIMARY)
                WHERE period_year = :year%s
                GROUP BY unit_code
                """,
                                units,
                                new MapSqlParameterSource("year", year),
                                unitListLimit)
                        .forEach((unit, sum) -> totals.merge(unit, sum, BigDecimal::add)));
        return totals;
    }

    /**
     * Replaces every (unit, month) of the units and periods by the lines, keeping the rows replaced under the
     * import's id; a line outside them is refused before anything changes.
     */
    void replace(long importId, Set<UnitCode> units, Set<Period> periods, Collection<AmountLine> lines) {
        requireWithin(units, periods, lines);
        history.recordUnits(importId, ImportHistory.ACTUAL, units);
        history.recordActualPeriods(importId, periods);
        boolean rowsRemain = false;
        for (Map.Entry<Integer, List<Integer>> year : monthsByYear(periods).entrySet()) {
            MapSqlParameterSource params = new MapSqlParameterSource("id", importId).addValue("year", year.getKey());
            List<Integer> months = year.getValue();
            String columns = months.stream().map(ActualYearTable::column).collect(Collectors.joining(", "));
            String fColumns =
                    months.stream().map(m -> "f." + ActualYearTable.column(m)).collect(Collectors.joining(", "));
            jdbc.update(
                    "INSERT INTO actual_year_replaced (import_id, period_year, unit_code, account_code, " + columns
                            + ") SELECT :id, f.period_year, f.unit_code, f.account_code, " + fColumns
                            + " FROM actual_year f "
                            + ACTUAL_UNITS + "WHERE f.period_year = :year AND (" + anySet(months) + ")",
                    params);
            rowsRemain |= clearMonths(months, params);
        }
        log.debug("import {}: actuals {}", importId, actuals.store(lines, rowsRemain));
        refreshTotals(importId, periods);
    }

    /** The per-unit monthly totals of the import's units, summed again in each of its years. */
    private void refreshTotals(long importId, Set<Period> periods) {
        UnitMonthTotals.Units units = UnitMonthTotals.Units.ofImport(importId, ImportHistory.ACTUAL);
        monthsByYear(periods).keySet().forEach(year -> monthTotals.refreshActuals(year, units));
    }

    /** Empties the import's units and months and puts back the rows it replaced. */
    void undo(long importId) {
        Set<Period> periods = history.actualPeriods(importId);
        monthsByYear(periods)
                .forEach((year, months) ->
                        clearMonths(months, new MapSqlParameterSource("id", importId).addValue("year", year)));
        jdbc.update(
                "INSERT INTO actual_year (period_year, unit_code, account_code, " + ActualYearTable.MONTH_COLUMNS
                        + ") SELECT period_year, unit_code, account_code, " + ActualYearTable.MONTH_COLUMNS
                        + " FROM actual_year_replaced WHERE import_id = :id" + ActualYearTable.MERGE_MONTHS,
                new MapSqlParameterSource("id", importId));
        refreshTotals(importId, periods);
    }

    private static void requireWithin(Set<UnitCode> units, Set<Period> periods, Collection<AmountLine> lines) {
        if (lines instanceof AmountLines compact) {
            if (!units.containsAll(compact.unitCodes()) || !periods.containsAll(compact.periods())) {
                throw new IllegalArgumentException("lines outside the import's units and periods");
            }
            return;
        }
        Set<String> unitCodes = new HashSet<>(codes(units));
        for (AmountLine line : lines) {
            if (!unitCodes.contains(line.unit().value()) || !periods.contains(line.period())) {
                throw new IllegalArgumentException("the line " + line + " is outside the import's units and periods");
            }
        }
    }

    /** SQL: whether any of the months of {@code f} is set. */
    private static String anySet(List<Integer> months) {
        return months.stream()
                .map(m -> "f." + ActualYearTable.column(m) + " IS NOT NULL")
                .collect(Collectors.joining(" OR "));
    }

    /**
     * Empties the months of {@code :year} of the actual units of import {@code :id} and deletes the rows left with
     * no month; whether rows of those units remain in the year.
     */
    private boolean clearMonths(List<Integer> months, MapSqlParameterSource params) {
        String delete = "DELETE f FROM actual_year f " + ACTUAL_UNITS + "WHERE f.period_year = :year";
        if (months.size() == 12) {
            jdbc.update(delete, params);
            return false;
        }
        jdbc.update(
                "UPDATE actual_year f " + ACTUAL_UNITS + "SET "
                        + months.stream()
                                .map(m -> "f." + ActualYearTable.column(m) + " = NULL")
                                .collect(Collectors.joining(", "))
                        + " WHERE f.period_year = :year AND (" + anySet(months) + ")",
                params);
        jdbc.update(
                delete
                        + IntStream.rangeClosed(1, 12)
                                .mapToObj(m -> " AND f." + ActualYearTable.column(m) + " IS NULL")
                                .collect(Collectors.joining()),
                params);
        // a locking read: it sees rows another import committed after this transaction's snapshot, and holds them
        return !jdbc.queryForList(
                        "SELECT 1 FROM actual_year f " + ACTUAL_UNITS + "WHERE f.period_year = :year"
                                + " LIMIT 1 LOCK IN SHARE MODE",
                        params,
                        Integer.class)
                .isEmpty();
    }
}
