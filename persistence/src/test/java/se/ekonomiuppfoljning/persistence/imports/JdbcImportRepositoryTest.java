package se.ekonomiuppfoljning.persistence.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.ekonomiuppfoljning.testdata.SeedKommun.IT;
import static se.ekonomiuppfoljning.testdata.SeedKommun.OVERFORMYNDAR;
import static se.ekonomiuppfoljning.testdata.SeedKommun.TIA;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.jdbc.core.JdbcTemplate;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.followup.AmountLine;
import se.ekonomiuppfoljning.followup.FigureRepository;
import se.ekonomiuppfoljning.imports.BudgetVersion;
import se.ekonomiuppfoljning.imports.ImportKind;
import se.ekonomiuppfoljning.imports.ImportRecord;
import se.ekonomiuppfoljning.imports.ImportRepository;
import se.ekonomiuppfoljning.imports.KommunIdentity;
import se.ekonomiuppfoljning.organisation.Account;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.persistence.PersistenceTest;
import se.ekonomiuppfoljning.persistence.StoredSeed;
import se.ekonomiuppfoljning.testdata.SeedKommun;

@PersistenceTest
class JdbcImportRepositoryTest {

    private static final Period JANUARY = new Period(2026, 1);
    private static final Period FEBRUARY = new Period(2026, 2);
    private static final Period MARCH = new Period(2026, 3);
    private static final Instant AT = Instant.parse("2026-03-05T08:15:30.123Z");

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    FigureRepository figures;

    @Autowired
    ImportRepository imports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate namedJdbc;

    @BeforeEach
    void storeTheSeed() {
        StoredSeed.store(organisations, figures, new Account("6110", "Kontorsmateriel"));
    }

    private long start(String fileName, ImportKind kind) {
        return imports.startImport(
                new ImportRecord(0, "eva", AT, fileName, "ab".repeat(32), kind, "2026-02", 2, "sparad", false));
    }

    private static AmountLine line(UnitCode unit, String account, Period period, String kronor) {
        return new AmountLine(unit, account, period, new BigDecimal(kronor));
    }

    private List<Map<String, Object>> actualRows() {
        return jdbc.queryForList("SELECT unit_code, account_code, period_year, period_month, amount FROM actual_amount"
                + " ORDER BY unit_code, account_code, period_year, period_month");
    }

    private List<Map<String, Object>> budgetRows() {
        return jdbc.queryForList("SELECT unit_code, account_code, period_year, period_month, amount FROM budget_amount"
                + " ORDER BY unit_code, account_code, period_year, period_month");
    }

    /** Stores accounts {@code first} to {@code first + count - 1} (not in the seed's chart); their codes, sorted. */
    private List<String> newAccounts(int first, int count) {
        List<String> codes = java.util.stream.IntStream.range(first, first + count)
                .mapToObj(String::valueOf)
                .toList();
        insertAccounts(codes);
        return codes;
    }

    private void insertAccounts(List<String> codes) {
        jdbc.batchUpdate("INSERT INTO account (code, name) VALUES (?, ?)", codes, 1000, (ps, code) -> {
            ps.setString(1, code);
            ps.setString(2, "Konto " + code);
        });
    }

    /** The seed's unit codes, sorted. */
    private static List<UnitCode> seedUnits() {
        return SeedKommun.organisation().units().stream()
                .map(u -> u.code())
                .sorted()
                .toList();
    }

    private BigDecimal actual(UnitCode unit, Period period) {
        return imports.actualTotals(Set.of(unit), Set.of(period)).getOrDefault(unit, BigDecimal.ZERO);
    }

    private long replaceFebruaryOfOverformyndarAndIt(String fileName, String kronor) {
        long id = start(fileName, ImportKind.ACTUALS_CSV);
        imports.replaceActuals(
                id,
                Set.of(OVERFORMYNDAR, IT),
                Set.of(FEBRUARY),
                List.of(line(OVERFORMYNDAR, "6110", FEBRUARY, kronor), line(IT, "5011", FEBRUARY, "100.00")));
        return id;
    }

