package se.ekonomiuppfoljning.persistence.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.ekonomiuppfoljning.testdata.SeedKommun.IT;
import static se.ekonomiuppfoljning.testdata.SeedKommun.OVERFORMYNDAR;
import static se.ekonomiuppfoljning.testdata.SeedKommun.TIA;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import se.ekonomiuppfoljning.imports.ImportKind;
import se.ekonomiuppfoljning.persistence.PersistenceTest;

/** Replacing the actuals of an import's units and months ({@link ImportedActuals}), small sets. */
@PersistenceTest
class ImportedActualsTest extends ImportTestSupport {

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
        actuals.replace(
                id,
                Set.of(OVERFORMYNDAR, IT),
                Set.of(JANUARY, FEBRUARY),
                List.of(line(IT, "5011", FEBRUARY, "100.00")));

        assertThat(actuals.totals(Set.of(OVERFORMYNDAR, IT), Set.of(JANUARY, FEBRUARY)))
                .containsOnlyKeys(IT)
                .hasEntrySatisfying(IT, sum -> assertThat(sum).isEqualByComparingTo("100.00"));
    }

    @Test
    void two_lines_of_the_same_unit_account_and_month_add_up() {
        long id = start("dubbel.csv", ImportKind.ACTUALS_CSV);
        actuals.replace(
                id,
                Set.of(OVERFORMYNDAR),
                Set.of(FEBRUARY),
                List.of(
                        line(OVERFORMYNDAR, "5011", FEBRUARY, "100.25"),
                        line(OVERFORMYNDAR, "5011", FEBRUARY, "-0.25")));

        assertThat(actual(OVERFORMYNDAR, FEBRUARY)).isEqualByComparingTo("100.00");
    }

    @Test
    void a_line_outside_the_imports_units_or_months_is_refused_through_the_port_before_anything_changes() {
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
    void no_units_or_no_periods_give_no_totals() {
        assertThat(actuals.totals(Set.of(), Set.of(FEBRUARY))).isEmpty();
        assertThat(actuals.totals(Set.of(OVERFORMYNDAR), Set.of())).isEmpty();
        assertThat(budgets.totals(Set.of(), 2026)).isEmpty();
    }
}
