package se.ekonomiuppfoljning.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ekonomiuppfoljning.imports.ImportTexts.assertThatRefused;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KLS;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KOMMUN;
import static se.ekonomiuppfoljning.testdata.SeedKommun.OVERFORMYNDAR;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.followup.AmountLine;
import se.ekonomiuppfoljning.imports.sie.SieFixtures;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.PermissionDeniedException;
import se.ekonomiuppfoljning.testdata.SeedKommun;

/** Ledger imports: preview, confirm, the file checks and who may import figures. */
class LedgerImportServiceTest extends ImportServicesFixture {

    @Test
    void the_shared_fixture_previews_4100_january_with_the_expected_actual_and_budget() throws IOException {
        Path dir = SieFixtures.directory();
        Assumptions.assumeTrue(dir != null, "../shared/fixtures/sie is absent: the fixture test is skipped");
        ImportPreview preview;
        try (InputStream in = Files.newInputStream(dir.resolve("exempel-sietyp3.se"))) {
            preview = ledger.preview("exempel-sietyp3.se", ImportKind.SIE, in, b -> {});
        }
        assertThat(preview.periods()).containsExactly(new Period(2026, 1));
        assertThat(preview.unknownUnits())
                .containsExactly(new ImportPreview.UnknownUnit(UnitCode.of("4100"), "Förskola Solrosen", 16));
        ImportPreview.UnitComparison unit = preview.units().get(0);
        assertThat(unit.fileActual()).isEqualByComparingTo("46000");
        assertThat(unit.fileBudget()).isEqualByComparingTo("49000");
        assertThat(preview.accounts())
                .extracting(a -> a.code() + "|" + a.name() + "|" + a.known() + "|"
                        + a.fileActual().toPlainString() + "|" + a.fileBudget().toPlainString())
                .containsExactly(
                        "3111|Taxor och avgifter|false|-14000.00|-15000.00",
                        "5011|Månadslön \"fast\"|false|60000.00|64000.00");
        assertThat(preview.file().companyName()).isEqualTo("Exempelby kommun");
        assertThat(preview.file().sha256()).hasSize(64);

        ledger.confirm(preview, Map.of(UnitCode.of("4100"), KOMMUN));
        assertThat(organisation.load().require(UnitCode.of("4100")).parent()).isEqualTo(KOMMUN);
        assertThat(imports.kommun()).contains(new KommunIdentity("Exempelby kommun", "212000-9994"));
        assertThat(organisation.accounts.get("5011").name()).isEqualTo("Månadslön \"fast\"");
    }

    @Test
    void the_preview_saves_nothing_and_compares_with_what_is_stored() {
        imports.actuals.add(new AmountLine(OVERFORMYNDAR, "5011", new Period(2026, 2), new BigDecimal("100.00")));
        ImportPreview preview = ledger.preview("utfall.csv", ImportKind.ACTUALS_CSV, text(ACTUALS), b -> {});

        assertThat(preview.units()).singleElement().satisfies(u -> {
            assertThat(u.fileActual()).isEqualByComparingTo("408282.50");
            assertThat(u.currentActual()).isEqualByComparingTo("100");
        });
        assertThat(imports.history()).isEmpty();
        assertThat(imports.actuals).hasSize(1);
    }

    @Test
    void importing_the_same_file_twice_changes_nothing_and_a_corrected_file_replaces_the_months() {
        ledger.importFile("utfall.csv", ImportKind.ACTUALS_CSV, text(ACTUALS));
        ledger.importFile("utfall.csv", ImportKind.ACTUALS_CSV, text(ACTUALS));
        assertThat(imports.actuals).hasSize(2);

        ledger.importFile(
                "rättad.csv", ImportKind.ACTUALS_CSV, text("ansvar;konto;period;belopp\n1150;5011;2026-02;1\n"));
        assertThat(imports.actuals)
                .containsExactly(new AmountLine(OVERFORMYNDAR, "5011", new Period(2026, 2), new BigDecimal("1.00")));
        assertThat(imports.history())
                .hasSize(3)
                .first()
                .extracting(ImportRecord::fileName)
                .isEqualTo("rättad.csv");
    }