    @Test
    void importing_the_same_actuals_twice_leaves_the_same_figures() {
        replaceFebruaryOfOverformyndarAndIt("feb.csv", "1234.50");
        List<Map<String, Object>> once = actualRows();

        replaceFebruaryOfOverformyndarAndIt("feb.csv", "1234.50");

        assertThat(actualRows()).isEqualTo(once);
        assertThat(actual(OVERFORMYNDAR, FEBRUARY)).isEqualByComparingTo("1234.50");
    }

    @Test
    void a_corrected_file_replaces_its_units_months_and_leaves_other_months_and_units_alone() {
        BigDecimal januaryBefore = actual(OVERFORMYNDAR, JANUARY);
        BigDecimal tiaFebruaryBefore = actual(TIA, FEBRUARY);

        replaceFebruaryOfOverformyndarAndIt("feb.csv", "1234.50");
        replaceFebruaryOfOverformyndarAndIt("feb-rättad.csv", "999.00");

        assertThat(jdbc.queryForList(
                        "SELECT account_code FROM actual_amount WHERE unit_code = '1150'"
                                + " AND period_year = 2026 AND period_month = 2",
                        String.class))
                .containsExactly("6110");
        assertThat(actual(OVERFORMYNDAR, FEBRUARY)).isEqualByComparingTo("999.00");
        assertThat(actual(IT, FEBRUARY)).isEqualByComparingTo("100.00");
        assertThat(actual(OVERFORMYNDAR, JANUARY))
                .isEqualByComparingTo(januaryBefore)
                .isEqualByComparingTo("35546");
        assertThat(actual(TIA, FEBRUARY))
                .isEqualByComparingTo(tiaFebruaryBefore)
                .isEqualByComparingTo("1309088");
    }

    @Test
    void a_unit_and_month_of_the_import_without_lines_is_emptied() {
        long id = start("feb.csv", ImportKind.ACTUALS_CSV);
        imports.replaceActuals(
                id,
                Set.of(OVERFORMYNDAR, IT),
                Set.of(JANUARY, FEBRUARY),
                List.of(line(IT, "5011", FEBRUARY, "100.00")));

        assertThat(imports.actualTotals(Set.of(OVERFORMYNDAR, IT), Set.of(JANUARY, FEBRUARY)))
                .containsOnlyKeys(IT)
                .hasEntrySatisfying(IT, sum -> assertThat(sum).isEqualByComparingTo("100.00"));
    }

    @Test
    void two_lines_of_the_same_unit_account_and_month_add_up() {
        long id = start("dubbel.csv", ImportKind.ACTUALS_CSV);
        imports.replaceActuals(
                id,
                Set.of(OVERFORMYNDAR),
                Set.of(FEBRUARY),
                List.of(
                        line(OVERFORMYNDAR, "5011", FEBRUARY, "100.25"),
                        line(OVERFORMYNDAR, "5011", FEBRUARY, "-0.25")));

        assertThat(actual(OVERFORMYNDAR, FEBRUARY)).isEqualByComparingTo("100.00");
    }

    @Test
    void a_line_outside_the_imports_units_or_months_is_refused_before_anything_changes() {
        List<Map<String, Object>> before = actualRows();
        long id = start("fel.csv", ImportKind.ACTUALS_CSV);

        assertThatThrownBy(() -> imports.replaceActuals(
                        id,
                        Set.of(OVERFORMYNDAR),
                        Set.of(FEBRUARY),
                        List.of(line(OVERFORMYNDAR, "5011", MARCH, "1.00"))))
                .isInstanceOf(InvalidDataAccessApiUsageException.class)
                .hasMessageContaining("outside the import");
        assertThat(actualRows()).isEqualTo(before);
    }

