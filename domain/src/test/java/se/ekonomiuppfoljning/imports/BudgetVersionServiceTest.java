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
        assertThat(budgetVersions.budgetVersions(2026)).hasSize(2).last().satisfies(v -> {
            assertThat(v.name()).isEqualTo("Före import av budget2.csv 2026-03-02 09:00");
            assertThat(v.total()).isEqualByComparingTo("100");
        });
    }

    @Test
    void an_administrator_without_the_economist_role_reads_no_budget_version_nor_its_figures() {
        ledger.importFile("b1.csv", ImportKind.BUDGET_CSV, text("ansvar;konto;period;belopp\n1150;5011;2026-01;100\n"));
        ledger.importFile("b2.csv", ImportKind.BUDGET_CSV, text("ansvar;konto;period;belopp\n1150;5011;2026-01;250\n"));
        BudgetVersion kept = budgetVersions.budgetVersions(2026).get(1);

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
        // before b1: nothing; before b2: b1's budget; before sbf.csv: b2's budget of 2110
        assertThat(budgetVersions.budgetVersions(2026))
                .extracting(v -> v.total().toPlainString())
                .containsExactly("0", "7100.00", "9000.00");

        caller.set(SeedKommun.economist("martin", KLS));
        List<BudgetVersion> versions = budgetVersions.budgetVersions(2026);
        assertThat(versions)
                .extracting(v -> v.name().substring(0, "Före import av b2.csv".length()) + " "
                        + v.total().toPlainString())
                .containsExactly("Före import av b1.csv 0", "Före import av b2.csv 100.00");
        assertThat(budgetVersions.compareBudgetVersion(versions.get(1)))
                .extracting(c -> c.unit().value() + " " + c.version().toPlainString() + " "
                        + c.current().toPlainString())
                .containsExactly("1150 100.00 250.00");
        BudgetVersion sbfsVersion = imports.budgetVersions(2026).stream()
                .filter(v -> v.name().contains("sbf.csv"))
                .findFirst()
                .orElseThrow();
        assertThat(budgetVersions.compareBudgetVersion(sbfsVersion))
                .extracting(c -> c.unit().value())
                .isEmpty();
    }
}
