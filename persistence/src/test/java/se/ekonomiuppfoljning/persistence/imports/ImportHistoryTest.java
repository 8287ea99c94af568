package se.ekonomiuppfoljning.persistence.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.ekonomiuppfoljning.testdata.SeedKommun.IT;
import static se.ekonomiuppfoljning.testdata.SeedKommun.OVERFORMYNDAR;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import se.ekonomiuppfoljning.imports.ImportKind;
import se.ekonomiuppfoljning.imports.ImportRecord;
import se.ekonomiuppfoljning.persistence.PersistenceTest;

/** The history of imports, what each touched, and which may be undone ({@link ImportHistory}). */
@PersistenceTest
class ImportHistoryTest extends ImportTestSupport {

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
                budget, 2026, Set.of(OVERFORMYNDAR), List.of(line(OVERFORMYNDAR, "5011", JANUARY, "1.00")), "eva");

        assertThat(imports.hasLaterImportOfSamePeriods(february)).isFalse();

        long budgetAgain = start("budget2.csv", ImportKind.BUDGET_CSV);
        imports.replaceBudget(budgetAgain, 2026, Set.of(IT), List.of(line(IT, "5011", JANUARY, "1.00")), "eva");
        assertThat(imports.hasLaterImportOfSamePeriods(budget)).isTrue();
    }
}
