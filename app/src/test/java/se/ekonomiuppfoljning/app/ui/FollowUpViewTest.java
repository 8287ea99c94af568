package se.ekonomiuppfoljning.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.actions.ActionService;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.common.SwedishFormat;
import se.ekonomiuppfoljning.cycle.MonthlyReport;
import se.ekonomiuppfoljning.cycle.MonthlyReportService;
import se.ekonomiuppfoljning.cycle.ReportState;
import se.ekonomiuppfoljning.followup.FollowUpOverview.NodeOption;
import se.ekonomiuppfoljning.followup.FollowUpRow;
import se.ekonomiuppfoljning.followup.FollowUpService;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.ui.followup.FollowUpView;
import se.ekonomiuppfoljning.ui.followup.UnitDetailView;

class FollowUpViewTest extends KaribuTest {

    /** The seed's per-unit table for KLS, February 2026, as printed. */
    static final List<String> SEED_ROWS = List.of(
            "Kommundirektör|197|162|35|82,4 %|3 560|380|343|37|90,2 %",
            "Ekonomi o planering|493|440|53|89,3 %|6 703|1 076|880|196|81,7 %",
            "IT|194|62|132|32,0 %|8 841|378|302|76|79,8 %",
            "TIA-avdelningen ¹|1 326|1 309|17|98,7 %|17 923|2 667|2 703|−36|101,3 %",
            "Administrativa avdelningen|933|684|249|73,3 %|11 134|1 781|1 831|−50|102,8 %",
            "Överförmyndarvht|137|409|−272|298,2 %|2 580|393|445|−52|113,2 %",
            "Politisk verksamhet|256|217|40|84,6 %|3 705|493|427|66|86,6 %",
            "Oförutsett|0|0|0|0,0 %|504|0|0|0|0,0 %",
            "HR-avdelning|1 149|1 212|−63|105,5 %|14 541|2 218|2 249|−31|101,4 %",
            "Näringslivsenheten|124|154|−30|124,0 %|1 431|241|229|12|95,0 %");

    static final String SEED_TOTAL = "Totalt KLS|3 483|3 340|143|95,9 %|52 999|6 960|6 704|256|96,3 %";

    @SuppressWarnings("unchecked")
    private static Grid<FollowUpRow> grid() {
        return _get(Grid.class, spec -> spec.withId("followup-grid"));
    }

