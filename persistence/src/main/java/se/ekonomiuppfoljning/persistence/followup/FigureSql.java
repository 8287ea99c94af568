package se.ekonomiuppfoljning.persistence.followup;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The figures' SQL texts, built once. Budgets are a line per month; actuals a row per year with a column per month
 * ({@link ActualYearTable}), so the actuals' sums depend on the month: one text per month (index 1..12). Every sum
 * reads a range of the primary key (period_year, unit_code, …) and says so ({@code FORCE INDEX (PRIMARY)}).
 */
final class FigureSql {

    /**
     * Budget and actual per unit in one round trip ({@code figure} names the table a row sums): the month's sum,
     * the sum from January to the month and the year's.
     */
    private static final String BUDGET_BY_UNIT = """
            SELECT 'budget' AS figure, unit_code,
                   SUM(CASE WHEN period_month = :month THEN amount ELSE 0 END) AS month_sum,
                   SUM(CASE WHEN period_month <= :month THEN amount ELSE 0 END) AS ytd_sum,
                   SUM(amount) AS year_sum
            FROM budget_amount FORCE INDEX (PRIMARY)
            WHERE period_year = :year%1$s
            GROUP BY unit_code
            """;

    private static final String ACTUAL_BY_UNIT = """
            SELECT 'actual' AS figure, unit_code, %2$s AS month_sum, %3$s AS ytd_sum, %4$s AS year_sum
            FROM actual_year FORCE INDEX (PRIMARY)
            WHERE period_year = :year%1$s
            GROUP BY unit_code
            """;

    private static final String UNIT_LIST = " AND unit_code IN (:units)";

    /** Per month (index 1..12): budget and actual per unit of the listed units. */
    private static final String[] BY_UNIT_LISTED = new String[13];
    /** The same sums for every unit of the year: the scope is then applied to the rows that come back. */
    private static final String[] BY_UNIT_WHOLE_YEAR = new String[13];

    static final String BUDGET_BY_MONTH = """
            SELECT period_month, SUM(amount) AS month_sum
            FROM budget_amount FORCE INDEX (PRIMARY)
            WHERE period_year = :year AND unit_code IN (:units)
            GROUP BY period_month
            """;

    /** Each month's sum, NULL for a month without a line. */
    static final String ACTUAL_BY_MONTH = "SELECT "
            + perMonth("SUM(%s)")
            + " FROM actual_year FORCE INDEX (PRIMARY) WHERE period_year = :year AND unit_code IN (:units)";

    static final String BUDGET_BY_ACCOUNT = """
            SELECT f.account_code,
                   SUM(CASE WHEN f.period_month = :month THEN f.amount ELSE 0 END) AS month_sum,
                   SUM(CASE WHEN f.period_month <= :month THEN f.amount ELSE 0 END) AS ytd_sum,
                   SUM(f.amount) AS year_sum
            FROM budget_amount f FORCE INDEX (PRIMARY)
            WHERE f.period_year = :year AND f.unit_code IN (:units)
            GROUP BY f.account_code
            """;

    private static final String ACTUAL_BY_ACCOUNT = """
            SELECT f.account_code, %s AS month_sum, %s AS ytd_sum, %s AS year_sum
            FROM actual_year f FORCE INDEX (PRIMARY)
            WHERE f.period_year = :year AND f.unit_code IN (:units)
            GROUP BY f.account_code
            """;

    /** Per month (index 1..12): actual per account of the listed units. */
    private static final String[] ACTUAL_BY_ACCOUNT_OF_MONTH = new String[13];

    /** The year of every period with actuals, and per month (columns 2..13) whether any row has one. */
    static final String PERIODS_WITH_ACTUALS = "SELECT period_year, "
            + perMonth("MAX(%s IS NOT NULL)")
            + " FROM actual_year GROUP BY period_year ORDER BY period_year";