    @Test
    void undoing_an_import_restores_exactly_the_rows_it_replaced() {
        List<Map<String, Object>> before = actualRows();
        long id = replaceFebruaryOfOverformyndarAndIt("feb.csv", "1234.50");
        assertThat(actualRows()).isNotEqualTo(before);

        imports.undo(id);

        assertThat(actualRows()).isEqualTo(before);
        assertThat(imports.find(id))
                .hasValueSatisfying(r -> assertThat(r.undone()).isTrue());
        assertThatThrownBy(() -> imports.undo(id))
                .isInstanceOf(InvalidDataAccessApiUsageException.class)
                .hasMessageContaining("already undone");
    }

    @Test
    void a_later_import_of_the_same_month_is_undone_first_and_then_the_earlier_one() {
        List<Map<String, Object>> original = actualRows();
        long first = replaceFebruaryOfOverformyndarAndIt("feb.csv", "1234.50");
        List<Map<String, Object>> afterFirst = actualRows();
        long second = replaceFebruaryOfOverformyndarAndIt("feb-rättad.csv", "999.00");

        assertThat(imports.hasLaterImportOfSamePeriods(first)).isTrue();
        assertThat(imports.hasLaterImportOfSamePeriods(second)).isFalse();

        imports.undo(second);
        assertThat(actualRows()).isEqualTo(afterFirst);
        assertThat(imports.hasLaterImportOfSamePeriods(first)).isFalse();

        imports.undo(first);
        assertThat(actualRows()).isEqualTo(original);
    }

    @Test
    void imports_of_other_months_or_of_the_budget_do_not_block_undoing_an_actuals_import() {
        long february = replaceFebruaryOfOverformyndarAndIt("feb.csv", "1234.50");
        long march = start("mar.csv", ImportKind.ACTUALS_CSV);
        imports.replaceActuals(
                march, Set.of(OVERFORMYNDAR), Set.of(MARCH), List.of(line(OVERFORMYNDAR, "5011", MARCH, "5.00")));
        long budget = start("budget.csv", ImportKind.BUDGET_CSV);
        imports.replaceBudget(
                budget,
                2026,
                Set.of(OVERFORMYNDAR),
                List.of(line(OVERFORMYNDAR, "5011", JANUARY, "1.00")),
                "Före import av budget.csv",
                "eva");

        assertThat(imports.hasLaterImportOfSamePeriods(february)).isFalse();

        long budgetAgain = start("budget2.csv", ImportKind.BUDGET_CSV);
        imports.replaceBudget(
                budgetAgain,
                2026,
                Set.of(IT),
                List.of(line(IT, "5011", JANUARY, "1.00")),
                "Före import av budget2.csv",
                "eva");
        assertThat(imports.hasLaterImportOfSamePeriods(budget)).isTrue();
    }

    @Test
    void replacing_the_budget_keeps_the_earlier_budget_as_a_version_with_its_total() {
        Map<UnitCode, BigDecimal> annualBefore = imports.budgetTotals(Set.of(OVERFORMYNDAR, IT), 2026);
        long id = start("budget.csv", ImportKind.BUDGET_CSV);

        imports.replaceBudget(
                id,
                2026,
                Set.of(OVERFORMYNDAR, IT),
                List.of(
                        line(OVERFORMYNDAR, "5011", JANUARY, "1000.00"),
                        line(OVERFORMYNDAR, "5011", MARCH, "500.00"),
                        line(IT, "6110", FEBRUARY, "250.00")),
                "Före import av budget.csv 2026-03-05 09:15",
                "eva");

        assertThat(imports.budgetTotals(Set.of(OVERFORMYNDAR, IT, TIA), 2026))
                .containsEntry(OVERFORMYNDAR, new BigDecimal("1500.00"))
                .containsEntry(IT, new BigDecimal("250.00"))
                .containsEntry(TIA, new BigDecimal("17922831.00"));
        List<BudgetVersion> versions = imports.budgetVersions(2026);
        assertThat(versions).singleElement().satisfies(v -> {
            assertThat(v.name()).isEqualTo("Före import av budget.csv 2026-03-05 09:15");
            assertThat(v.createdBy()).isEqualTo("eva");
            assertThat(v.createdAt()).isEqualTo(AT);
            assertThat(v.year()).isEqualTo(2026);
            assertThat(v.importId()).isEqualTo(id);
            assertThat(v.total()).isEqualByComparingTo("11421414"); // 2 580 186 + 8 841 228
        });
        assertThat(imports.budgetVersionTotals(versions.get(0).id())).isEqualTo(annualBefore);
        assertThat(imports.budgetVersions(2025)).isEmpty();
    }

