package se.ekonomiuppfoljning.persistence.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.ekonomiuppfoljning.testdata.SeedKommun.OVERFORMYNDAR;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.dao.DataIntegrityViolationException;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.followup.AmountLine;
import se.ekonomiuppfoljning.imports.AmountLines;
import se.ekonomiuppfoljning.imports.ImportKind;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.persistence.PersistenceTest;
import se.ekonomiuppfoljning.testdata.SeedKommun;

/** Large sets of actuals ({@link ImportedActuals}): loaded in bulk to the öre, refused whole, undone exactly. */
@PersistenceTest
class ImportedActualsBulkTest extends ImportTestSupport {

    @Test
    void compact_lines_of_a_large_file_are_loaded_in_bulk_to_the_ore() {
        List<String> accounts = newAccounts(4000, 60);
        List<UnitCode> units = seedUnits();
        List<Period> year = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            year.add(new Period(2026, month));
        }
        int count = units.size() * accounts.size() * year.size();
        long[] keys = new long[count];
        long[] ore = new long[count];
        List<Map<String, Object>> expected = new ArrayList<>();
        int i = 0;
        for (int u = 0; u < units.size(); u++) {
            for (int a = 0; a < accounts.size(); a++) {
                for (int p = 0; p < year.size(); p++) {
                    keys[i] = AmountLines.key(u, a, p);
                    ore[i] = i % 7 == 0
                            ? -5
                            : (i * 7919L % 2_000_001) - 1_000_000 + (i % 11 == 0 ? 999_999_999_999L : 0);
                    expected.add(Map.of(
                            "unit_code",
                            units.get(u).value(),
                            "account_code",
                            accounts.get(a),
                            "period_year",
                            2026,
                            "period_month",
                            p + 1,
                            "amount",
                            BigDecimal.valueOf(ore[i], 2)));
                    i++;
                }
            }
        }
        AmountLines lines = AmountLines.of(units, accounts, year, keys, ore, null);
        long id = start("huvudbok.se", ImportKind.SIE);
        actuals.replace(id, new TreeSet<>(units), new TreeSet<>(year), lines);

