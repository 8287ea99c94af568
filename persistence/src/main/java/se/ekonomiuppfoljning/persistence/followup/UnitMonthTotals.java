package se.ekonomiuppfoljning.persistence.followup;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The per-unit monthly totals ({@code unit_month_total}, V45): one row per year, unit and month with the sum of the
 * unit's budget lines and of its actuals in that month, NULL where it has none. Whoever changes {@code actual_year}
 * or {@code budget_amount} refreshes the totals of the units and year it changed, in the same transaction
 * (the import, its undo, {@code FigureRepository.saveActuals}/{@code saveBudget}). A refresh sums the stored lines
 * again (it does not add differences), so the totals are the lines' sums to the öre by construction, whatever the
 * change was. The follow-up table's per-unit sums and the overview's trend read these rows instead of every line.
 */
public final class UnitMonthTotals {

    public static final String TABLE = "unit_month_total";

    /** The twelve month numbers as a derived table {@code n(m)}. */
    private static final String MONTHS = IntStream.rangeClosed(1, 12)
            .mapToObj(m -> "SELECT " + m + " AS m")
            .collect(Collectors.joining(" UNION ALL ", "(", ") n"));

    /** The month {@code n.m}'s sum of the derived table {@code s} ({@code s.s01}..{@code s.s12}). */
    private static final String MONTH_OF_S = IntStream.rangeClosed(1, 12)
            .mapToObj(m -> " WHEN " + m + " THEN s.s" + (m < 10 ? "0" + m : m))
            .collect(Collectors.joining("", "CASE n.m", " END"));

    private static final String MONTH_SUMS = IntStream.rangeClosed(1, 12)
            .mapToObj(m -> "SUM(f." + ActualYearTable.column(m) + ") AS s" + (m < 10 ? "0" + m : m))
            .collect(Collectors.joining(", "));

    private final NamedParameterJdbcTemplate jdbc;

    public UnitMonthTotals(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Which units of a year a refresh covers, as SQL on the alias {@code f}: a join (to the units an import
     * recorded) and/or a condition, with their parameters.
     */
    public record Units(String join, String where, Map<String, Object> params) {

        /** The units import {@code importId} recorded for {@code target} ({@code ACTUAL} or {@code BUDGET}). */
        public static Units ofImport(long importId, String target) {
            return new Units(
                    " JOIN import_unit u ON u.import_id = :importId AND u.target = :target AND u.unit_code = f.unit_code",
                    "",
                    Map.of("importId", importId, "target", target));
        }

        /** The listed units. */
        public static Units listed(Collection<String> codes) {
            return new Units("", " AND f.unit_code IN (:unitCodes)", Map.of("unitCodes", List.copyOf(codes)));
        }

        /** Every unit of the year (a hand edit of the lines, the benchmark's generated budget). */
        public static Units all() {
            return new Units("", "", Map.of());
        }

        MapSqlParameterSource with(int year) {
            return new MapSqlParameterSource(params).addValue("year", year);
        }
    }

    /** Sums the actuals of the units' year again from {@code actual_year}. */
    public void refreshActuals(int year, Units units) {
        MapSqlParameterSource params = units.with(year);
        if (units.params().containsKey("unitCodes") && ((List<?>) units.params().get("unitCodes")).isEmpty()) {
            return;
        }
        jdbc.update(
                "UPDATE " + TABLE + " f" + units.join() + " SET f.actual = NULL WHERE f.period_year = :year"
                        + units.where() + " AND f.actual IS NOT NULL",
                params);
        jdbc.update(
                "INSERT INTO " + TABLE + " (period_year, unit_code, period_month, actual)"
                        + " SELECT s.period_year, s.unit_code, n.m, " + MONTH_OF_S
                        + " FROM (SELECT f.period_year, f.unit_code, " + MONTH_SUMS
                        + " FROM " + ActualYearTable.TABLE + " f FORCE INDEX (PRIMARY)" + units.join()
                        + " WHERE f.period_year = :year" + units.where() + " GROUP BY f.period_year, f.unit_code) s"
                        + " JOIN " + MONTHS + " WHERE " + MONTH_OF_S + " IS NOT NULL"
                        + " ON DUPLICATE KEY UPDATE actual = VALUES(actual)",
                params);
        deleteEmpty(units, params);
    }

    /** Sums the budget of the units' year again from {@code budget_amount}. */
    public void refreshBudget(int year, Units units) {
        MapSqlParameterSource params = units.with(year);
        if (units.params().containsKey("unitCodes") && ((List<?>) units.params().get("unitCodes")).isEmpty()) {
            return;
        }
        jdbc.update(
                "UPDATE " + TABLE + " f" + units.join() + " SET f.budget = NULL WHERE f.period_year = :year"
                        + units.where() + " AND f.budget IS NOT NULL",
                params);
        jdbc.update(
                "INSERT INTO " + TABLE + " (period_year, unit_code, period_month, budget)"
                        + " SELECT f.period_year, f.unit_code, f.period_month, SUM(f.amount)"
                        + " FROM budget_amount f FORCE INDEX (PRIMARY)" + units.join()
                        + " WHERE f.period_year = :year" + units.where()
                        + " GROUP BY f.period_year, f.unit_code, f.period_month"
                        + " ON DUPLICATE KEY UPDATE budget = VALUES(budget)",
                params);
        deleteEmpty(units, params);
    }

    private void deleteEmpty(Units units, MapSqlParameterSource params) {
        jdbc.update(
                "DELETE f FROM " + TABLE + " f" + units.join() + " WHERE f.period_year = :year" + units.where()
                        + " AND f.budget IS NULL AND f.actual IS NULL",
                params);
    }
}
