package se.ekonomiuppfoljning.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ekonomiuppfoljning.imports.ImportTexts.assertThatRefused;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KLS;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KOMMUN;
import static se.ekonomiuppfoljning.testdata.SeedKommun.OVERFORMYNDAR;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.testdata.SeedKommun;

/** Organisation imports: the tree, the committees, the scope rule and the audit trail. */
class OrganisationImportServiceTest extends ImportServicesFixture {

    @Test
    void the_organisation_csv_creates_and_updates_units_and_unknown_committees_with_a_warning() {
        OrganisationImportService.OrganisationImportResult result = organisationImport.importOrganisation(
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
        OrganisationPreview preview = organisationImport.previewOrganisation(
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

        OrganisationImportService.OrganisationImportResult saved = organisationImport.confirmOrganisation(preview);

        assertThat(saved.created()).isEqualTo(1);
        assertThat(organisation.load().require(OVERFORMYNDAR).name()).isEqualTo("Överförmyndarverksamhet");
        assertThat(organisation.load().require(UnitCode.of("3000")).parent()).isEqualTo(UnitCode.of("EXB"));
    }

    @Test
    void an_organisation_csv_that_breaks_the_tree_saves_nothing() {
        assertThatRefused(() -> organisationImport.importOrganisation(
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
    void anEconomistCannotMoveAnotherCommitteesUnitIntoTheirScopeThroughAnOrganisationFile() {
        caller.set(SeedKommun.economist("martin", KLS));
        String file = HEADER + "SBF;Samhällsbyggnadsförvaltningen;KLS;TN\n";

        List<String> preview = problems(() -> organisationImport.previewOrganisation("org.csv", text(file)));
        assertThat(preview)
                .containsExactly("org.csv, rad 2, fält \"kod\": enhet SBF ligger utanför ditt ansvarsområde"
                        + " och får inte ändras av dig (lämna raden som den är eller ta bort den); det får bara en ekonom med"
                        + " hela kommunen som ansvarsområde");

        caller.set(SeedKommun.economist("kommunekonom", KOMMUN));
        OrganisationPreview planned = organisationImport.previewOrganisation("org.csv", text(file));
        caller.set(SeedKommun.economist("martin", KLS));
        assertThat(problems(() -> organisationImport.confirmOrganisation(planned)))
                .isEqualTo(preview);
        assertThat(organisation.load().require(SeedKommun.SBF).parent()).isEqualTo(KOMMUN);
        assertThat(audit.entries).isEmpty();
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

        OrganisationImportService.OrganisationImportResult result =
                organisationImport.importOrganisation("org.csv", text(file.toString()));

        assertThat(result.created()).isEqualTo(1);
        assertThat(organisation.load().require(SeedKommun.IT).name()).isEqualTo("IT-avdelningen");
        assertThat(organisation.load().require(UnitCode.of("1121")).parent()).isEqualTo(SeedKommun.IT);
        assertThat(organisation.load().require(SeedKommun.SBF).sortOrder()).isEqualTo(sortOrderOfSbf);
        assertThat(audit.entriesFor(OrganisationImportService.AUDIT_UNIT, "1120"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.username()).isEqualTo("martin");
                    assertThat(e.before()).startsWith("namn=IT\n");
                    assertThat(e.after()).startsWith("namn=IT-avdelningen\n").endsWith("fil=org.csv");
                });
        assertThat(audit.entriesFor(OrganisationImportService.AUDIT_UNIT, "1121"))
                .singleElement()
                .satisfies(e -> assertThat(e.before()).isNull());
        assertThat(audit.entriesFor(OrganisationImportService.AUDIT_UNIT, "SBF"))
                .isEmpty();
        assertThat(audit.entriesFor(OrganisationImportService.AUDIT_ORGANISATION_IMPORT, "org.csv"))
                .singleElement()
                .satisfies(e -> assertThat(e.after()).contains("nya=1").contains("ändrade=1"));
    }

    @Test
    void anEconomistOfPartOfTheKommunCannotMoveUnitsOutOfOrAcrossScopesNorChangeACommitteeFrame() {
        caller.set(SeedKommun.economist("martin", KLS));
        assertThat(problems(() -> organisationImport.previewOrganisation(
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
        assertThat(problems(() ->
                        organisationImport.previewOrganisation("org.csv", text(HEADER + "1190;Näringsliv;1130;KS\n"))))
                .containsExactly(
                        "org.csv, rad 2, fält \"nämnd\": enhet 1190 räknas i nämnden KS men skulle ligga under"
                                + " 1130 som räknas i TN; nämndernas ramar ändras bara av en ekonom med hela kommunen som ansvarsområde");
        // within the scope and the frame, a move is fine
        organisationImport.importOrganisation("org.csv", text(HEADER + "1190;Näringslivsenheten;1110;\n"));
        assertThat(organisation.load().require(UnitCode.of("1190")).parent()).isEqualTo(UnitCode.of("1110"));
    }

    @Test
    void anEconomistOfTheWholeKommunMovesUnitsAndChangesFramesAndItIsAudited() {
        organisationImport.importOrganisation("org.csv", text(HEADER + "SBF;Samhällsbyggnadsförvaltningen;KLS;TN\n"));
        assertThat(organisation.load().require(SeedKommun.SBF).parent()).isEqualTo(KLS);
        assertThat(audit.entriesFor(OrganisationImportService.AUDIT_UNIT, "SBF"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.username()).isEqualTo("kommunekonom");
                    assertThat(e.before()).contains("överordnad=EXB");
                    assertThat(e.after()).contains("överordnad=KLS");
                });
    }

    @Test
    void anEconomistCannotRenameAnotherScopesUnitNorChangeItsShortNameThroughAFullFile() {
        caller.set(SeedKommun.economist("martin", KLS));
        assertThat(problems(() -> organisationImport.previewOrganisation(
                        "org.csv", text("kod;namn;överordnad;nämnd;kortnamn\n" + "2110;Gata och park;SBF;;Gatan\n"))))
                .containsExactly(
                        "org.csv, rad 2, fält \"kod\": enhet 2110 ligger utanför ditt ansvarsområde och får inte"
                                + " ändras av dig (lämna raden som den är eller ta bort den); det får bara en ekonom med hela"
                                + " kommunen som ansvarsområde");
        caller.set(SeedKommun.economist("kommunekonom", KOMMUN));
        assertThat(organisationImport
                        .previewOrganisation(
                                "org.csv",
                                text("kod;namn;överordnad;nämnd;kortnamn\n" + "2110;Gata och park;SBF;;Gatan\n"))
                        .changes())
                .singleElement()
                .satisfies(c -> assertThat(c.differences())
                        .extracting(ImportTexts::text)
                        .containsExactly("kortnamn: inget → Gatan"));
    }
}