    private static List<String> rows() {
        Grid<FollowUpRow> grid = grid();
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i ->
                        plain(String.join("|", GridKt._getFormattedRow(grid, i).subList(0, SEED_COLUMNS))))
                .toList();
    }

    /** The seed's ten columns; the monthly cycle's columns follow them. */
    static final int SEED_COLUMNS = 10;

    private static List<String> cycleColumns(int row) {
        return GridKt._getFormattedRow(grid(), row)
                .subList(SEED_COLUMNS, grid().getColumns().size())
                .stream()
                .map(KaribuTest::plain)
                .toList();
    }

    private static List<String> footer() {
        Grid<FollowUpRow> grid = grid();
        if (grid.getFooterRows().isEmpty()) {
            return List.of();
        }
        List<String> cells = new ArrayList<>();
        grid.getColumns()
                .subList(0, SEED_COLUMNS)
                .forEach(c ->
                        cells.add(plain(grid.getFooterRows().get(0).getCell(c).getText())));
        return List.of(String.join("|", cells));
    }

    private static String message() {
        return _get(Paragraph.class, spec -> spec.withId("followup-message")).getText();
    }

    @Test
    void the_kommundirektor_sees_the_seed_table_for_kls_february_to_the_digit() {
        login("kommundirektor");
        navigate(FollowUpView.ROUTE, "enhet=KLS&period=2026-02");

        assertThat(rows()).containsExactlyElementsOf(SEED_ROWS);
        assertThat(footer()).containsExactly(SEED_TOTAL);
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("portal-footnote")))
                .extracting(Paragraph::getText)
                .startsWith("¹ TIA-avdelningen redovisas i Tekniska nämndens budgetram och ingår inte i Totalt KLS.");
    }

    @Test
    void the_grid_headers_name_the_month_and_the_period_to_date() {
        login("kommundirektor");
        navigate(FollowUpView.ROUTE, "enhet=KLS&period=2026-02");

        assertThat(grid().getColumns())
                .extracting(c -> c.getHeaderText())
                .containsExactly(
                        "Enhet",
                        "Budget feb",
                        "Redovisning feb",
                        "Avvikelse feb",
                        "% av budget",
                        "Årsbudget",
                        "Budget t o m feb",
                        "Redovisning t o m feb",
                        "Avvikelse t o m feb",
                        "% av budget",
                        "Helårsprognos",
                        "Prognosavvikelse",
                        "Månadens status",
                        "Öppna åtgärder");
    }

    @Test
    void the_kommun_level_lists_the_offices_and_drills_down_to_a_unit() {
        login("kommundirektor");
        UI.getCurrent().navigate(FollowUpView.class);

        assertThat(rows())
                .extracting(r -> r.substring(0, r.indexOf('|')))
                .containsExactly("Kommunledningsstaben", "Samhällsbyggnadsförvaltningen");
        assertThat(footer()).singleElement().asString().startsWith("Totalt Exempelby kommun|");

        GridKt._selectRow(grid(), 0);
        assertThat(rows()).containsExactlyElementsOf(SEED_ROWS);

        GridKt._selectRow(grid(), 5);
        UnitDetailView detail = _get(UnitDetailView.class);
        assertThat(detail.getPageTitle()).startsWith("Överförmyndarvht");
    }

    @Test
    void the_ekonomichef_sees_the_same_kls_table_as_the_kommundirektor() {
        login("ekonomichef");
        navigate(FollowUpView.ROUTE, "period=2026-02");

        assertThat(rows()).containsExactlyElementsOf(SEED_ROWS);
        assertThat(footer()).containsExactly(SEED_TOTAL);
    }

    @Test
    void the_chief_of_overformyndarvht_sees_their_one_line_and_nothing_else() {
        login("overformyndare");
        UI.getCurrent().navigate(FollowUpView.class);

        assertThat(rows()).containsExactly("Överförmyndarvht|137|409|−272|298,2 %|2 580|393|445|−52|113,2 %");
        assertThat(footer()).isEmpty();
        @SuppressWarnings("unchecked")
        ComboBox<NodeOption> node = _get(ComboBox.class);
        assertThat(node.getListDataView().getItems().map(NodeOption::name)).containsExactly("Överförmyndarvht");
    }

    @Test
    void the_chief_of_overformyndarvht_typing_another_units_url_gets_a_refusal_not_data() {
        login("overformyndare");

        navigate(FollowUpView.ROUTE, "enhet=KLS&period=2026-02");
        assertThat(message()).isEqualTo("Du har inte behörighet att se enhet KLS, eller så finns den inte.");
        assertThat(_find(Grid.class)).isEmpty();

        navigate(FollowUpView.ROUTE, "enhet=1120&period=2026-02");
        assertThat(message()).contains("enhet 1120");
        assertThat(_find(Grid.class)).isEmpty();

        UI.getCurrent()
                .navigate(UnitDetailView.class, UnitDetailView.parameters(UnitCode.of("1120"), new Period(2026, 2)));
        assertThat(_get(Paragraph.class, spec -> spec.withId("detail-message")).getText())
                .isEqualTo("Du har inte behörighet att se enhet 1120, eller så finns den inte.");
        assertThat(_find(Grid.class)).isEmpty();
    }

    @Test
    void each_unit_shows_its_forecast_the_months_state_and_its_open_actions() {
        login("kommundirektor");
        navigate(FollowUpView.ROUTE, "enhet=KLS&period=2026-02");
        // Näringslivsenheten (row 10): forecast = actual to date + the remaining budget, no report yet
        assertThat(cycleColumns(9)).containsExactly("1 419 *", "12", "Ej påbörjad", "0");
    }

    /** The cycle's columns of the footer: the total's forecast and its deviation, then the state and åtgärder. */
    private static List<String> footerCycle() {
        Grid<FollowUpRow> grid = grid();
        return grid.getColumns().subList(SEED_COLUMNS, grid.getColumns().size()).stream()
                .map(c -> plain(grid.getFooterRows().get(0).getCell(c).getText()))
                .toList();
    }

    @Test
    void a_nodes_row_and_the_total_show_the_sum_of_their_units_forecasts_months_and_actions() {
        login("kommundirektor");
        Period february = new Period(2026, 2);
        MonthlyReportService reports = context.getBean(MonthlyReportService.class);
        ActionService actions = context.getBean(ActionService.class);
        List<FollowUpRow> kls = context.getBean(FollowUpService.class)
                .table(UnitCode.of("KLS"), february)
                .rows();
        BigDecimal forecasts = BigDecimal.ZERO;
        BigDecimal inFrame = BigDecimal.ZERO;
        BigDecimal inFrameBudget = BigDecimal.ZERO;
        int ready = 0;
        int open = 0;
        boolean anyProposal = false;
        for (FollowUpRow row : kls) {
            MonthlyReport month = reports.report(row.unit().code(), february);
            forecasts = forecasts.add(month.figures().forecast());
            if (row.inTotal()) {
                inFrame = inFrame.add(month.figures().forecast());
                inFrameBudget = inFrameBudget.add(month.figures().figures().annualBudget());
            }
            anyProposal |= !month.figures().ownForecast();
            ReportState state = month.report().state();
            ready += month.report().stored() && (state == ReportState.READY || state == ReportState.APPROVED) ? 1 : 0;
            open += actions.openActions(row.unit().code()).size();
        }
        assertThat(anyProposal).isTrue();

        navigate(FollowUpView.ROUTE, "period=2026-02");
        List<String> klsRow = cycleColumns(0);
        assertThat(klsRow.get(0)).isEqualTo(plain(SwedishFormat.tkr(forecasts)) + " *");
        assertThat(klsRow.get(2)).startsWith(ready + " av 10 klara");
        assertThat(klsRow.get(3)).startsWith(String.valueOf(open));
        assertThat(open).isPositive();

        navigate(FollowUpView.ROUTE, "enhet=KLS&period=2026-02");
        assertThat(footerCycle().subList(0, 2))
                .containsExactly(
                        plain(SwedishFormat.tkr(inFrame)) + " *",
                        plain(SwedishFormat.tkr(inFrameBudget.subtract(inFrame))));
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("portal-footnote")))
                .extracting(Paragraph::getText)
                .anyMatch(t -> t.startsWith("* Summan av enheternas helårsprognoser"));
    }

    @Test
    void the_it_chief_sees_only_it() {
        login("itchef");
        navigate(FollowUpView.ROUTE, "period=2026-02");
        assertThat(rows()).containsExactly("IT|194|62|132|32,0 %|8 841|378|302|76|79,8 %");
    }

    @Test
    void a_ks_politician_sees_the_kls_table_with_totals_and_no_edit_control() {
        login("politiker");
        navigate(FollowUpView.ROUTE, "period=2026-02");

        assertThat(rows()).containsExactlyElementsOf(SEED_ROWS);
        assertThat(footer()).containsExactly(SEED_TOTAL);
        assertThat(_find(TextField.class)).isEmpty();
        assertThat(_find(TextArea.class)).isEmpty();
        assertThat(_find(Button.class))
                .filteredOn(b -> !(b instanceof DrawerToggle))
                .extracting(Component::getId)
                .extracting(id -> id.orElse(""))
                .containsExactlyInAnyOrder("notifications-bell", "logout", "followup-details");

        navigate(FollowUpView.ROUTE, "enhet=SBF&period=2026-02");
        assertThat(_find(Grid.class)).isEmpty();
        assertThat(message()).contains("enhet SBF");
    }

    @Test
    void a_bad_period_in_the_url_gets_a_swedish_message() {
        login("kommundirektor");
        navigate(FollowUpView.ROUTE, "enhet=KLS&period=feb");
        assertThat(message()).isEqualTo("Perioden \"feb\" finns inte. Skriv den som ÅÅÅÅ-MM, till exempel 2026-02.");
    }

    @Test
    void the_page_speaks_swedish() {
        login("kommundirektor");
        UI.getCurrent().navigate(FollowUpView.class);
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("sv");
        assertThat(_get(FollowUpView.class).getPageTitle()).isEqualTo("Ekonomisk uppföljning – Ekonomiuppföljning");
    }
}