    /**
     * Budget and actual per unit from the per-unit monthly totals ({@link UnitMonthTotals}), one row per unit: how
     * many months have a budget and an actual (0: the unit has none, as a unit without lines in the old sums), then
     * the month's, January-to-month and year's sums of each.
     */
    private static final String TOTALS_BY_UNIT = """
            SELECT unit_code,
                   COUNT(budget) AS budget_months,
                   COALESCE(SUM(CASE WHEN period_month = :month THEN budget END), 0) AS budget_month,
                   COALESCE(SUM(CASE WHEN period_month <= :month THEN budget END), 0) AS budget_ytd,
                   COALESCE(SUM(budget), 0) AS budget_year,
                   COUNT(actual) AS actual_months,
                   COALESCE(SUM(CASE WHEN period_month = :month THEN actual END), 0) AS actual_month,
                   COALESCE(SUM(CASE WHEN period_month <= :month THEN actual END), 0) AS actual_ytd,
                   COALESCE(SUM(actual), 0) AS actual_year
            FROM unit_month_total FORCE INDEX (PRIMARY)
            WHERE period_year = :year%s
            GROUP BY unit_code
            """;

    static final String TOTALS_BY_UNIT_LISTED = TOTALS_BY_UNIT.formatted(UNIT_LIST);
    static final String TOTALS_BY_UNIT_WHOLE_YEAR = TOTALS_BY_UNIT.formatted("");

    /** Every month row of the year's totals (listed units, or every unit), for the months to {@code :toMonth}. */
    static final String TOTALS_ROWS_LISTED = """
            SELECT unit_code, period_month, budget, actual
            FROM unit_month_total FORCE INDEX (PRIMARY)
            WHERE period_year = :year AND unit_code IN (:units)
            """;

    static final String TOTALS_ROWS_WHOLE_YEAR = """
            SELECT unit_code, period_month, budget, actual
            FROM unit_month_total FORCE INDEX (PRIMARY)
            WHERE period_year = :year
            """;

    /** The units' budget and actual together per month, from the totals; NULL where none of them has any. */
    static final String TOTALS_BY_MONTH = """
            SELECT period_month, SUM(budget), SUM(actual)
            FROM unit_month_total FORCE INDEX (PRIMARY)
            WHERE period_year = :year AND unit_code IN (:units)
            GROUP BY period_month
            """;

    /** The periods with any actuals, from the totals. */
    static final String TOTALS_PERIODS_WITH_ACTUALS = """
            SELECT DISTINCT period_year, period_month FROM unit_month_total
            WHERE actual IS NOT NULL ORDER BY period_year, period_month
            """;

    static final String UPSERT_BUDGET = """
            INSERT INTO budget_amount (unit_code, account_code, period_year, period_month, amount)
            VALUES (:unit, :account, :year, :month, :amount)
            ON DUPLICATE KEY UPDATE amount = VALUES(amount)
            """;

    static {
        for (int m = 1; m <= 12; m++) {
            BY_UNIT_LISTED[m] = BUDGET_BY_UNIT.formatted(UNIT_LIST) + "UNION ALL\n"
                    + ACTUAL_BY_UNIT.formatted(
                            UNIT_LIST,
                            ActualYearTable.sum("", m, m),
                            ActualYearTable.sum("", 1, m),
                            ActualYearTable.sum("", 1, 12));
            BY_UNIT_WHOLE_YEAR[m] = BUDGET_BY_UNIT.formatted("") + "UNION ALL\n"
                    + ACTUAL_BY_UNIT.formatted(
                            "",
                            ActualYearTable.sum("", m, m),
                            ActualYearTable.sum("", 1, m),
                            ActualYearTable.sum("", 1, 12));
            ACTUAL_BY_ACCOUNT_OF_MONTH[m] = ACTUAL_BY_ACCOUNT.formatted(
                    ActualYearTable.sum("f.", m, m), ActualYearTable.sum("f.", 1, m), ActualYearTable.sum("f.", 1, 12));
        }
    }

    private FigureSql() {}

    /** The expression once per month column ({@code %s}), January to December, separated by commas. */
    private static String perMonth(String expression) {
        return IntStream.rangeClosed(1, 12)
                .mapToObj(m -> expression.formatted(ActualYearTable.column(m)))
                .collect(Collectors.joining(", "));
    }

    /**
     * Budget and actual per unit for the month: of the listed units ({@code :units}), or of every unit of the year
     * ({@code wholeYear}).
     */
    static String byUnit(int month, boolean wholeYear) {
        return (wholeYear ? BY_UNIT_WHOLE_YEAR : BY_UNIT_LISTED)[month];
    }

    /** The actuals per account of the listed units for the month. */
    static String actualByAccount(int month) {
        return ACTUAL_BY_ACCOUNT_OF_MONTH[month];
    }
}
