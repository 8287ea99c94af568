package se.ekonomiuppfoljning.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ekonomiuppfoljning.imports.ImportTexts.assertThatRefused;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KLS;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KOMMUN;

import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.testdata.SeedKommun;

/** The import history and undo, each within the caller's scope. */
class ImportHistoryServiceTest extends ImportServicesFixture {

    @Test
    void the_last_import_of_a_period_can_be_undone_but_not_an_earlier_one() {
        ImportRecord first = ledger.importFile("utfall.csv", ImportKind.ACTUALS_CSV, text(ACTUALS))
                .record();
        ImportRecord second = ledger.importFile(
                        "rättad.csv", ImportKind.ACTUALS_CSV, text("ansvar;konto;period;belopp\n1150;5011;2026-02;1\n"))
                .record();

        assertThatRefused(() -> history.undo(first.id()))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("en senare import gäller samma perioder");
        history.undo(second.id());
        assertThat(imports.actuals).hasSize(2);
        assertThat(imports.find(second.id()).orElseThrow().undone()).isTrue();
    }

    @Test
    void an_economist_sees_and_undoes_only_imports_of_their_scope() {
        ImportRecord sbf = ledger.importFile(
                        "sbf.csv", ImportKind.ACTUALS_CSV, text("ansvar;konto;period;belopp\n2110;5011;2026-02;5\n"))
                .record();
        ImportRecord kls = ledger.importFile("kls.csv", ImportKind.ACTUALS_CSV, text(ACTUALS))
                .record();

        caller.set(SeedKommun.economist("martin", KLS));
        assertThat(history.history()).extracting(ImportRecord::fileName).containsExactly("kls.csv");
        assertThatRefused(() -> history.undo(sbf.id()))
                .isInstanceOf(ImportException.class)
                .hasMessageEndingWith(
                        "importen av sbf.csv kan inte ångras av dig: den gäller 1 enhet utanför ditt ansvarsområde");
        assertThat(imports.find(sbf.id()).orElseThrow().undone()).isFalse();
        history.undo(kls.id());
        assertThat(imports.find(kls.id()).orElseThrow().undone()).isTrue();

        caller.set(SeedKommun.admin("admin"));
        assertThat(history.history()).extracting(ImportRecord::fileName).containsExactly("kls.csv", "sbf.csv");
    }

    @Test
    void anUndoneImportIsAuditedAndARefusedUndoDoesNotNameTheUnitsOutsideTheScope() {
        ImportRecord both = ledger.importFile(
                        "both.csv",
                        ImportKind.ACTUALS_CSV,
                        text(
                                "ansvar;konto;period;belopp\n2110;5011;2026-03;5\n2120;5011;2026-03;5\n1150;5011;2026-03;5\n"))
                .record();
        caller.set(SeedKommun.economist("martin", KLS));
        assertThatRefused(() -> history.undo(both.id()))
                .isInstanceOf(ImportException.class)
                .hasMessageEndingWith(
                        "importen av both.csv kan inte ångras av dig: den gäller 2 enheter utanför ditt ansvarsområde")
                .satisfies(
                        e -> assertThat(e.getMessage()).doesNotContain("2110").doesNotContain("2120"));
        caller.set(SeedKommun.economist("kommunekonom", KOMMUN));
        history.undo(both.id());
        assertThat(audit.entriesFor(ImportHistoryService.AUDIT_IMPORT, Long.toString(both.id())))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.username()).isEqualTo("kommunekonom");
                    assertThat(e.before()).startsWith("fil=both.csv\n");
                    assertThat(e.after()).isEqualTo("ångrad");
                });
    }
}