        List<Map<String, Object>> stored = jdbc.queryForList("SELECT unit_code, account_code, period_year,"
                + " period_month, amount FROM actual_amount WHERE period_year = 2026"
                + " ORDER BY unit_code, account_code, period_year, period_month");
        assertThat(stored).hasSize(count);
        for (int k = 0; k < count; k++) {
            Map<String, Object> row = stored.get(k);
            Map<String, Object> want = expected.get(k);
            assertThat(row.get("unit_code")).isEqualTo(want.get("unit_code"));
            assertThat(row.get("account_code")).isEqualTo(want.get("account_code"));
            assertThat(((Number) row.get("period_month")).intValue()).isEqualTo(want.get("period_month"));
            assertThat((BigDecimal) row.get("amount")).isEqualByComparingTo((BigDecimal) want.get("amount"));
        }
    }

    /**
     * A large import of February to April over units that keep January: the rows keep their January and get the
     * file's months (through the temporary table and the merging statement), and undoing it puts every line back.
     */
    @ParameterizedTest(name = "compact lines: {0}")
    @ValueSource(booleans = {true, false})
    void a_large_import_of_some_months_keeps_the_other_months_of_its_rows_and_is_undone_exactly(boolean compact) {
        List<String> accounts = new ArrayList<>(List.of("3510", "5011", "6110"));
        accounts.addAll(newAccounts(7000, 60));
        Collections.sort(accounts);
        List<UnitCode> units = seedUnits();
        List<Period> months = List.of(FEBRUARY, MARCH, new Period(2026, 4));
        int count = units.size() * accounts.size() * months.size();
        long[] keys = new long[count];
        long[] ore = new long[count];
        List<AmountLine> generic = new ArrayList<>();
        int i = 0;
        for (int u = 0; u < units.size(); u++) {
            for (int a = 0; a < accounts.size(); a++) {
                for (int p = 0; p < months.size(); p++) {
                    keys[i] = AmountLines.key(u, a, p);
                    ore[i] = (i * 7919L % 200_001) - 100_000;
                    generic.add(new AmountLine(
                            units.get(u), accounts.get(a), months.get(p), BigDecimal.valueOf(ore[i], 2)));
                    i++;
                }
            }
        }
        assertThat(count).isGreaterThan(2_000); // the bulk path
        List<AmountLine> lines = compact ? AmountLines.of(units, accounts, months, keys, ore, null) : generic;
        String january = "SELECT unit_code, account_code, amount FROM actual_amount WHERE period_year = 2026"
                + " AND period_month = 1 ORDER BY unit_code, account_code";
        List<Map<String, Object>> januaryBefore = jdbc.queryForList(january);
        assertThat(januaryBefore).isNotEmpty();
        List<Map<String, Object>> before = actualRows();

        long id = start("feb-apr.se", ImportKind.SIE);
        actuals.replace(id, new TreeSet<>(units), new TreeSet<>(months), lines);

        assertThat(jdbc.queryForList(january)).isEqualTo(januaryBefore);
        // one row per unit and account of the year, holding January and the three months
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM actual_year WHERE period_year = 2026", Integer.class))
                .isEqualTo(units.size() * accounts.size());
        List<Map<String, Object>> stored = jdbc.queryForList("SELECT unit_code, account_code, period_month, amount"
                + " FROM actual_amount WHERE period_year = 2026 AND period_month BETWEEN 2 AND 4"
                + " ORDER BY unit_code, account_code, period_month");
        assertThat(stored).hasSize(count);
        for (int k = 0; k < count; k++) {
            assertThat(stored.get(k).get("unit_code"))
                    .isEqualTo(generic.get(k).unit().value());
            assertThat(stored.get(k).get("account_code"))
                    .isEqualTo(generic.get(k).account());
            assertThat(((Number) stored.get(k).get("period_month")).intValue())
                    .isEqualTo(generic.get(k).period().month());
            assertThat((BigDecimal) stored.get(k).get("amount"))
                    .isEqualByComparingTo(generic.get(k).amount());
        }

        actuals.undo(id);

        assertThat(actualRows()).isEqualTo(before);
    }

    /**
     * A large load goes in with the foreign key checks off after checking the codes itself: an account the chart
     * lacks is refused as the key would refuse it, and after a load the keys are checked again.
     */
    @Test
    void a_large_load_refuses_an_unknown_account_and_leaves_the_foreign_keys_checked() {
        List<UnitCode> units = seedUnits();
        List<String> accounts = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            accounts.add(String.valueOf(8000 + i));
        }
        List<AmountLine> lines = new ArrayList<>();
        for (UnitCode unit : units) {
            for (String account : accounts) {
                lines.add(line(unit, account, new Period(2027, 1), "1.00"));
            }
        }
        assertThat(lines).hasSizeGreaterThan(2_000);
        long refused = start("jan-2027.csv", ImportKind.ACTUALS_CSV);
        assertThatThrownBy(() -> actuals.replace(refused, new TreeSet<>(units), Set.of(new Period(2027, 1)), lines))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("no account 8000");

        insertAccounts(accounts);
        long saved = start("jan-2027.csv", ImportKind.ACTUALS_CSV);
        actuals.replace(saved, new TreeSet<>(units), Set.of(new Period(2027, 1)), lines);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM actual_amount WHERE period_year = 2027", Integer.class))
                .isEqualTo(lines.size());
        assertThat(jdbc.queryForObject("SELECT @@SESSION.foreign_key_checks", Integer.class))
                .isEqualTo(1);
        assertThatThrownBy(() -> jdbc.update("INSERT INTO actual_year (period_year, unit_code, account_code, m01)"
                        + " VALUES (2027, '1150', '9999', 1.00)"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    /** An amount a DECIMAL(15, 2) cannot hold is refused, not cut, and the keys are checked again after it. */
    @Test
    void an_amount_the_columns_cannot_hold_is_refused_before_anything_is_sent() {
        List<UnitCode> units = seedUnits();
        List<AmountLine> lines = new ArrayList<>();
        for (String account : newAccounts(8000, 200)) {
            for (UnitCode unit : units) {
                lines.add(line(unit, account, new Period(2027, 1), "1.00"));
            }
        }
        lines.add(line(units.get(0), "8000", new Period(2027, 2), "10000000000000.00"));
        long id = start("jan-2027.csv", ImportKind.ACTUALS_CSV);

        assertThatThrownBy(() -> actuals.replace(
                        id, new TreeSet<>(units), Set.of(new Period(2027, 1), new Period(2027, 2)), lines))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10000000000000.00");

        assertThat(jdbc.queryForObject("SELECT @@SESSION.foreign_key_checks", Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM actual_year WHERE period_year = 2027 AND m02 IS NOT NULL", Integer.class))
                .isZero();
    }

    /** One import of December 2025 and January 2026 for units that keep other months: both years, then undone. */
    @Test
    void a_large_import_of_two_years_is_stored_in_each_year_and_undone_exactly() {
        List<UnitCode> units = seedUnits();
        List<String> accounts = new ArrayList<>(List.of("3510", "5011", "6110"));
        accounts.addAll(newAccounts(7100, 120));
        Period december = new Period(2025, 12);
        figures.saveActuals(List.of(line(OVERFORMYNDAR, "5011", new Period(2025, 11), "77.00")));
        List<AmountLine> lines = new ArrayList<>();
        for (UnitCode unit : units) {
            for (String account : accounts) {
                lines.add(line(unit, account, december, "2.00"));
                lines.add(line(unit, account, JANUARY, "-1.00"));
            }
        }
        assertThat(2 * units.size() * accounts.size()).isGreaterThan(2_000); // rows of the two years: the bulk path
        List<Map<String, Object>> before = actualRows();
        long id = start("dec-jan.csv", ImportKind.ACTUALS_CSV);

        actuals.replace(id, new TreeSet<>(units), Set.of(december, JANUARY), lines);

        assertThat(jdbc.queryForObject(
                        "SELECT CONCAT(COUNT(*), '/', SUM(amount)) FROM actual_amount"
                                + " WHERE period_year = 2025 AND period_month = 12",
                        String.class))
                .isEqualTo(
                        lines.size() / 2 + "/" + new BigDecimal("2.00").multiply(BigDecimal.valueOf(lines.size() / 2)));
        assertThat(actuals.totals(Set.of(OVERFORMYNDAR), Set.of(JANUARY)))
                .hasEntrySatisfying(
                        OVERFORMYNDAR, sum -> assertThat(sum).isEqualByComparingTo(String.valueOf(-accounts.size())));
        assertThat(actuals.totals(Set.of(OVERFORMYNDAR), Set.of(new Period(2025, 11))))
                .hasEntrySatisfying(OVERFORMYNDAR, sum -> assertThat(sum).isEqualByComparingTo("77.00"));
        assertThat(actual(OVERFORMYNDAR, FEBRUARY)).isNotZero(); // February 2026 of the seed kept

        actuals.undo(id);

        assertThat(actualRows()).isEqualTo(before);
    }

    @Test
    void a_whole_years_ledger_is_replaced_by_a_corrected_one_and_undone() {
        List<String> accounts = newAccounts(4000, 60);
        Set<UnitCode> units = new TreeSet<>(
                SeedKommun.organisation().units().stream().map(u -> u.code()).toList());
        Set<Period> year = new TreeSet<>();
        for (int month = 1; month <= 12; month++) {
            year.add(new Period(2026, month));
        }
        List<AmountLine> ledger = new ArrayList<>();
        List<AmountLine> corrected = new ArrayList<>();
        for (UnitCode unit : units) {
            for (Period period : year) {
                for (String account : accounts) {
                    ledger.add(line(unit, account, period, "10.00"));
                    corrected.add(line(unit, account, period, "11.00"));
                }
            }
        }
        long first = start("huvudbok.se", ImportKind.SIE);
        actuals.replace(first, units, year, ledger);
        long second = start("huvudbok-rättad.se", ImportKind.SIE);
        actuals.replace(second, units, year, corrected);
        assertThat(actuals.totals(Set.of(OVERFORMYNDAR), year))
                .hasEntrySatisfying(OVERFORMYNDAR, sum -> assertThat(sum).isEqualByComparingTo("7920")); // 12·60·11
        actuals.undo(second);

        assertThat(ledger).hasSizeGreaterThan(10_000);
        assertThat(actuals.totals(Set.of(OVERFORMYNDAR), year))
                .hasEntrySatisfying(OVERFORMYNDAR, sum -> assertThat(sum).isEqualByComparingTo("7200"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM actual_amount", Integer.class))
                .isEqualTo(ledger.size());
    }
}
