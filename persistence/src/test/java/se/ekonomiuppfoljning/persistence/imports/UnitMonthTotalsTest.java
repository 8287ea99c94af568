package se.ekonomiuppfoljning.persistence.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ekonomiuppfoljning.testdata.SeedKommun.IT;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KOMMUN;
import static se.ekonomiuppfoljning.testdata.SeedKommun.OVERFORMYNDAR;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.followup.FigureRepository;
import se.ekonomiuppfoljning.imports.ImportKind;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.persistence.PersistenceTest;
import se.ekonomiuppfoljning.persistence.followup.FigureRepositories;
import se.ekonomiuppfoljning.security.AccessScope;
import se.ekonomiuppfoljning.testdata.SeedKommun;

/**
 * The per-unit monthly totals (V45) stay the sums of the lines, to the öre, through imports and undos, and the
 * figures read from them equal the figures summed from the lines.
 */
@PersistenceTest
class UnitMonthTotalsTest extends ImportTestSupport {

    /** The totals as stored, one text per row: year, unit, month, budget, actual ("-" for none). */
    private List<String> storedTotals() {
        return jdbc.query(
                "SELECT period_year, unit_code, period_month, budget, actual FROM unit_month_total"
                        + " ORDER BY period_year, unit_code, period_month",
                (rs, i) -> row(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getBigDecimal(4), rs.getBigDecimal(5)));
    }

    /** The same, summed from the lines of budget_amount and actual_year (through its view of lines). */
    private List<String> summedLines() {
        return jdbc.query(
                """
                SELECT period_year, unit_code, period_month, SUM(budget), SUM(actual) FROM (
                    SELECT period_year, unit_code, period_month, amount AS budget, NULL AS actual FROM budget_amount
                    UNION ALL
                    SELECT period_year, unit_code, period_month, NULL, amount FROM actual_amount) line_sums
                GROUP BY period_year, unit_code, period_month
                ORDER BY period_year, unit_code, period_month
                """,
                (rs, i) -> row(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getBigDecimal(4), rs.getBigDecimal(5)));
    }

    private static String row(int year, String unit, int month, BigDecimal budget, BigDecimal actual) {
        return year + " " + unit + " " + month + " " + (budget == null ? "-" : budget.toPlainString()) + " "
                + (actual == null ? "-" : actual.toPlainString());
    }

    private void assertTotalsAreTheLinesSums() {
        List<String> lines = summedLines();
        assertThat(lines).isNotEmpty();
        assertThat(storedTotals()).isEqualTo(lines);
        assertFiguresAreTheLinesFigures();
    }

    /** What the follow-up reads from the totals equals what it read from the lines before V45, to the digit. */
    private void assertFiguresAreTheLinesFigures() {
        AccessScope everything = AccessScope.resolve(organisations.load(), SeedKommun.chief("johan", KOMMUN));
        FigureRepository overLines = FigureRepositories.overLines(namedJdbc);
        FigureRepository overTotals = FigureRepositories.overTotals(namedJdbc);
        Set<UnitCode> units = new HashSet<>(seedUnits());
        for (int year : List.of(2025, 2026)) {
            for (int month = 1; month <= 12; month++) {
                Period period = new Period(year, month);
                assertThat(overTotals.figuresByUnit(everything, units, period))
                        .isEqualTo(overLines.figuresByUnit(everything, units, period));
            }
            assertThat(overTotals.figuresByUnitPerMonth(everything, units, year, 12))
                    .isEqualTo(overLines.figuresByUnitPerMonth(everything, units, year, 12));
            assertThat(overTotals.figuresByMonth(everything, units, year))
                    .isEqualTo(overLines.figuresByMonth(everything, units, year));
        }
        assertThat(overTotals.periodsWithActuals()).isEqualTo(overLines.periodsWithActuals());
    }

    @Test
    void the_totals_equal_the_lines_after_an_import_a_second_import_and_an_undo() {
        assertTotalsAreTheLinesSums(); // the seed, stored through saveBudget and saveActuals

        long first = start("utfall-1.csv", ImportKind.ACTUALS_CSV);
        imports.replaceActuals(
                first,
                Set.of(OVERFORMYNDAR, IT),
                Set.of(JANUARY, FEBRUARY),
                List.of(
                        line(OVERFORMYNDAR, "6110", JANUARY, "1234.56"),
                        line(OVERFORMYNDAR, "5011", JANUARY, "0.01"),
                        line(OVERFORMYNDAR, "5011", FEBRUARY, "-99.99"),
                        line(IT, "5011", FEBRUARY, "100.00")));
        imports.replaceBudget(
                first,
                2026,
                Set.of(IT),
                List.of(line(IT, "5011", MARCH, "8.05"), line(IT, "6110", MARCH, "0.95")),
                "eva");
        assertTotalsAreTheLinesSums();
        List<String> afterFirst = storedTotals();

        long second = start("utfall-2.csv", ImportKind.ACTUALS_CSV);
        imports.replaceActuals(
                second,
                Set.of(OVERFORMYNDAR),
                Set.of(FEBRUARY, MARCH),
                List.of(
                        line(OVERFORMYNDAR, "6110", FEBRUARY, "10.10"),
                        line(OVERFORMYNDAR, "6110", MARCH, "20.20"),
                        line(OVERFORMYNDAR, "5011", MARCH, "0.00")));
        imports.replaceBudget(second, 2026, Set.of(IT), List.of(line(IT, "5011", JANUARY, "1.00")), "eva");
        assertTotalsAreTheLinesSums();
        assertThat(storedTotals()).isNotEqualTo(afterFirst);

        imports.undo(second);
        assertTotalsAreTheLinesSums();
        assertThat(storedTotals()).isEqualTo(afterFirst);

        imports.undo(first);
        assertTotalsAreTheLinesSums();
    }

    @Test
    void a_unit_whose_lines_are_all_taken_out_has_no_totals_left_for_the_months() {
        long id = start("utfall.csv", ImportKind.ACTUALS_CSV);
        imports.replaceActuals(id, Set.of(IT), Set.of(JANUARY, FEBRUARY), List.of());

        assertTotalsAreTheLinesSums();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM unit_month_total WHERE unit_code = ? AND period_year = 2026"
                                + " AND period_month IN (1, 2) AND actual IS NOT NULL",
                        Integer.class,
                        IT.value()))
                .isZero();
    }
}
