package se.ekonomiuppfoljning.persistence.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ekonomiuppfoljning.testdata.SeedKommun.IT;
import static se.ekonomiuppfoljning.testdata.SeedKommun.OVERFORMYNDAR;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.imports.ImportKind;
import se.ekonomiuppfoljning.imports.ImportRepository;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.persistence.PersistenceTest;

/** The port as one bean: its parts together in one transaction, and the totals either way they are read. */
@PersistenceTest
class JdbcImportRepositoryTest extends ImportTestSupport {

    @Test
    void an_import_of_both_actuals_and_budget_is_undone_as_a_whole() {
        List<Map<String, Object>> actualsBefore = actualRows();
        List<Map<String, Object>> budgetBefore = budgetRows();
        long id = start("huvudbok.se", ImportKind.SIE);
        imports.replaceActuals(
                id, Set.of(OVERFORMYNDAR), Set.of(FEBRUARY), List.of(line(OVERFORMYNDAR, "5011", FEBRUARY, "7.00")));
        imports.replaceBudget(id, 2026, Set.of(IT), List.of(line(IT, "5011", MARCH, "8.00")), "eva");

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
}