    @Test
    void undoing_a_budget_import_puts_back_the_earlier_budget_of_its_units() {
        List<Map<String, Object>> before = budgetRows();
        long id = start("budget.csv", ImportKind.BUDGET_CSV);
        imports.replaceBudget(
                id,
                2026,
                Set.of(OVERFORMYNDAR, IT),
                List.of(line(OVERFORMYNDAR, "6110", JANUARY, "1000.00")),
                "Före import av budget.csv",
                "eva");

        imports.undo(id);

        assertThat(budgetRows()).isEqualTo(before);
    }

    @Test
    void an_import_of_both_actuals_and_budget_is_undone_as_a_whole() {
        List<Map<String, Object>> actualsBefore = actualRows();
        List<Map<String, Object>> budgetBefore = budgetRows();
        long id = start("huvudbok.se", ImportKind.SIE);
        imports.replaceActuals(
                id, Set.of(OVERFORMYNDAR), Set.of(FEBRUARY), List.of(line(OVERFORMYNDAR, "5011", FEBRUARY, "7.00")));
        imports.replaceBudget(id, 2026, Set.of(IT), List.of(line(IT, "5011", MARCH, "8.00")), "Före import", "eva");

        imports.undo(id);

        assertThat(actualRows()).isEqualTo(actualsBefore);
        assertThat(budgetRows()).isEqualTo(budgetBefore);
    }

    @Test
    void the_totals_are_summed_per_unit_over_the_periods_and_the_year() {
        assertThat(imports.actualTotals(Set.of(OVERFORMYNDAR, IT), Set.of(JANUARY, FEBRUARY)))
                .containsOnlyKeys(OVERFORMYNDAR, IT)
                .hasEntrySatisfying(OVERFORMYNDAR, sum -> assertThat(sum).isEqualByComparingTo("444829"))
                .hasEntrySatisfying(IT, sum -> assertThat(sum).isEqualByComparingTo("301661"));
        assertThat(imports.actualTotals(Set.of(OVERFORMYNDAR), Set.of(FEBRUARY, new Period(2025, 12))))
                .hasEntrySatisfying(OVERFORMYNDAR, sum -> assertThat(sum).isEqualByComparingTo("409283"));
        assertThat(imports.budgetTotals(Set.of(OVERFORMYNDAR, IT), 2026))
                .hasEntrySatisfying(OVERFORMYNDAR, sum -> assertThat(sum).isEqualByComparingTo("2580186"))
                .hasEntrySatisfying(IT, sum -> assertThat(sum).isEqualByComparingTo("8841228"));
        assertThat(imports.budgetTotals(Set.of(OVERFORMYNDAR), 2025)).isEmpty();
    }

