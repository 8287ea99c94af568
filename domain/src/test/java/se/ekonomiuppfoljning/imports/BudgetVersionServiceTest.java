package se.ekonomiuppfoljning.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KLS;
import static se.ekonomiuppfoljning.testdata.SeedKommun.OVERFORMYNDAR;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.testdata.SeedKommun;

/** The budget versions kept by budget imports and their comparison, within the caller's scope. */
class BudgetVersionServiceTest extends ImportServicesFixture {

    @Test
    void a_budget_import_keeps_the_earlier_budget_as_a_version() {
        ledger.importFile(
                "budget.csv", ImportKind.BUDGET_CSV, text("ansvar;konto;period;belopp\n1150;5011;2026-01;100\n"));
        ledger.importFile(
                "budget2.csv", ImportKind.BUDGET_CSV, text("ansvar;konto;period;belopp\n1150;5011;2026-01;250\n"));

        assertThat(imports.budgetTotals(java.util.Set.of(OVERFORMYNDAR), 2026).get(OVERFORMYNDAR))
                .isEqualByComparingTo("250");
        assertThat(budgetVersions.budgetVersions(2026)).singleElement().satisfies(v -> {
            assertThat(v.storedName()).isNull(); // worded by the page from its import: file and time
            assertThat(v.importFile()).isEqualTo("budget2.csv");
            assertThat(v.total()).isEqualByComparingTo("100");
        });
    }

    @Test
    void an_administrator_without_the_economist_role_reads_no_budget_version_nor_its_figures() {
        ledger.importFile("b1.csv", ImportKind.BUDGET_CSV, text("ansvar;konto;period;belopp\n1150;5011;2026-01;100\n"));
        ledger.importFile("b2.csv", ImportKind.BUDGET_CSV, text("ansvar;konto;period;belopp\n1150;5011;2026-01;250\n"));
        BudgetVersion kept = budgetVersions.budgetVersions(2026).get(0);

        caller.set(SeedKommun.admin("admin"));
        assertThat(budgetVersions.budgetVersions(2026)).isEmpty();
        assertThat(budgetVersions.compareBudgetVersion(kept)).isEmpty();
    }

    @Test
    void an_economist_sees_budget_versions_and_comparisons_of_their_scope_only() {
        ledger.importFile(
                "b1.csv",
                ImportKind.BUDGET_CSV,
                text("ansvar;konto;period;belopp\n1150;5011;2026-01;100\n2110;5011;2026-01;7000\n"));
        ledger.importFile(
                "b2.csv",
                ImportKind.BUDGET_CSV,
                text("ansvar;konto;period;belopp\n1150;5011;2026-01;250\n2110;5011;2026-01;9000\n"));
        ledger.importFile("sbf.csv", ImportKind.BUDGET_CSV, text("ansvar;konto;period;belopp\n2110;5011;2026-01;1\n"));
        // before b1: nothing, so no version; before b2: b1's budget; before sbf.csv: b2's budget of 2110
        assertThat(budgetVersions.budgetVersions(2026))
                .extracting(v -> v.importFile() + " " + v.total().toPlainString())
                .containsExactly("b2.csv 7100.00", "sbf.csv 9000.00");

        caller.set(SeedKommun.economist("martin", KLS));
        List<BudgetVersion> versions = budgetVersions.budgetVersions(2026);
        assertThat(versions)
                .extracting(v -> v.importFile() + " " + v.total().toPlainString())
                .containsExactly("b2.csv 100.00");
        assertThat(budgetVersions.compareBudgetVersion(versions.get(0)))
                .extracting(c -> c.unit().value() + " " + c.version().toPlainString() + " "
                        + c.current().toPlainString())
                .containsExactly("1150 100.00 250.00");
        BudgetVersion sbfsVersion = imports.budgetVersions(2026).stream()
                .filter(v -> v.importFile().equals("sbf.csv"))
                .findFirst()
                .orElseThrow();
        assertThat(budgetVersions.compareBudgetVersion(sbfsVersion))
                .extracting(c -> c.unit().value())
                .isEmpty();
    }

    // issue 12.15: a version is an earlier budget; an import onto a year without one keeps none ("0" before)

    @Test
    void an_import_onto_a_year_without_budget_keeps_no_version_and_its_undo_empties_the_year_again() {
        var first = ledger.importFile(
                "budget.csv", ImportKind.BUDGET_CSV, text("ansvar;konto;period;belopp\n1150;5011;2026-01;100\n"));
        assertThat(budgetVersions.budgetVersions(2026)).isEmpty();

        history.undo(first.record().id());
        assertThat(imports.budgetTotals(java.util.Set.of(OVERFORMYNDAR), 2026)).isEmpty();
    }
}
