package se.ekonomiuppfoljning.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.overview.OverviewRow;
import se.ekonomiuppfoljning.ui.followup.FollowUpView;
import se.ekonomiuppfoljning.ui.overview.OverviewView;
import se.ekonomiuppfoljning.ui.security.LoginView;

class OverviewViewTest extends KaribuTest {

    @SuppressWarnings("unchecked")
    private static Grid<OverviewRow> grid() {
        return _get(Grid.class, spec -> spec.withId("overview-grid"));
    }

    /** The text columns of each row (name, nämnd, deviations, forecast, counts), as printed. */
    private static List<String> rows() {
        Grid<OverviewRow> grid = grid();
        List<String> keys = List.of(
                "node", "committee", "month-deviation", "ytd-deviation", "forecast-deviation", "not-ready", "overdue");
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> String.join(
                        "|",
                        keys.stream()
                                .map(key -> plain(GridKt._getFormattedRow(grid, i)
                                                .get(grid.getColumns().indexOf(grid.getColumnByKey(key))))
                                        .strip())
                                .toList()))
                .toList();
    }

    /**
     * The row of a node, by its name: other tests of the shared context import units of their own, so the rows are
     * found by name, not by place.
     */
    private static int row(String name) {
        List<String> rows = rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).startsWith(name + "|") || rows.get(i).startsWith(name + " ¹|")) {
                return i;
            }
        }
        throw new AssertionError("no row for " + name + " in " + rows);
    }

    private static Component cell(int row, String key) {
        return GridKt._getCellComponent(grid(), row, key);
    }

    private static void open(String path) {
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location(path), NavigationTrigger.PAGE_LOAD);
    }

    @Test
    void the_kommundirektor_starts_on_the_overview_of_every_forvaltning_for_february() {
        login("kommundirektor");
        UI.getCurrent().navigate("");

        _get(OverviewView.class);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Kommunöversikt – Ekonomiuppföljning");
        List<String> rows = rows();
        assertThat(rows.get(0)).as("the kommun first").startsWith("Exempelby kommun");
        assertThat(rows.get(row("Exempelby kommun"))).contains("|Kommunfullmäktige|");
        // Totalt KLS of the seed: February 3 483 − 3 340 = 143 tkr, to date 6 960 − 6 704 = 256 tkr.
        assertThat(rows.get(row("Kommunledningsstaben"))).startsWith("Kommunledningsstaben ¹|Kommunstyrelsen|143|256|");
        assertThat(rows.get(row("Samhällsbyggnadsförvaltningen"))).contains("|Tekniska nämnden|");
        assertThat(_find(Paragraph.class))
                .extracting(Paragraph::getText)
                .anyMatch(t -> t.startsWith("¹ TIA-avdelningen är listad under Kommunledningsstaben")
                        && t.endsWith("som i Totalt KLS."));
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Kommunöversikt");
        _get(Anchor.class, spec -> spec.withId("overview-grid-xlsx"));
        _get(Anchor.class, spec -> spec.withId("overview-grid-csv"));
    }

    @Test
    void the_status_is_a_symbol_and_a_word_with_an_aria_label_and_the_trend_lists_its_values() {
        login("kommundirektor");
        UI.getCurrent().navigate(OverviewView.class);

        int kls = row("Kommunledningsstaben");
        Component status = cell(kls, "status");
        String text = status.getElement().getTextRecursively();
        assertThat(text).isIn("✔ Inom ram", "⚠ Risk", "✖ Över ram");
        assertThat(status.getElement().getAttribute("aria-label")).startsWith("Status: ");
        assertThat(status.getElement().getAttribute("aria-label")).endsWith(text.substring(2));

        Component trend = cell(kls, "trend");
        String label = plain(trend.getElement().getAttribute("title"));
        assertThat(label).isEqualTo("Avvikelse till och med varje månad, tkr: jan 112, feb 256");
        assertThat(trend.getElement().getProperty("innerHTML", "")).contains("role=\"img\"", "<title>", "<polyline");
    }

    @Test
    void a_row_opens_the_follow_up_table_of_its_node_for_the_same_period() {
        login("kommundirektor");
        navigate(OverviewView.ROUTE, "period=2026-01");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).anyMatch(t -> t.contains("januari 2026"));

        GridKt._selectRow(grid(), row("Kommunledningsstaben"));

        _get(FollowUpView.class);
        Location location = UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(location.getPath()).isEqualTo("uppfoljning");
        assertThat(location.getQueryParameters().getParameters())
                .isEqualTo(java.util.Map.of("enhet", List.of("KLS"), "period", List.of("2026-01")));
    }

    @Test
    void the_ks_politician_and_the_ekonomichef_see_only_the_kls_row() {
        for (String user : List.of("politiker", "ekonomichef")) {
            tearDownVaadin();
            setUpVaadin();
            login(user);
            UI.getCurrent().navigate("");
            _get(OverviewView.class);
            assertThat(rows()).as(user).singleElement().asString().startsWith("Kommunledningsstaben ¹|");
        }
    }

    @Test
    void a_chief_of_one_unit_and_the_administrator_start_on_the_follow_up_page_as_before() {
        for (String user : List.of("hrchef", "admin")) {
            tearDownVaadin();
            setUpVaadin();
            login(user);
            UI.getCurrent().navigate("");
            assertThat(_find(OverviewView.class)).as(user).isEmpty();
            _get(FollowUpView.class);
            UI.getCurrent().navigate(OverviewView.class);
            assertThat(_find(OverviewView.class)).as(user).isEmpty();
            _get(FollowUpView.class);
        }
    }

    @Test
    void an_anonymous_visitor_is_sent_to_login() {
        open("oversikt");
        _get(LoginView.class);
        assertThat(_find(OverviewView.class)).isEmpty();
        open("");
        _get(LoginView.class);
    }

    @Test
    void a_bad_period_in_the_address_gets_a_swedish_message() {
        login("controller");
        navigate(OverviewView.ROUTE, "period=2026-13");
        assertThat(_get(Paragraph.class, spec -> spec.withId("overview-message"))
                        .getText())
                .isEqualTo("Perioden \"2026-13\" finns inte.");
    }
}