    @Test
    void a_chief_or_a_politician_may_not_import() {
        caller.set(SeedKommun.chief("eva", OVERFORMYNDAR));
        assertThatRefused(() -> ledger.preview("u.csv", ImportKind.ACTUALS_CSV, text(ACTUALS), b -> {}))
                .isInstanceOf(PermissionDeniedException.class);
        caller.set(SeedKommun.politician("anna", SeedKommun.KS));
        assertThatRefused(() -> history.history()).isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void an_economist_imports_only_units_in_their_scope() {
        caller.set(SeedKommun.economist("martin", KLS));
        ledger.importFile("u.csv", ImportKind.ACTUALS_CSV, text(ACTUALS));
        assertThatRefused(() -> ledger.importFile(
                        "sbf.csv", ImportKind.ACTUALS_CSV, text("ansvar;konto;period;belopp\n2110;5011;2026-02;5\n")))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("utanför ditt ansvarsområde: [2110]");
    }

    @Test
    void unknown_codes_must_be_placed_and_the_api_refuses_them_listing_all() {
        String csv = "ansvar;konto;period;belopp\n9001;5011;2026-02;5\n9002;5011;2026-02;5\n";
        assertThatRefused(() -> ledger.importFile("nya.csv", ImportKind.ACTUALS_CSV, text(csv)))
                .isInstanceOfSatisfying(
                        ImportException.class,
                        e -> assertThat(e.problems())
                                .extracting(ImportTexts::swedish)
                                .containsExactly(
                                        "nya.csv, rad 2, fält \"ansvar\": okänd ansvarskod 9001 (9001); importera organisationen först",
                                        "nya.csv, rad 3, fält \"ansvar\": okänd ansvarskod 9002 (9002); importera organisationen först"));
        ImportPreview preview = ledger.preview("nya.csv", ImportKind.ACTUALS_CSV, text(csv), b -> {});
        assertThatRefused(() -> ledger.confirm(preview, Map.of(UnitCode.of("9001"), KLS)))
                .hasMessageContaining("rad 3")
                .hasMessageContaining("ansvar 9002 (9002) finns inte i organisationen");
        assertThat(imports.actuals).isEmpty();
    }

    @Test
    void a_file_of_another_organisation_number_is_refused() {
        imports.saveKommun(new KommunIdentity("Exempelby kommun", "212000-9994"));
        String sie = "#FLAGGA 0\n#SIETYP 3\n#FNAMN \"Annan kommun\"\n#ORGNR 212000-0001\n#RAR 0 20260101 20261231\n"
                + "#KONTO 5011 Lön\n#PSALDO 0 202601 5011 {1 \"1150\"} 10.00\n";
        assertThatRefused(() -> ledger.preview("annan.se", ImportKind.SIE, text(sie), b -> {}))
                .hasMessage("annan.se: filen gäller organisationsnummer 212000-0001 (Annan kommun) men portalen är för "
                        + "Exempelby kommun, 212000-9994");
    }

    @Test
    void a_sie_file_booking_on_an_account_it_does_not_name_is_refused_at_the_first_line_that_uses_it() {
        String sie = "#FLAGGA 0\n#SIETYP 4\n#RAR 0 20260101 20261231\n#KONTO 5011 Lön\n"
                + "#VER A 1 20260115\n{\n#TRANS 5011 {1 \"1150\"} 10.00\n#TRANS 7999 {1 \"1150\"} -10.00\n}\n"
                + "#PSALDO 0 202602 7998 {1 \"1150\"} 5.00\n";
        assertThatRefused(() -> ledger.preview("huvudbok.se", ImportKind.SIE, text(sie), b -> {}))
                .isInstanceOfSatisfying(
                        ImportException.class,
                        e -> assertThat(e.problems())
                                .extracting(ImportTexts::swedish)
                                .containsExactly(
                                        "huvudbok.se, rad 10, fält \"konto\": kontot 7998 har belopp men finns varken i filens #KONTO eller i portalens kontoplan",
                                        "huvudbok.se, rad 8, fält \"konto\": kontot 7999 har belopp men finns varken i filens #KONTO eller i portalens kontoplan"));
        assertThat(imports.actuals).isEmpty();
    }

    @Test
    void a_200_mb_file_is_refused_after_reading_little_more_than_the_limit() {
        long size = 200L * 1024 * 1024;
        java.util.concurrent.atomic.AtomicLong served = new java.util.concurrent.atomic.AtomicLong();
        InputStream csv = generated(size, "ansvar;konto;period;belopp\n", "1150;5011;2026-02;1\n", served);
        assertThatRefused(() -> ledger.preview("stor.csv", ImportKind.ACTUALS_CSV, csv, b -> {}))
                .hasMessageContaining("större än gränsen");
        assertThat(served.get()).as("bytes read of the 200 MB CSV").isLessThan(1024 * 1024);

        served.set(0);
        InputStream sie = generated(
                size,
                "#FLAGGA 0\n#SIETYP 3\n#RAR 0 20260101 20261231\n#KONTO 5011 Lön\n",
                "#PSALDO 0 202602 5011 {1 \"1150\"} 1.00\n",
                served);
        assertThatRefused(() -> ledger.preview("stor.se", ImportKind.SIE, sie, b -> {}))
                .hasMessageContaining("större än gränsen");
        assertThat(served.get()).as("bytes read of the 200 MB SIE file").isLessThan(1024 * 1024);
        assertThat(imports.actuals).isEmpty();
    }

    @Test
    void a_file_larger_than_the_limit_is_refused_while_it_streams() {
        String big = "ansvar;konto;period;belopp\n" + "1150;5011;2026-02;1\n".repeat(1000);
        assertThatRefused(() -> ledger.preview("stor.csv", ImportKind.ACTUALS_CSV, text(big), b -> {}))
                .hasMessageContaining("större än gränsen");
    }

    @Test
    void a_file_without_amounts_per_unit_is_refused() {
        assertThatRefused(() -> ledger.preview(
                        "tom.csv", ImportKind.ACTUALS_CSV, text("ansvar;konto;period;belopp\n"), b -> {}))
                .hasMessage("tom.csv: filen innehåller inga belopp per ansvar (dimension 1) att importera");
    }

    @Test
    void a_sum_larger_than_the_portal_can_store_is_refused_naming_the_unit_account_and_month() {
        String csv = "ansvar;konto;period;belopp\n1150;5011;2026-02;9999999999999,99\n1150;5011;2026-02;0,01\n"
                + "1150;3510;2026-02;-9999999999999,99\n";
        assertThatRefused(() -> ledger.preview("stora.csv", ImportKind.ACTUALS_CSV, text(csv), b -> {}))
                .isInstanceOf(ImportException.class)
                .hasMessage(
                        "stora.csv, fält \"belopp\": summan för ansvar 1150, konto 5011,"
                                + " 2026-02 är 10000000000000,00 kr, mer än portalen kan lagra (högst 9 999 999 999 999,99 kr)");
        assertThat(imports.history()).isEmpty();
    }

    @Test
    void a_sie_4_file_and_a_sie_3_file_with_the_same_money_give_the_same_amounts() {
        String sie3 = "#FLAGGA 0\n#SIETYP 3\n#RAR 0 20260101 20261231\n#KONTO 5011 Lön\n#KONTO 1930 Bank\n"
                + "#PSALDO 0 202601 5011 {} 150.00\n#PSALDO 0 202601 5011 {1 \"1150\"} 150.00\n"
                + "#PSALDO 0 202602 5011 {1 \"1150\"} 70.25\n";
        String sie4 = "#FLAGGA 0\n#SIETYP 4\n#RAR 0 20260101 20261231\n#KONTO 5011 Lön\n#KONTO 1930 Bank\n"
                + "#VER A 1 20260115\n{\n#TRANS 5011 {1 \"1150\"} 100.00\n#TRANS 1930 {} -100.00\n}\n"
                + "#VER A 2 20260131\n{\n#TRANS 5011 {1 \"1150\"} 50.00\n#TRANS 1930 {} -50.00\n}\n"
                + "#VER A 3 20260203\n{\n#TRANS 5011 {1 \"1150\"} 70.25\n#TRANS 1930 {} -70.25\n}\n";
        List<AmountLine> fromSie3 = ledger.preview("typ3.se", ImportKind.SIE, text(sie3), b -> {})
                .file()
                .actuals();
        List<AmountLine> fromSie4 = ledger.preview("typ4.se", ImportKind.SIE, text(sie4), b -> {})
                .file()
                .actuals();
        assertThat(fromSie4).isEqualTo(fromSie3).hasSize(2);
    }

    @Test
    void an_actuals_file_naming_sbf_in_lower_case_updates_sbf_and_cannot_be_placed_as_a_new_unit_under_kls() {
        String csv = "ansvar;konto;period;belopp\nsbf;5011;2026-02;777\n";
        ImportPreview preview = ledger.preview("sbf.csv", ImportKind.ACTUALS_CSV, text(csv), b -> {});
        assertThat(preview.unknownUnits()).isEmpty();
        assertThat(preview.units())
                .extracting(u -> u.unit().value() + " " + u.known())
                .containsExactly("SBF true");
        ledger.confirm(preview, Map.of(UnitCode.of("sbf"), KLS));
        assertThat(organisation.load().require(SeedKommun.SBF).parent()).isEqualTo(KOMMUN);
        assertThat(imports.actuals)
                .extracting(l -> l.unit().value() + " " + l.amount())
                .contains("SBF 777.00");
    }

    @Test
    void anAdministratorWithoutTheEconomistRoleCannotImportTheOrganisationOrFigures() {
        caller.set(SeedKommun.admin("admin"));
        assertThatRefused(() ->
                        organisationImport.previewOrganisation("org.csv", text(HEADER + "1120;IT-avdelningen;KLS;\n")))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatRefused(() -> ledger.importFile("u.csv", ImportKind.ACTUALS_CSV, text(ACTUALS)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(ledger.mayImport()).isFalse();
        assertThat(history.history()).isEmpty(); // reading the history stays
    }

    // issue 12.15: the preview's "now" at the file's grain, and every problem of a file listed

    @Test
    void the_preview_of_a_months_actuals_shows_the_budget_the_portal_holds_for_that_month() {
        Period march = new Period(2026, 3);
        imports.budget.add(new AmountLine(OVERFORMYNDAR, "5011", march, new BigDecimal("135602.06")));
        imports.budget.add(new AmountLine(OVERFORMYNDAR, "6420", march, new BigDecimal("83110.94")));
        imports.budget.add(new AmountLine(OVERFORMYNDAR, "5011", new Period(2026, 4), new BigDecimal("135602.06")));
        ImportPreview preview = ledger.preview(
                "utfall-mars.csv",
                ImportKind.ACTUALS_CSV,
                text("ansvar;konto;period;belopp\n1150;5011;2026-03;200000\n"),
                b -> {});

        assertThat(preview.units()).singleElement().satisfies(u -> {
            assertThat(u.fileBudget()).isEqualByComparingTo("0");
            assertThat(u.currentBudget()).isEqualByComparingTo("218713.00");
        });
    }

    @Test
    void the_preview_of_a_budget_compares_with_the_years_budget_it_replaces() {
        imports.budget.add(new AmountLine(OVERFORMYNDAR, "5011", new Period(2026, 3), new BigDecimal("100.00")));
        imports.budget.add(new AmountLine(OVERFORMYNDAR, "5011", new Period(2026, 4), new BigDecimal("50.00")));
        ImportPreview preview = ledger.preview(
                "budget.csv",
                ImportKind.BUDGET_CSV,
                text("ansvar;konto;period;belopp\n1150;5011;2026-03;7\n"),
                b -> {});

        assertThat(preview.units().get(0).currentBudget()).isEqualByComparingTo("150");
    }

    @Test
    void an_unknown_unit_is_listed_beside_the_files_other_errors() {
        String csv = "ansvar;konto;period;belopp\n1150;5011;2026-02;1,234\n9001;5011;2026-02;5\n";
        assertThat(problems(() -> ledger.preview("fel.csv", ImportKind.ACTUALS_CSV, text(csv), b -> {})))
                .containsExactly(
                        "fel.csv, rad 2, fält \"belopp\": beloppet ska vara kronor med högst två decimaler, var \"1,234\"",
                        "fel.csv, rad 3, fält \"ansvar\": ansvar 9001 (9001) finns inte i organisationen; välj var det ska ligga");
        assertThat(problems(() -> ledger.importFile("fel.csv", ImportKind.ACTUALS_CSV, text(csv))))
                .containsExactly(
                        "fel.csv, rad 2, fält \"belopp\": beloppet ska vara kronor med högst två decimaler, var \"1,234\"",
                        "fel.csv, rad 3, fält \"ansvar\": okänd ansvarskod 9001 (9001); importera organisationen först");
    }

    @Test
    void a_budget_over_two_years_and_an_unknown_unit_are_both_listed() {
        String csv = "ansvar;konto;period;belopp\n1150;5011;2026-02;1\n9001;5011;2027-02;5\n";
        assertThat(problems(() -> ledger.preview("budget.csv", ImportKind.BUDGET_CSV, text(csv), b -> {})))
                .hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("[2026, 2027]"))
                .anySatisfy(p -> assertThat(p).contains("rad 3, fält \"ansvar\": ansvar 9001 (9001)"));
        assertThat(imports.history()).isEmpty();
    }
}
