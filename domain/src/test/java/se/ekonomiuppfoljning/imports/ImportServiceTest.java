package se.ekonomiuppfoljning.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ekonomiuppfoljning.imports.ImportTexts.assertThatRefused;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KLS;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KOMMUN;
import static se.ekonomiuppfoljning.testdata.SeedKommun.OVERFORMYNDAR;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.followup.AmountLine;
import se.ekonomiuppfoljning.imports.sie.SieFixtures;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.PermissionDeniedException;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.testdata.InMemoryAuditLog;
import se.ekonomiuppfoljning.testdata.InMemoryImports;
import se.ekonomiuppfoljning.testdata.InMemoryOrganisation;
import se.ekonomiuppfoljning.testdata.SeedKommun;

class ImportServiceTest {

    private final InMemoryOrganisation organisation = new InMemoryOrganisation(SeedKommun.organisation());
    private final InMemoryImports imports = new InMemoryImports();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    /** An economist of the root: the whole kommun. */
    private final AtomicReference<UserAccount> caller =
            new AtomicReference<>(SeedKommun.economist("kommunekonom", KOMMUN));

    private final ImportService service = new ImportService(
            organisation,
            imports,
            audit,
            caller::get,
            Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneId.of("Europe/Stockholm")),
            10_000);

    private static InputStream text(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }

    private static final String ACTUALS =
            "ansvar;konto;period;belopp\n1150;5011;2026-02;409283\n1150;3510;2026-02;-1000,50\n";

    @Test
    void the_shared_fixture_previews_4100_january_with_the_expected_actual_and_budget() throws IOException {
        Path dir = SieFixtures.directory();
        Assumptions.assumeTrue(dir != null, "../shared/fixtures/sie is absent: the fixture test is skipped");
        ImportPreview preview;
        try (InputStream in = Files.newInputStream(dir.resolve("exempel-sietyp3.se"))) {
            preview = service.preview("exempel-sietyp3.se", ImportKind.SIE, in, b -> {});
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

        service.confirm(preview, Map.of(UnitCode.of("4100"), KOMMUN));
        assertThat(organisation.load().require(UnitCode.of("4100")).parent()).isEqualTo(KOMMUN);
        assertThat(imports.kommun()).contains(new KommunIdentity("Exempelby kommun", "212000-9994"));
        assertThat(organisation.accounts.get("5011").name()).isEqualTo("Månadslön \"fast\"");
    }

    @Test
    void the_preview_saves_nothing_and_compares_with_what_is_stored() {
        imports.actuals.add(new AmountLine(OVERFORMYNDAR, "5011", new Period(2026, 2), new BigDecimal("100.00")));
        ImportPreview preview = service.preview("utfall.csv", ImportKind.ACTUALS_CSV, text(ACTUALS), b -> {});

        assertThat(preview.units()).singleElement().satisfies(u -> {
            assertThat(u.fileActual()).isEqualByComparingTo("408282.50");
            assertThat(u.currentActual()).isEqualByComparingTo("100");
        });
        assertThat(imports.history()).isEmpty();
        assertThat(imports.actuals).hasSize(1);
    }

    @Test
    void importing_the_same_file_twice_changes_nothing_and_a_corrected_file_replaces_the_months() {
        service.importFile("utfall.csv", ImportKind.ACTUALS_CSV, text(ACTUALS));
        service.importFile("utfall.csv", ImportKind.ACTUALS_CSV, text(ACTUALS));
        assertThat(imports.actuals).hasSize(2);

        service.importFile(
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
    void the_last_import_of_a_period_can_be_undone_but_not_an_earlier_one() {
        ImportRecord first = service.importFile("utfall.csv", ImportKind.ACTUALS_CSV, text(ACTUALS))
                .record();
        ImportRecord second = service.importFile(
                        "rättad.csv", ImportKind.ACTUALS_CSV, text("ansvar;konto;period;belopp\n1150;5011;2026-02;1\n"))
                .record();

        assertThatRefused(() -> service.undo(first.id()))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("en senare import gäller samma perioder");
        service.undo(second.id());
        assertThat(imports.actuals).hasSize(2);
        assertThat(imports.find(second.id()).orElseThrow().undone()).isTrue();
    }

    @Test
    void an_economist_sees_and_undoes_only_imports_of_their_scope() {
        ImportRecord sbf = service.importFile(
                        "sbf.csv", ImportKind.ACTUALS_CSV, text("ansvar;konto;period;belopp\n2110;5011;2026-02;5\n"))
                .record();
        ImportRecord kls = service.importFile("kls.csv", ImportKind.ACTUALS_CSV, text(ACTUALS))
                .record();

        caller.set(SeedKommun.economist("martin", KLS));
        assertThat(service.history()).extracting(ImportRecord::fileName).containsExactly("kls.csv");
        assertThatRefused(() -> service.undo(sbf.id()))
                .isInstanceOf(ImportException.class)
                .hasMessageEndingWith(
                        "importen av sbf.csv kan inte ångras av dig: den gäller 1 enhet utanför ditt ansvarsområde");
        assertThat(imports.find(sbf.id()).orElseThrow().undone()).isFalse();
        service.undo(kls.id());
        assertThat(imports.find(kls.id()).orElseThrow().undone()).isTrue();

        caller.set(SeedKommun.admin("admin"));
        assertThat(service.history()).extracting(ImportRecord::fileName).containsExactly("kls.csv", "sbf.csv");
    }

    @Test
    void a_budget_import_keeps_the_earlier_budget_as_a_version() {
        service.importFile(
                "budget.csv", ImportKind.BUDGET_CSV, text("ansvar;konto;period;belopp\n1150;5011;2026-01;100\n"));
        service.importFile(
                "budget2.csv", ImportKind.BUDGET_CSV, text("ansvar;konto;period;belopp\n1150;5011;2026-01;250\n"));

        assertThat(imports.budgetTotals(java.util.Set.of(OVERFORMYNDAR), 2026).get(OVERFORMYNDAR))
                .isEqualByComparingTo("250");
        assertThat(service.budgetVersions(2026)).hasSize(2).last().satisfies(v -> {
            assertThat(v.name()).isEqualTo("Före import av budget2.csv 2026-03-02 09:00");
            assertThat(v.total()).isEqualByComparingTo("100");
        });
    }

    @Test
    void an_administrator_without_the_economist_role_reads_no_budget_version_nor_its_figures() {
        service.importFile(
                "b1.csv", ImportKind.BUDGET_CSV, text("ansvar;konto;period;belopp\n1150;5011;2026-01;100\n"));
        service.importFile(
                "b2.csv", ImportKind.BUDGET_CSV, text("ansvar;konto;period;belopp\n1150;5011;2026-01;250\n"));
        BudgetVersion kept = service.budgetVersions(2026).get(1);

        caller.set(SeedKommun.admin("admin"));
        assertThat(service.budgetVersions(2026)).isEmpty();
        assertThat(service.compareBudgetVersion(kept)).isEmpty();
    }

    @Test
    void an_economist_sees_budget_versions_and_comparisons_of_their_scope_only() {
        service.importFile(
                "b1.csv",
                ImportKind.BUDGET_CSV,
                text("ansvar;konto;period;belopp\n1150;5011;2026-01;100\n2110;5011;2026-01;7000\n"));
        service.importFile(
                "b2.csv",
                ImportKind.BUDGET_CSV,
                text("ansvar;konto;period;belopp\n1150;5011;2026-01;250\n2110;5011;2026-01;9000\n"));
        service.importFile("sbf.csv", ImportKind.BUDGET_CSV, text("ansvar;konto;period;belopp\n2110;5011;2026-01;1\n"));
        // before b1: nothing; before b2: b1's budget; before sbf.csv: b2's budget of 2110
        assertThat(service.budgetVersions(2026))
                .extracting(v -> v.total().toPlainString())
                .containsExactly("0", "7100.00", "9000.00");

        caller.set(SeedKommun.economist("martin", KLS));
        List<BudgetVersion> versions = service.budgetVersions(2026);
        assertThat(versions)
                .extracting(v -> v.name().substring(0, "Före import av b2.csv".length()) + " "
                        + v.total().toPlainString())
                .containsExactly("Före import av b1.csv 0", "Före import av b2.csv 100.00");
        assertThat(service.compareBudgetVersion(versions.get(1)))
                .extracting(c -> c.unit().value() + " " + c.version().toPlainString() + " "
                        + c.current().toPlainString())
                .containsExactly("1150 100.00 250.00");
        BudgetVersion sbfsVersion = imports.budgetVersions(2026).stream()
                .filter(v -> v.name().contains("sbf.csv"))
                .findFirst()
                .orElseThrow();
        assertThat(service.compareBudgetVersion(sbfsVersion))
                .extracting(c -> c.unit().value())
                .isEmpty();
    }

    @Test
    void a_chief_or_a_politician_may_not_import() {
        caller.set(SeedKommun.chief("eva", OVERFORMYNDAR));
        assertThatRefused(() -> service.preview("u.csv", ImportKind.ACTUALS_CSV, text(ACTUALS), b -> {}))
                .isInstanceOf(PermissionDeniedException.class);
        caller.set(SeedKommun.politician("anna", SeedKommun.KS));
        assertThatRefused(() -> service.history()).isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void an_economist_imports_only_units_in_their_scope() {
        caller.set(SeedKommun.economist("martin", KLS));
        service.importFile("u.csv", ImportKind.ACTUALS_CSV, text(ACTUALS));
        assertThatRefused(() -> service.importFile(
                        "sbf.csv", ImportKind.ACTUALS_CSV, text("ansvar;konto;period;belopp\n2110;5011;2026-02;5\n")))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("utanför ditt ansvarsområde: [2110]");
    }

    @Test
    void unknown_codes_must_be_placed_and_the_api_refuses_them_listing_all() {
        String csv = "ansvar;konto;period;belopp\n9001;5011;2026-02;5\n9002;5011;2026-02;5\n";
        assertThatRefused(() -> service.importFile("nya.csv", ImportKind.ACTUALS_CSV, text(csv)))
                .isInstanceOfSatisfying(
                        ImportException.class,
                        e -> assertThat(e.problems())
                                .extracting(ImportTexts::swedish)
                                .containsExactly(
                                        "nya.csv, rad 2, fält \"ansvar\": okänd ansvarskod 9001 (9001); importera organisationen först",
                                        "nya.csv, rad 3, fält \"ansvar\": okänd ansvarskod 9002 (9002); importera organisationen först"));
        ImportPreview preview = service.preview("nya.csv", ImportKind.ACTUALS_CSV, text(csv), b -> {});
        assertThatRefused(() -> service.confirm(preview, Map.of(UnitCode.of("9001"), KLS)))
                .hasMessageContaining("rad 3")
                .hasMessageContaining("ansvar 9002 (9002) finns inte i organisationen");
        assertThat(imports.actuals).isEmpty();
    }

    @Test
    void a_file_of_another_organisation_number_is_refused() {
        imports.saveKommun(new KommunIdentity("Exempelby kommun", "212000-9994"));
        String sie = "#FLAGGA 0\n#SIETYP 3\n#FNAMN \"Annan kommun\"\n#ORGNR 212000-0001\n#RAR 0 20260101 20261231\n"
                + "#KONTO 5011 Lön\n#PSALDO 0 202601 5011 {1 \"1150\"} 10.00\n";
        assertThatRefused(() -> service.preview("annan.se", ImportKind.SIE, text(sie), b -> {}))
                .hasMessage("annan.se: filen gäller organisationsnummer 212000-0001 (Annan kommun) men portalen är för "
                        + "Exempelby kommun, 212000-9994");
    }

    @Test
    void a_sie_file_booking_on_an_account_it_does_not_name_is_refused_at_the_first_line_that_uses_it() {
        String sie = "#FLAGGA 0\n#SIETYP 4\n#RAR 0 20260101 20261231\n#KONTO 5011 Lön\n"
                + "#VER A 1 20260115\n{\n#TRANS 5011 {1 \"1150\"} 10.00\n#TRANS 7999 {1 \"1150\"} -10.00\n}\n"
                + "#PSALDO 0 202602 7998 {1 \"1150\"} 5.00\n";
        assertThatRefused(() -> service.preview("huvudbok.se", ImportKind.SIE, text(sie), b -> {}))
                .isInstanceOfSatisfying(
                        ImportException.class,
                        e -> assertThat(e.problems())
                                .extracting(ImportTexts::swedish)
                                .containsExactly(
                                        "huvudbok.se, rad 10, fält \"konto\": kontot 7998 har belopp men finns varken i filens #KONTO eller i portalens kontoplan",
                                        "huvudbok.se, rad 8, fält \"konto\": kontot 7999 har belopp men finns varken i filens #KONTO eller i portalens kontoplan"));
        assertThat(imports.actuals).isEmpty();
    }

    /** A file of {@code size} bytes, generated as it is read: a header, then the row again and again. */
    private static InputStream generated(
            long size, String header, String row, java.util.concurrent.atomic.AtomicLong served) {
        byte[] head = header.getBytes(StandardCharsets.UTF_8);
        byte[] body = row.getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            @Override
            public int read() {
                long at = served.get();
                if (at >= size) {
                    return -1;
                }
                served.incrementAndGet();
                return at < head.length ? head[(int) at] : body[(int) ((at - head.length) % body.length)];
            }
        };
    }

    @Test
    void a_200_mb_file_is_refused_after_reading_little_more_than_the_limit() {
        long size = 200L * 1024 * 1024;
        java.util.concurrent.atomic.AtomicLong served = new java.util.concurrent.atomic.AtomicLong();
        InputStream csv = generated(size, "ansvar;konto;period;belopp\n", "1150;5011;2026-02;1\n", served);
        assertThatRefused(() -> service.preview("stor.csv", ImportKind.ACTUALS_CSV, csv, b -> {}))
                .hasMessageContaining("större än gränsen");
        assertThat(served.get()).as("bytes read of the 200 MB CSV").isLessThan(1024 * 1024);

        served.set(0);
        InputStream sie = generated(
                size,
                "#FLAGGA 0\n#SIETYP 3\n#RAR 0 20260101 20261231\n#KONTO 5011 Lön\n",
                "#PSALDO 0 202602 5011 {1 \"1150\"} 1.00\n",
                served);
        assertThatRefused(() -> service.preview("stor.se", ImportKind.SIE, sie, b -> {}))
                .hasMessageContaining("större än gränsen");
        assertThat(served.get()).as("bytes read of the 200 MB SIE file").isLessThan(1024 * 1024);
        assertThat(imports.actuals).isEmpty();
    }

    @Test
    void a_file_larger_than_the_limit_is_refused_while_it_streams() {
        String big = "ansvar;konto;period;belopp\n" + "1150;5011;2026-02;1\n".repeat(1000);
        assertThatRefused(() -> service.preview("stor.csv", ImportKind.ACTUALS_CSV, text(big), b -> {}))
                .hasMessageContaining("större än gränsen");
    }

    @Test
    void the_organisation_csv_creates_and_updates_units_and_unknown_committees_with_a_warning() {
        ImportService.OrganisationImportResult result = service.importOrganisation(
                "org.csv",
                text(
                        "kod;namn;överordnad;nämnd\n1150;Överförmyndarverksamhet;KLS;\n3000;Socialförvaltningen;EXB;SN\n"));
        assertThat(result.created()).isEqualTo(1);
        assertThat(result.updated()).isEqualTo(1);
        assertThat(result.newCommittees()).containsExactly("SN");
        assertThat(result.warnings())
                .extracting(ImportTexts::swedish)
                .containsExactly(
                        "org.csv, rad 3, fält \"nämnd\": nämnden SN fanns inte och skapades med koden som namn");
        assertThat(organisation.load().require(OVERFORMYNDAR).name()).isEqualTo("Överförmyndarverksamhet");
        assertThat(organisation
                        .load()
                        .committee(se.ekonomiuppfoljning.organisation.CommitteeCode.of("SN"))
                        .orElseThrow()
                        .name())
                .isEqualTo("SN");
    }

    @Test
    void the_organisation_preview_says_what_would_change_and_saves_nothing_until_confirmed() {
        OrganisationPreview preview = service.previewOrganisation(
                "org.csv",
                text("kod;namn;överordnad;nämnd\n"
                        + "1150;Överförmyndarverksamhet;KLS;\n1120;IT;KLS;\n3000;Socialförvaltningen;EXB;SN\n"));

        assertThat(preview.created()).isEqualTo(1);
        assertThat(preview.changed()).isEqualTo(1);
        assertThat(preview.unchanged()).isEqualTo(1);
        assertThat(preview.changes())
                .extracting(c -> c.code().value() + " " + c.kind() + " "
                        + c.differences().stream().map(ImportTexts::text).toList())
                .containsExactly(
                        "1150 CHANGED [namn: Överförmyndarvht → Överförmyndarverksamhet]",
                        "1120 UNCHANGED []",
                        "3000 NEW []");
        assertThat(preview.warnings())
                .extracting(ImportTexts::message)
                .containsExactly("nämnden SN finns inte och skapas med koden som namn");
        assertThat(organisation.load().require(OVERFORMYNDAR).name()).isEqualTo("Överförmyndarvht");
        assertThat(organisation.load().unit(UnitCode.of("3000"))).isEmpty();

        ImportService.OrganisationImportResult saved = service.confirmOrganisation(preview);

        assertThat(saved.created()).isEqualTo(1);
        assertThat(organisation.load().require(OVERFORMYNDAR).name()).isEqualTo("Överförmyndarverksamhet");
        assertThat(organisation.load().require(UnitCode.of("3000")).parent()).isEqualTo(UnitCode.of("EXB"));
    }

    @Test
    void an_organisation_csv_that_breaks_the_tree_saves_nothing() {
        assertThatRefused(() -> service.importOrganisation(
                        "org.csv", text("kod;namn;överordnad;nämnd\nA;A;B;\n\nB;B;A;\nC;C;X;\n")))
                .isInstanceOfSatisfying(
                        ImportException.class,
                        e -> assertThat(e.problems())
                                .extracting(ImportTexts::swedish)
                                .containsExactly(
                                        "org.csv, rad 2, fält \"överordnad\": organisationen blir inte ett träd: enhet A ligger under sig själv",
                                        "org.csv, rad 4, fält \"överordnad\": organisationen blir inte ett träd: enhet B ligger under sig själv",
                                        "org.csv, rad 5, fält \"överordnad\": organisationen blir inte ett träd: enhet C har en okänd överordnad X"));
        assertThat(organisation.load().unit(UnitCode.of("A"))).isEmpty();
    }

    @Test
    void a_file_without_amounts_per_unit_is_refused() {
        assertThatRefused(() -> service.preview(
                        "tom.csv", ImportKind.ACTUALS_CSV, text("ansvar;konto;period;belopp\n"), b -> {}))
                .hasMessage("tom.csv: filen innehåller inga belopp per ansvar (dimension 1) att importera");
    }

    @Test
    void a_sum_larger_than_the_portal_can_store_is_refused_naming_the_unit_account_and_month() {
        String csv = "ansvar;konto;period;belopp\n1150;5011;2026-02;9999999999999,99\n1150;5011;2026-02;0,01\n"
                + "1150;3510;2026-02;-9999999999999,99\n";
        assertThatRefused(() -> service.preview("stora.csv", ImportKind.ACTUALS_CSV, text(csv), b -> {}))
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
        List<AmountLine> fromSie3 = service.preview("typ3.se", ImportKind.SIE, text(sie3), b -> {})
                .file()
                .actuals();
        List<AmountLine> fromSie4 = service.preview("typ4.se", ImportKind.SIE, text(sie4), b -> {})
                .file()
                .actuals();
        assertThat(fromSie4).isEqualTo(fromSie3).hasSize(2);
    }

    @Test
    void an_actuals_file_naming_sbf_in_lower_case_updates_sbf_and_cannot_be_placed_as_a_new_unit_under_kls() {
        String csv = "ansvar;konto;period;belopp\nsbf;5011;2026-02;777\n";
        ImportPreview preview = service.preview("sbf.csv", ImportKind.ACTUALS_CSV, text(csv), b -> {});
        assertThat(preview.unknownUnits()).isEmpty();
        assertThat(preview.units())
                .extracting(u -> u.unit().value() + " " + u.known())
                .containsExactly("SBF true");
        service.confirm(preview, Map.of(UnitCode.of("sbf"), KLS));
        assertThat(organisation.load().require(SeedKommun.SBF).parent()).isEqualTo(KOMMUN);
        assertThat(imports.actuals)
                .extracting(l -> l.unit().value() + " " + l.amount())
                .contains("SBF 777.00");
    }

    // issue 10: who may change the organisation

    private static final String HEADER = "kod;namn;överordnad;nämnd\n";

    private List<String> problems(Runnable attempt) {
        try {
            attempt.run();
        } catch (ImportException e) {
            return e.problems().stream().map(ImportTexts::swedish).toList();
        }
        throw new AssertionError("the file was not refused");
    }

    @Test
    void anEconomistCannotMoveAnotherCommitteesUnitIntoTheirScopeThroughAnOrganisationFile() {
        caller.set(SeedKommun.economist("martin", KLS));
        String file = HEADER + "SBF;Samhällsbyggnadsförvaltningen;KLS;TN\n";

        List<String> preview = problems(() -> service.previewOrganisation("org.csv", text(file)));
        assertThat(preview)
                .containsExactly("org.csv, rad 2, fält \"kod\": enhet SBF ligger utanför ditt ansvarsområde"
                        + " och får inte ändras av dig (lämna raden som den är eller ta bort den); det får bara en ekonom med"
                        + " hela kommunen som ansvarsområde");

        caller.set(SeedKommun.economist("kommunekonom", KOMMUN));
        OrganisationPreview planned = service.previewOrganisation("org.csv", text(file));
        caller.set(SeedKommun.economist("martin", KLS));
        assertThat(problems(() -> service.confirmOrganisation(planned))).isEqualTo(preview);
        assertThat(organisation.load().require(SeedKommun.SBF).parent()).isEqualTo(KOMMUN);
        assertThat(audit.entries).isEmpty();
    }

    @Test
    void anAdministratorWithoutTheEconomistRoleCannotImportTheOrganisationOrFigures() {
        caller.set(SeedKommun.admin("admin"));
        assertThatRefused(() -> service.previewOrganisation("org.csv", text(HEADER + "1120;IT-avdelningen;KLS;\n")))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatRefused(() -> service.importFile("u.csv", ImportKind.ACTUALS_CSV, text(ACTUALS)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(service.mayImport()).isFalse();
        assertThat(service.history()).isEmpty(); // reading the history stays
    }

    @Test
    void anEconomistOfPartOfTheKommunChangesTheirOwnUnitsAndAddsUnitsBelowThemListingOthersUnchanged() {
        caller.set(SeedKommun.economist("martin", KLS));
        // the whole organisation as stored (others' units unchanged), IT renamed and a new unit below IT
        StringBuilder file = new StringBuilder(HEADER);
        for (var unit : organisation.load().units()) {
            file.append(unit.code())
                    .append(';')
                    .append(unit.code().equals(SeedKommun.IT) ? "IT-avdelningen" : unit.name())
                    .append(';')
                    .append(unit.parent() == null ? "" : unit.parent().value())
                    .append(';')
                    .append(unit.committee() == null ? "" : unit.committee().value())
                    .append('\n');
        }
        file.append("1121;IT-drift;1120;\n");
        int sortOrderOfSbf = organisation.load().require(SeedKommun.SBF).sortOrder();

        ImportService.OrganisationImportResult result = service.importOrganisation("org.csv", text(file.toString()));

        assertThat(result.created()).isEqualTo(1);
        assertThat(organisation.load().require(SeedKommun.IT).name()).isEqualTo("IT-avdelningen");
        assertThat(organisation.load().require(UnitCode.of("1121")).parent()).isEqualTo(SeedKommun.IT);
        assertThat(organisation.load().require(SeedKommun.SBF).sortOrder()).isEqualTo(sortOrderOfSbf);
        assertThat(audit.entriesFor(ImportService.AUDIT_UNIT, "1120"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.username()).isEqualTo("martin");
                    assertThat(e.before()).startsWith("namn=IT\n");
                    assertThat(e.after()).startsWith("namn=IT-avdelningen\n").endsWith("fil=org.csv");
                });
        assertThat(audit.entriesFor(ImportService.AUDIT_UNIT, "1121"))
                .singleElement()
                .satisfies(e -> assertThat(e.before()).isNull());
        assertThat(audit.entriesFor(ImportService.AUDIT_UNIT, "SBF")).isEmpty();
        assertThat(audit.entriesFor(ImportService.AUDIT_ORGANISATION_IMPORT, "org.csv"))
                .singleElement()
                .satisfies(e -> assertThat(e.after()).contains("nya=1").contains("ändrade=1"));
    }

    @Test
    void anEconomistOfPartOfTheKommunCannotMoveUnitsOutOfOrAcrossScopesNorChangeACommitteeFrame() {
        caller.set(SeedKommun.economist("martin", KLS));
        assertThat(problems(() -> service.previewOrganisation(
                        "org.csv",
                        text(HEADER + "KLS;Kommunledningsstaben;SBF;\n" + "1120;IT;SBF;\n" + "1180;HR;KLS;TN\n"
                                + "2999;Nytt;SBF;\n" + "1190;Näringsliv;1130;\n" + "1199;Ny nämnd;KLS;SN\n"))))
                .containsExactly(
                        "org.csv, rad 2, fält \"överordnad\": enhet KLS ligger högst upp i ditt ansvarsområde och får inte"
                                + " flyttas av dig; det får bara en ekonom med hela kommunen som ansvarsområde",
                        "org.csv, rad 3, fält \"överordnad\": enhet 1120 får inte flyttas ut ur ditt ansvarsområde (till SBF);"
                                + " det får bara en ekonom med hela kommunen som ansvarsområde",
                        "org.csv, rad 4, fält \"nämnd\": enhet 1180 skulle räknas i ramen för nämnden TN i stället för KS;"
                                + " nämndernas ramar ändras bara av en ekonom med hela kommunen som ansvarsområde",
                        "org.csv, rad 5, fält \"överordnad\": den nya enheten 2999 ska ligga under en enhet i ditt"
                                + " ansvarsområde, inte under SBF; det får bara en ekonom med hela kommunen som ansvarsområde",
                        "org.csv, rad 6, fält \"nämnd\": enhet 1190 skulle räknas i ramen för nämnden TN i stället för KS;"
                                + " nämndernas ramar ändras bara av en ekonom med hela kommunen som ansvarsområde",
                        "org.csv, rad 7, fält \"nämnd\": enhet 1199 anger nämnden SN som inte finns; en ny nämnd får bara"
                                + " skapas av en ekonom med hela kommunen som ansvarsområde");
        // a unit of the KS frame placed under TIA (TN) keeps KS as its own committee, yet would be listed in TN's
        // reports
        assertThat(problems(() -> service.previewOrganisation("org.csv", text(HEADER + "1190;Näringsliv;1130;KS\n"))))
                .containsExactly(
                        "org.csv, rad 2, fält \"nämnd\": enhet 1190 räknas i nämnden KS men skulle ligga under"
                                + " 1130 som räknas i TN; nämndernas ramar ändras bara av en ekonom med hela kommunen som ansvarsområde");
        // within the scope and the frame, a move is fine
        service.importOrganisation("org.csv", text(HEADER + "1190;Näringslivsenheten;1110;\n"));
        assertThat(organisation.load().require(UnitCode.of("1190")).parent()).isEqualTo(UnitCode.of("1110"));
    }

    @Test
    void anEconomistOfTheWholeKommunMovesUnitsAndChangesFramesAndItIsAudited() {
        service.importOrganisation("org.csv", text(HEADER + "SBF;Samhällsbyggnadsförvaltningen;KLS;TN\n"));
        assertThat(organisation.load().require(SeedKommun.SBF).parent()).isEqualTo(KLS);
        assertThat(audit.entriesFor(ImportService.AUDIT_UNIT, "SBF"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.username()).isEqualTo("kommunekonom");
                    assertThat(e.before()).contains("överordnad=EXB");
                    assertThat(e.after()).contains("överordnad=KLS");
                });
    }

    @Test
    void anUndoneImportIsAuditedAndARefusedUndoDoesNotNameTheUnitsOutsideTheScope() {
        ImportRecord both = service.importFile(
                        "both.csv",
                        ImportKind.ACTUALS_CSV,
                        text(
                                "ansvar;konto;period;belopp\n2110;5011;2026-03;5\n2120;5011;2026-03;5\n1150;5011;2026-03;5\n"))
                .record();
        caller.set(SeedKommun.economist("martin", KLS));
        assertThatRefused(() -> service.undo(both.id()))
                .isInstanceOf(ImportException.class)
                .hasMessageEndingWith(
                        "importen av both.csv kan inte ångras av dig: den gäller 2 enheter utanför ditt ansvarsområde")
                .satisfies(
                        e -> assertThat(e.getMessage()).doesNotContain("2110").doesNotContain("2120"));
        caller.set(SeedKommun.economist("kommunekonom", KOMMUN));
        service.undo(both.id());
        assertThat(audit.entriesFor(ImportService.AUDIT_IMPORT, Long.toString(both.id())))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.username()).isEqualTo("kommunekonom");
                    assertThat(e.before()).startsWith("fil=both.csv\n");
                    assertThat(e.after()).isEqualTo("ångrad");
                });
    }

    @Test
    void anEconomistCannotRenameAnotherScopesUnitNorChangeItsShortNameThroughAFullFile() {
        caller.set(SeedKommun.economist("martin", KLS));
        assertThat(problems(() -> service.previewOrganisation(
                        "org.csv", text("kod;namn;överordnad;nämnd;kortnamn\n" + "2110;Gata och park;SBF;;Gatan\n"))))
                .containsExactly(
                        "org.csv, rad 2, fält \"kod\": enhet 2110 ligger utanför ditt ansvarsområde och får inte"
                                + " ändras av dig (lämna raden som den är eller ta bort den); det får bara en ekonom med hela"
                                + " kommunen som ansvarsområde");
        caller.set(SeedKommun.economist("kommunekonom", KOMMUN));
        assertThat(service.previewOrganisation(
                                "org.csv",
                                text("kod;namn;överordnad;nämnd;kortnamn\n" + "2110;Gata och park;SBF;;Gatan\n"))
                        .changes())
                .singleElement()
                .satisfies(c -> assertThat(c.differences())
                        .extracting(ImportTexts::text)
                        .containsExactly("kortnamn: inget → Gatan"));
    }
}