    @Test
    void totals_of_many_units_read_the_whole_year_and_keep_only_the_units_asked_for() {
        ImportRepository wholeYear = new JdbcImportRepository(namedJdbc, 1);
        Set<UnitCode> two = Set.of(OVERFORMYNDAR, IT);
        assertThat(wholeYear.actualTotals(two, Set.of(JANUARY, FEBRUARY)))
                .isEqualTo(imports.actualTotals(two, Set.of(JANUARY, FEBRUARY)))
                .containsOnlyKeys(OVERFORMYNDAR, IT);
        assertThat(wholeYear.budgetTotals(two, 2026))
                .isEqualTo(imports.budgetTotals(two, 2026))
                .hasSize(2);
        assertThat(wholeYear.actualTotals(Set.of(OVERFORMYNDAR), Set.of(FEBRUARY)))
                .containsOnlyKeys(OVERFORMYNDAR);
    }

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
                    keys[i] = se.ekonomiuppfoljning.imports.AmountLines.key(u, a, p);
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
        var lines = se.ekonomiuppfoljning.imports.AmountLines.of(units, accounts, year, keys, ore, null);
        long id = start("huvudbok.se", ImportKind.SIE);
        imports.replaceActuals(id, new java.util.TreeSet<>(units), new java.util.TreeSet<>(year), lines);

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
    @org.junit.jupiter.params.ParameterizedTest(name = "compact lines: {0}")
    @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
    void a_large_import_of_some_months_keeps_the_other_months_of_its_rows_and_is_undone_exactly(boolean compact) {
        List<String> accounts = new ArrayList<>(List.of("3510", "5011", "6110"));
        accounts.addAll(newAccounts(7000, 60));
        java.util.Collections.sort(accounts);
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
                    keys[i] = se.ekonomiuppfoljning.imports.AmountLines.key(u, a, p);
                    ore[i] = (i * 7919L % 200_001) - 100_000;
                    generic.add(new AmountLine(
                            units.get(u), accounts.get(a), months.get(p), BigDecimal.valueOf(ore[i], 2)));
                    i++;
                }
            }
        }
        assertThat(count).isGreaterThan(2_000); // the bulk path
        List<AmountLine> lines = compact
                ? se.ekonomiuppfoljning.imports.AmountLines.of(units, accounts, months, keys, ore, null)
                : generic;
        String january = "SELECT unit_code, account_code, amount FROM actual_amount WHERE period_year = 2026"
                + " AND period_month = 1 ORDER BY unit_code, account_code";
        List<Map<String, Object>> januaryBefore = jdbc.queryForList(january);
        assertThat(januaryBefore).isNotEmpty();
        List<Map<String, Object>> before = actualRows();

        long id = start("feb-apr.se", ImportKind.SIE);
        imports.replaceActuals(id, new java.util.TreeSet<>(units), new java.util.TreeSet<>(months), lines);

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

        imports.undo(id);

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
        assertThatThrownBy(() -> imports.replaceActuals(
                        refused, new java.util.TreeSet<>(units), Set.of(new Period(2027, 1)), lines))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class)
                .hasMessageContaining("no account 8000");

        insertAccounts(accounts);
        long saved = start("jan-2027.csv", ImportKind.ACTUALS_CSV);
        imports.replaceActuals(saved, new java.util.TreeSet<>(units), Set.of(new Period(2027, 1)), lines);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM actual_amount WHERE period_year = 2027", Integer.class))
                .isEqualTo(lines.size());
        assertThat(jdbc.queryForObject("SELECT @@SESSION.foreign_key_checks", Integer.class))
                .isEqualTo(1);
        assertThatThrownBy(() -> jdbc.update("INSERT INTO actual_year (period_year, unit_code, account_code, m01)"
                        + " VALUES (2027, '1150', '9999', 1.00)"))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    /** A large budget goes in with LOAD DATA (a line per month), compact or not, to the öre. */
    @org.junit.jupiter.params.ParameterizedTest(name = "compact lines: {0}")
    @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
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
            keys[i] = se.ekonomiuppfoljning.imports.AmountLines.key(u, a, p);
            ore[i] = i % 3 == 0 ? -(i * 31L) - 7 : i * 1_000_003L;
            generic.add(new AmountLine(units.get(u), accounts.get(a), year.get(p), BigDecimal.valueOf(ore[i], 2)));
            total = total.add(BigDecimal.valueOf(ore[i], 2));
        }
        assertThat(count).isGreaterThan(2_000);
        List<AmountLine> lines = compact
                ? se.ekonomiuppfoljning.imports.AmountLines.of(units, accounts, year, keys, ore, null)
                : generic;

        imports.replaceBudget(
                start("budget-2027.csv", ImportKind.BUDGET_CSV),
                2027,
                new java.util.TreeSet<>(units),
                lines,
                "Före import",
                "eva");

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

        assertThatThrownBy(() -> imports.replaceActuals(
                        id, new java.util.TreeSet<>(units), Set.of(new Period(2027, 1), new Period(2027, 2)), lines))
                .isInstanceOf(InvalidDataAccessApiUsageException.class)
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

        imports.replaceActuals(id, new java.util.TreeSet<>(units), Set.of(december, JANUARY), lines);

        assertThat(jdbc.queryForObject(
                        "SELECT CONCAT(COUNT(*), '/', SUM(amount)) FROM actual_amount"
                                + " WHERE period_year = 2025 AND period_month = 12",
                        String.class))
                .isEqualTo(
                        lines.size() / 2 + "/" + new BigDecimal("2.00").multiply(BigDecimal.valueOf(lines.size() / 2)));
        assertThat(imports.actualTotals(Set.of(OVERFORMYNDAR), Set.of(JANUARY)))
                .hasEntrySatisfying(
                        OVERFORMYNDAR, sum -> assertThat(sum).isEqualByComparingTo(String.valueOf(-accounts.size())));
        assertThat(imports.actualTotals(Set.of(OVERFORMYNDAR), Set.of(new Period(2025, 11))))
                .hasEntrySatisfying(OVERFORMYNDAR, sum -> assertThat(sum).isEqualByComparingTo("77.00"));
        assertThat(actual(OVERFORMYNDAR, FEBRUARY)).isNotZero(); // February 2026 of the seed kept

        imports.undo(id);

        assertThat(actualRows()).isEqualTo(before);
    }

    @Test
    void no_units_or_no_periods_give_no_totals() {
        assertThat(imports.actualTotals(Set.of(), Set.of(FEBRUARY))).isEmpty();
        assertThat(imports.actualTotals(Set.of(OVERFORMYNDAR), Set.of())).isEmpty();
        assertThat(imports.budgetTotals(Set.of(), 2026)).isEmpty();
    }

    @Test
    void the_kommun_identity_is_stored_once_and_can_be_corrected() {
        assertThat(imports.kommun()).isEmpty();

        imports.saveKommun(new KommunIdentity("Exempelby kommun", "212000-9994"));
        imports.saveKommun(new KommunIdentity("Exempelby kommun", "2120009994"));

        assertThat(imports.kommun()).contains(new KommunIdentity("Exempelby kommun", "2120009994"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM kommun", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void the_history_lists_the_newest_import_first_with_what_was_recorded() {
        long first = start("jan.csv", ImportKind.ACTUALS_CSV);
        long second = start("huvudbok.se", ImportKind.SIE);

        assertThat(imports.history()).extracting(ImportRecord::id).containsExactly(second, first);
        assertThat(imports.find(second))
                .contains(new ImportRecord(
                        second,
                        "eva",
                        AT,
                        "huvudbok.se",
                        "ab".repeat(32),
                        ImportKind.SIE,
                        "2026-02",
                        2,
                        "sparad",
                        false));
        assertThat(imports.find(second + 1000)).isEmpty();
    }

    @Test
    void a_whole_years_ledger_is_replaced_by_a_corrected_one_and_undone() {
        List<String> accounts = newAccounts(4000, 60);
        Set<UnitCode> units = new java.util.TreeSet<>(
                SeedKommun.organisation().units().stream().map(u -> u.code()).toList());
        Set<Period> year = new java.util.TreeSet<>();
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
        imports.replaceActuals(first, units, year, ledger);
        long second = start("huvudbok-rättad.se", ImportKind.SIE);
        imports.replaceActuals(second, units, year, corrected);
        assertThat(imports.actualTotals(Set.of(OVERFORMYNDAR), year))
                .hasEntrySatisfying(OVERFORMYNDAR, sum -> assertThat(sum).isEqualByComparingTo("7920")); // 12·60·11
        imports.undo(second);

        assertThat(ledger).hasSizeGreaterThan(10_000);
        assertThat(imports.actualTotals(Set.of(OVERFORMYNDAR), year))
                .hasEntrySatisfying(OVERFORMYNDAR, sum -> assertThat(sum).isEqualByComparingTo("7200"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM actual_amount", Integer.class))
                .isEqualTo(ledger.size());
    }
}
