package se.ekonomiuppfoljning.persistence.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ekonomiuppfoljning.testdata.SeedKommun.IT;
import static se.ekonomiuppfoljning.testdata.SeedKommun.OVERFORMYNDAR;
import static se.ekonomiuppfoljning.testdata.SeedKommun.TIA;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.followup.AmountLine;
import se.ekonomiuppfoljning.imports.AmountLines;
import se.ekonomiuppfoljning.imports.BudgetVersion;
import se.ekonomiuppfoljning.imports.ImportKind;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.persistence.PersistenceTest;

/** Replacing a year's budget, its versions and their undo ({@link ImportedBudgets}). */
@PersistenceTest
class ImportedBudgetsTest extends ImportTestSupport {

    @Test
    void replacing_the_budget_keeps_the_earlier_budget_as_a_version_with_its_total() {
        Map<UnitCode, BigDecimal> annualBefore = budgets.totals(Set.of(OVERFORMYNDAR, IT), 2026);
        long id = start("budget.csv", ImportKind.BUDGET_CSV);

        budgets.replace(
                id,
                2026,
                Set.of(OVERFORMYNDAR, IT),
                List.of(
                        line(OVERFORMYNDAR, "5011", JANUARY, "1000.00"),
                        line(OVERFORMYNDAR, "5011", MARCH, "500.00"),
                        line(IT, "6110", FEBRUARY, "250.00")),
                "eva");

        assertThat(budgets.totals(Set.of(OVERFORMYNDAR, IT, TIA), 2026))
                .containsEntry(OVERFORMYNDAR, new BigDecimal("1500.00"))
                .containsEntry(IT, new BigDecimal("250.00"))
                .containsEntry(TIA, new BigDecimal("17922831.00"));
        List<BudgetVersion> versions = budgets.versions(2026);
        assertThat(versions).singleElement().satisfies(v -> {
            assertThat(v.storedName()).isNull(); // named by the pages from its import
            assertThat(v.importFile()).isEqualTo("budget.csv");
            assertThat(v.createdBy()).isEqualTo("eva");
            assertThat(v.createdAt()).isEqualTo(AT);
            assertThat(v.year()).isEqualTo(2026);
            assertThat(v.importId()).isEqualTo(id);
            assertThat(v.total()).isEqualByComparingTo("11421414"); // 2 580 186 + 8 841 228
        });
        assertThat(budgets.versionTotals(versions.get(0).id())).isEqualTo(annualBefore);
        assertThat(budgets.versions(2025)).isEmpty();
    }

    @Test
    void undoing_a_budget_import_puts_back_the_earlier_budget_of_its_units() {
        List<Map<String, Object>> before = budgetRows();
        long id = start("budget.csv", ImportKind.BUDGET_CSV);
        budgets.replace(
                id, 2026, Set.of(OVERFORMYNDAR, IT), List.of(line(OVERFORMYNDAR, "6110", JANUARY, "1000.00")), "eva");

        budgets.undo(id);

        assertThat(budgetRows()).isEqualTo(before);
    }

    /** A large budget goes in with LOAD DATA (a line per month), compact or not, to the öre. */
    @ParameterizedTest(name = "compact lines: {0}")
    @ValueSource(booleans = {true, false})
    void a_large_budget_is_loaded_in_bulk_to_the_ore(boolean compact) {
        List<String> accounts = newAccounts(6500, 20);
        List<UnitCode> units = seedUnits();
        List<Period> year = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            year.add(new Period(2027, month));
        }
        int count = units.size() * accounts.size() * year.size();
        long[] keys = new long[count];
        long[] ore = new long[count];
        List<AmountLine> generic = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < count; i++) {
            int u = i / (accounts.size() * year.size());
            int a = i / year.size() % accounts.size();
            int p = i % year.size();
            keys[i] = AmountLines.key(u, a, p);
            ore[i] = i % 3 == 0 ? -(i * 31L) - 7 : i * 1_000_003L;
            generic.add(new AmountLine(units.get(u), accounts.get(a), year.get(p), BigDecimal.valueOf(ore[i], 2)));
            total = total.add(BigDecimal.valueOf(ore[i], 2));
        }
        assertThat(count).isGreaterThan(2_000);
        List<AmountLine> lines = compact ? AmountLines.of(units, accounts, year, keys, ore, null) : generic;

        budgets.replace(start("budget-2027.csv", ImportKind.BUDGET_CSV), 2027, new TreeSet<>(units), lines, "eva");

        assertThat(jdbc.queryForObject(
                        "SELECT CONCAT(COUNT(*), '/', SUM(amount)) FROM budget_amount" + " WHERE period_year = 2027",
                        String.class))
                .isEqualTo(count + "/" + total.toPlainString());
        assertThat(jdbc.queryForObject(
                        "SELECT amount FROM budget_amount WHERE period_year = 2027 AND unit_code = ?"
                                + " AND account_code = '6500' AND period_month = 1",
                        BigDecimal.class,
                        units.get(0).value()))
                .isEqualByComparingTo("-0.07");
    }

    // issue 12.15: the budget of the file's months, no version of an empty year, the name as data

    @Test
    void the_budget_of_months_is_summed_per_unit_over_those_months_only() {
        BigDecimal march = jdbc.queryForObject(
                "SELECT SUM(amount) FROM budget_amount WHERE unit_code = ? AND period_year = 2026 AND period_month = 3",
                BigDecimal.class,
                OVERFORMYNDAR.value());
        assertThat(march).isNotNull().isPositive();

        assertThat(budgets.totals(Set.of(OVERFORMYNDAR), Set.of(MARCH)))
                .containsOnlyKeys(OVERFORMYNDAR)
                .hasEntrySatisfying(OVERFORMYNDAR, sum -> assertThat(sum).isEqualByComparingTo(march));
        assertThat(budgets.totals(Set.of(OVERFORMYNDAR), Set.of(MARCH, new Period(2025, 3))))
                .isEqualTo(budgets.totals(Set.of(OVERFORMYNDAR), Set.of(MARCH)));
        assertThat(budgets.totals(Set.of(OVERFORMYNDAR), Set.of(new Period(2027, 3))))
                .isEmpty();
    }

    @Test
    void an_import_onto_a_year_without_budget_keeps_no_version_and_its_undo_empties_the_year_again() {
        long id = start("budget-2027.csv", ImportKind.BUDGET_CSV);
        budgets.replace(
                id,
                2027,
                Set.of(OVERFORMYNDAR),
                List.of(line(OVERFORMYNDAR, "5011", new Period(2027, 1), "100.00")),
                "eva");

        assertThat(budgets.versions(2027)).isEmpty();
        assertThat(budgets.totals(Set.of(OVERFORMYNDAR), 2027)).containsOnlyKeys(OVERFORMYNDAR);

        budgets.undo(id);
        assertThat(budgets.totals(Set.of(OVERFORMYNDAR), 2027)).isEmpty();
    }

    @Test
    void a_version_named_before_the_pages_named_them_keeps_its_stored_name() {
        long id = start("budget.csv", ImportKind.BUDGET_CSV);
        budgets.replace(id, 2026, Set.of(IT), List.of(line(IT, "6110", FEBRUARY, "250.00")), "eva");
        jdbc.update(
                "UPDATE budget_version SET name = 'Före import av budget.csv 2026-03-05 09:15' WHERE import_id = ?",
                id);

        assertThat(budgets.versions(2026)).singleElement().satisfies(v -> {
            assertThat(v.storedName()).isEqualTo("Före import av budget.csv 2026-03-05 09:15");
            assertThat(v.importFile()).isEqualTo("budget.csv");
        });
    }
}
