package se.ekonomiuppfoljning.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.ekonomiuppfoljning.imports.ImportKind;
import se.ekonomiuppfoljning.organisation.Unit;
import se.ekonomiuppfoljning.ui.imports.ImportView;

class ImportViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    private String actuals() {
        return jdbc.queryForObject(
                "SELECT CONCAT(COUNT(*), '/', COALESCE(SUM(amount), 0)) FROM actual_amount", String.class);
    }

    @SuppressWarnings("unchecked")
    private static void upload(ImportKind kind, String fileName, String content) {
        _get(Select.class, spec -> spec.withId("import-kind")).setValue(kind);
        UploadKt._upload(_get(Upload.class), fileName, "text/csv", content.getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip();
    }

    private static void save() {
        _click(_get(Button.class, spec -> spec.withId("import-save")));
        MockVaadin.clientRoundtrip();
    }

    private static List<String> rows(String id) {
        Grid<?> grid = _get(Grid.class, spec -> spec.withId(id));
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(
                        i -> String.join("|", GridKt._getFormattedRow(grid, i)).replace('\u00A0', ' '))
                .toList();
    }

    @Test
    void the_economist_previews_a_file_and_cancelling_saves_nothing() {
        login("ekonomichef");
        UI.getCurrent().navigate(ImportView.class);
        String before = actuals();

        upload(
                ImportKind.ACTUALS_CSV,
                "utfall-feb.csv",
                "ansvar;konto;period;belopp\n1150;5011;2026-02;499000\n1150;5998;2026-02;1000\n");

        // beside the file's actuals, the budget the portal holds for the same month (issue 12.15)
        assertThat(rows("import-units")).containsExactly("1150|Överförmyndarvht|500|409|0|137");
        assertThat(_get(Details.class, spec -> spec.withId("import-accounts-details"))
                        .getSummaryText())
                .isEqualTo("Konton i filen: 2, varav 1 nya i kontoplanen");
        assertThat(rows("import-accounts"))
                .containsExactly("5011|Månadslön tillsvidareanställda|499|0", "5998|Konto 5998 (ny)|1|0");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("import-facts"))
                        .getChildren()
                        .map(c -> ((ListItem) c).getText())
                        .toList())
                .contains("Perioder med utfall: feb 2026");
        _click(_get(Button.class, spec -> spec.withId("import-cancel")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-message")).getText())
                .isEqualTo("Importen avbröts. Inget sparades.");
        assertThat(actuals()).isEqualTo(before);
    }

    @Test
    void a_bad_file_shows_every_problem_with_line_and_field() {
        login("ekonomichef");
        UI.getCurrent().navigate(ImportView.class);

        upload(ImportKind.ACTUALS_CSV, "utfall.csv", "ansvar;konto;period;belopp\n1150;5011;2026-02;1,234\n");

        assertThat(_get(Paragraph.class, spec -> spec.withId("import-message")).getText())
                .isEqualTo("Filen sparades inte. 1 fel att rätta:");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("import-problems"))
                        .getChildren()
                        .map(c -> ((ListItem) c).getText())
                        .toList())
                .containsExactly(
                        "utfall.csv, rad 2, fält \"belopp\": beloppet ska vara kronor med högst två decimaler, var \"1,234\"");
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_unknown_code_is_placed_under_a_chosen_parent_saved_listed_and_undone() {
        login("controller");
        UI.getCurrent().navigate(ImportView.class);
        String before = actuals();

        upload(ImportKind.ACTUALS_CSV, "nya.csv", "ansvar;konto;period;belopp\n4400;5011;2026-02;1234,50\n");
        assertThat(rows("import-units")).containsExactly("4400|4400 (ny)|1|0|0|0");
        ComboBox<Unit> parent = _get(ComboBox.class, spec -> spec.withLabel("Placera 4400 (rad 2 i filen) under"));
        parent.setValue(parent.getListDataView()
                .getItems()
                .filter(o -> o.code().value().equals("SBF"))
                .findFirst()
                .orElseThrow());
        save();

        assertThat(_get(Paragraph.class, spec -> spec.withId("import-message")).getText())
                .isEqualTo("Importen av nya.csv är sparad: 1 rader, feb 2026.");
        assertThat(rows("import-history").get(0))
                .contains("|controller|nya.csv|Utfall, CSV eller Excel|feb 2026|1|sparad|");
        assertThat(actuals()).isNotEqualTo(before);

        Grid<?> history = _get(Grid.class, spec -> spec.withId("import-history"));
        Button undo = (Button) GridKt._getCellComponent(history, 0, "undo");
        _click(undo);
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-message")).getText())
                .isEqualTo("Importen av nya.csv är ångrad; de tidigare beloppen gäller igen.");
        assertThat(actuals()).isEqualTo(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_replaced_budget_is_listed_as_a_version_and_compared_with_the_current_one() {
        login("controller");
        UI.getCurrent().navigate(ImportView.class);
        upload(ImportKind.BUDGET_CSV, "budget-2110.csv", "ansvar;konto;period;belopp\n2110;5011;2026-01;1000\n");
        save();
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-message")).getText())
                .isEqualTo("Importen av budget-2110.csv är sparad: 1 rader, budget 2026.");

        Grid<se.ekonomiuppfoljning.imports.BudgetVersion> versions =
                _get(Grid.class, spec -> spec.withId("budget-versions"));
        assertThat(rows("budget-versions").get(0)).startsWith("Före import av budget-2110.csv ");
        GridKt._selectRow(versions, 0);
        assertThat(rows("budget-comparison")).containsExactly("2110 Gata och park|9 874|1|−9 873");

        Grid<?> history = _get(Grid.class, spec -> spec.withId("import-history"));
        _click((Button) GridKt._getCellComponent(history, 0, "undo"));
        assertThat(jdbc.queryForObject(
                        "SELECT SUM(amount) FROM budget_amount WHERE unit_code = '2110' AND period_year = 2026",
                        String.class))
                .isEqualTo("9874000.00");
    }

    @Test
    void a_chief_cannot_open_the_import_page() {
        login("overformyndare");
        assertRefused(ImportView.class);
    }

    @Test
    void an_organisation_file_is_previewed_unit_by_unit_and_saved_only_on_confirm() {
        login("controller");
        UI.getCurrent().navigate(ImportView.class);
        String file = "kod;namn;överordnad;nämnd\nSBF;Samhällsbyggnadsförvaltningen;EXB;TN\n4610;Bygglov;SBF;BN\n";
        upload(ImportKind.ORGANISATION_CSV, "org-4610.csv", file);

        assertThat(_get(Paragraph.class, spec -> spec.withId("import-organisation-counts"))
                        .getText())
                .isEqualTo("2 enheter i filen: 1 nya, 0 ändrade, 1 oförändrade. Inget är sparat ännu.");
        assertThat(rows("import-organisation"))
                .containsExactly("SBF|Samhällsbyggnadsförvaltningen|Oförändrad", "4610|Bygglov|Ny enhet");
        _click(_get(Button.class, spec -> spec.withId("import-cancel")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM unit WHERE code = '4610'", Integer.class))
                .isZero();

        upload(ImportKind.ORGANISATION_CSV, "org-4610.csv", file);
        save();
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-message")).getText())
                .isEqualTo("Organisationen är sparad: 2 enheter i filen, 1 nya, 1 uppdaterade.");
        assertThat(jdbc.queryForObject("SELECT parent_code FROM unit WHERE code = '4610'", String.class))
                .isEqualTo("SBF");
    }

    @Test
    void a_budget_for_a_year_outside_the_choice_adds_the_year_and_shows_its_versions() {
        login("controller");
        UI.getCurrent().navigate(ImportView.class);
        upload(ImportKind.BUDGET_CSV, "kost-2031.csv", "ansvar;konto;period;belopp\n2130;5011;2031-01;100\n");
        save();
        upload(ImportKind.BUDGET_CSV, "kost-2031-rev.csv", "ansvar;konto;period;belopp\n2130;5011;2031-01;250\n");
        save();

        Select<Integer> year = _get(Select.class, spec -> spec.withId("budget-versions-year"));
        assertThat(year.getValue()).isEqualTo(2031);
        assertThat(year.getListDataView().getItems().toList()).contains(2031);
        assertThat(rows("budget-versions"))
                .first()
                .satisfies(row -> assertThat(row)
                        .startsWith("Före import av kost-2031-rev.csv")
                        .endsWith("|controller|0"));

        Grid<?> history = _get(Grid.class, spec -> spec.withId("import-history"));
        _click((Button) GridKt._getCellComponent(history, 0, "undo"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-message")).getText())
                .isEqualTo("Importen av kost-2031-rev.csv är ångrad; de tidigare beloppen gäller igen.");
        assertThat(year.getValue()).isEqualTo(2031);
    }

    @Test
    void the_ekonomichef_of_kls_does_not_see_an_import_of_sbfs_units_in_the_history() {
        login("controller");
        UI.getCurrent().navigate(ImportView.class);
        // Each twice: the first import onto a year without budget keeps no version, the second keeps the first's.
        upload(ImportKind.BUDGET_CSV, "kls-2027-11.csv", "ansvar;konto;period;belopp\n1150;5011;2027-11;100\n");
        save();
        upload(ImportKind.BUDGET_CSV, "kls-2027-11.csv", "ansvar;konto;period;belopp\n1150;5011;2027-11;200\n");
        save();
        // A budget for a year nobody else uses, so that the latest period with actuals stays February 2026.
        upload(ImportKind.BUDGET_CSV, "sbf-2027-11.csv", "ansvar;konto;period;belopp\n2120;5011;2027-11;100\n");
        save();
        upload(ImportKind.BUDGET_CSV, "sbf-2027-11.csv", "ansvar;konto;period;belopp\n2120;5011;2027-11;200\n");
        save();
        assertThat(rows("import-history")).anySatisfy(row -> assertThat(row).contains("sbf-2027-11.csv"));
        // the budget versions turn to the imported budget's year and list the budget it replaced
        assertThat(_get(Select.class, spec -> spec.withId("budget-versions-year"))
                        .getValue())
                .isEqualTo(2027);
        assertThat(rows("budget-versions"))
                .anySatisfy(row -> assertThat(row).startsWith("Före import av sbf-2027-11.csv"));

        login("ekonomichef");
        UI.getCurrent().navigate(se.ekonomiuppfoljning.ui.followup.FollowUpView.class);
        UI.getCurrent().navigate(ImportView.class);
        assertThat(rows("import-history"))
                .isNotEmpty()
                .noneSatisfy(row -> assertThat(row).contains("sbf-2027-11.csv"));
        _get(Select.class, spec -> spec.withId("budget-versions-year")).setValue(2027);
        assertThat(rows("budget-versions"))
                .noneSatisfy(row -> assertThat(row).contains("sbf-2027-11.csv"))
                .anySatisfy(row -> assertThat(row).startsWith("Före import av kls-2027-11.csv"));
    }

    // issue 10: who may change the organisation on the page

    @Test
    void anEconomistCannotMoveAnotherCommitteesUnitIntoTheirScopeThroughTheImportPage() {
        login("ekonomichef");
        UI.getCurrent().navigate(ImportView.class);
        upload(
                ImportKind.ORGANISATION_CSV,
                "org-sbf.csv",
                "kod;namn;överordnad;nämnd\nSBF;Samhällsbyggnadsförvaltningen;KLS;TN\n");

        assertThat(_get(com.vaadin.flow.component.html.UnorderedList.class, spec -> spec.withId("import-problems"))
                        .getChildren()
                        .map(c -> ((com.vaadin.flow.component.html.ListItem) c).getText())
                        .toList())
                .containsExactly("org-sbf.csv, rad 2, fält \"kod\": enhet SBF ligger utanför ditt ansvarsområde och får"
                        + " inte ändras av dig (lämna raden som den är eller ta bort den); det får bara en ekonom med hela"
                        + " kommunen som ansvarsområde");
        assertThat(_find(Button.class, spec -> spec.withId("import-save"))).isEmpty();
        assertThat(jdbc.queryForObject("SELECT parent_code FROM unit WHERE code = 'SBF'", String.class))
                .isEqualTo("EXB");
    }

    @Test
    void anEconomistOfPartOfTheKommunIsToldWhatTheyMayChangeInTheOrganisationPreview() {
        login("ekonomichef");
        UI.getCurrent().navigate(ImportView.class);
        upload(ImportKind.ORGANISATION_CSV, "org-it.csv", "kod;namn;överordnad;nämnd\n1120;IT;KLS;\n");
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-organisation-scope"))
                        .getText())
                .startsWith("Ditt ansvarsområde är en del av kommunen");
        _click(_get(Button.class, spec -> spec.withId("import-cancel")));
    }

    @Test
    void anAdministratorWithoutTheEconomistRoleIsOfferedNoUploadNorUndo() {
        login("admin");
        UI.getCurrent().navigate(ImportView.class);
        assertThat(_find(com.vaadin.flow.component.upload.Upload.class, spec -> spec.withId("import-upload")))
                .isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-read-only"))
                        .getText())
                .startsWith("Du kan läsa importhistoriken");
        Grid<?> history = _get(Grid.class, spec -> spec.withId("import-history"));
        assertThat(history.getListDataView().getItemCount()).isPositive();
        assertThat(((Button) GridKt._getCellComponent(history, 0, "undo")).isEnabled())
                .isFalse();
    }

    // issue 12.15: the preview's "now" at the file's grain, every problem listed, the periods, no version of nothing

    @Test
    void the_preview_of_march_shows_the_budget_the_portal_holds_for_march() {
        login("ekonomichef");
        UI.getCurrent().navigate(ImportView.class);
        upload(ImportKind.ACTUALS_CSV, "utfall-mars.csv", "ansvar;konto;period;belopp\n1150;5011;2026-03;200000\n");

        // the demo's budget of Överförmyndarvht for March 2026: 218 713 kr
        assertThat(rows("import-units")).containsExactly("1150|Överförmyndarvht|200|0|0|219");
        _click(_get(Button.class, spec -> spec.withId("import-cancel")));
    }

    @Test
    void an_unknown_ansvar_is_listed_beside_the_files_other_errors() {
        login("controller");
        UI.getCurrent().navigate(ImportView.class);
        upload(
                ImportKind.ACTUALS_CSV,
                "fel.csv",
                "ansvar;konto;period;belopp\n1150;5011;2026-02;1,234\n4411;5011;2026-02;5\n");

        assertThat(_get(Paragraph.class, spec -> spec.withId("import-message")).getText())
                .isEqualTo("Filen sparades inte. 2 fel att rätta:");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("import-problems"))
                        .getChildren()
                        .map(c -> ((ListItem) c).getText())
                        .toList())
                .containsExactly(
                        "fel.csv, rad 2, fält \"belopp\": beloppet ska vara kronor med högst två decimaler, var \"1,234\"",
                        "fel.csv, rad 3, fält \"ansvar\": ansvar 4411 (4411) finns inte i organisationen; välj var det ska ligga");
        assertThat(_find(Button.class, spec -> spec.withId("import-save"))).isEmpty();
    }

    @Test
    void the_history_and_the_preview_say_the_months_as_ranges() {
        login("controller");
        UI.getCurrent().navigate(ImportView.class);
        StringBuilder year = new StringBuilder("ansvar;konto;period;belopp\n");
        for (int month = 1; month <= 12; month++) {
            year.append("1150;5011;2024-").append(String.format("%02d", month)).append(";1\n");
        }
        upload(ImportKind.ACTUALS_CSV, "utfall-2024.csv", year.toString());
        assertThat(_get(UnorderedList.class, spec -> spec.withId("import-facts"))
                        .getChildren()
                        .map(c -> ((ListItem) c).getText())
                        .toList())
                .contains("Perioder med utfall: jan–dec 2024");
        _click(_get(Button.class, spec -> spec.withId("import-cancel")));

        upload(
                ImportKind.ACTUALS_CSV,
                "utfall-2024-spridda.csv",
                "ansvar;konto;period;belopp\n1150;5011;2024-01;1\n1150;5011;2024-02;1\n1150;5011;2024-03;1\n"
                        + "1150;5011;2024-05;1\n1150;5011;2024-11;1\n1150;5011;2024-12;1\n1150;5011;2025-01;1\n");
        save();
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-message")).getText())
                .isEqualTo(
                        "Importen av utfall-2024-spridda.csv är sparad: 7 rader, jan–mars, maj 2024, nov 2024–jan 2025.");
        assertThat(rows("import-history").get(0))
                .contains("|utfall-2024-spridda.csv|Utfall, CSV eller Excel|jan–mars, maj 2024, nov 2024–jan 2025|7|");

        Grid<?> history = _get(Grid.class, spec -> spec.withId("import-history"));
        _click((Button) GridKt._getCellComponent(history, 0, "undo"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_demos_first_budget_imports_keep_no_version_of_a_budget_of_zero() {
        login("controller");
        UI.getCurrent().navigate(ImportView.class);
        for (int chosen : List.of(2025, 2026)) {
            _get(Select.class, spec -> spec.withId("budget-versions-year")).setValue(chosen);
            assertThat(rows("budget-versions"))
                    .noneSatisfy(row -> assertThat(row).startsWith("Före import av budget-" + chosen + ".csv"));
        }
    }
}
