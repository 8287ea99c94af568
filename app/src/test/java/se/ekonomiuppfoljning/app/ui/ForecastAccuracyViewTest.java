package se.ekonomiuppfoljning.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.ui.cycle.ForecastAccuracyView;

/** Prognossäkerhet over the demo's closed year 2025 and the open 2026, per role. */
class ForecastAccuracyViewTest extends KaribuTest {

    private static void open(String unit, int year) {
        UI.getCurrent().navigate(se.ekonomiuppfoljning.ui.followup.FollowUpView.class); // a fresh view each time
        UI.getCurrent().navigate(ForecastAccuracyView.ROUTE, ForecastAccuracyView.parameters(UnitCode.of(unit), year));
    }

    private static List<String> rows(String id) {
        Grid<?> grid = _get(Grid.class, spec -> spec.withId(id));
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> plain(String.join("|", GridKt._getFormattedRow(grid, i))))
                .toList();
    }

    private static String text(String id) {
        return plain(_get(Paragraph.class, spec -> spec.withId(id)).getText());
    }

    @Test
    void the_kommundirektor_reads_klss_2025_forecasts_against_the_outcome_with_a_chart() {
        login("kommundirektor");
        open("KLS", 2025);

        assertThat(text("accuracy-outcome")).isEqualTo("Utfall för helåret 2025.");
        // Överförmyndarvht: budget 2 502 780, outcome 2 653 352; forecasts from demo/prognoser-2025.csv.
        assertThat(rows("accuracy-forecasts"))
                .anySatisfy(row -> assertThat(row)
                        .startsWith("Överförmyndarvht|2 503|2 653|2 542|")
                        .endsWith("|2 653"));
        assertThat(rows("accuracy-forecasts"))
                .last()
                .satisfies(row -> assertThat(row).startsWith("Totalt KLS|"));
        assertThat(rows("accuracy-forecasts")).anySatisfy(row -> assertThat(row).startsWith("TIA-avdelningen ¹|"));
        // Forecast − outcome: January 2 542 000 − 2 653 352 = −111 tkr; December's 2 653 000 is 352 kr below: 0 tkr,
        // without a minus sign.
        assertThat(rows("accuracy-deviations"))
                .anySatisfy(row ->
                        assertThat(row).startsWith("Överförmyndarvht|−111|").contains("|−15|0|"));
        String csv = new String(
                com.github.mvysny.kaributesting.v10.DownloadKt._download(_get(
                        com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("accuracy-deviations-csv"))),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("\nÖverförmyndarvht;-111;-146;");
        String svg = _get(Svg.class, spec -> spec.withId("accuracy-chart"))
                .getElement()
                .getProperty("innerHTML");
        assertThat(svg).contains("role=\"img\"", "Totalt KLS 2025", "<polyline");
    }

    @Test
    void the_open_year_is_preliminary_and_shows_hrs_own_february_forecast() {
        login("kommundirektor");
        open("KLS", 2026);

        assertThat(text("accuracy-outcome"))
                .isEqualTo("Preliminärt: året är inte avslutat, utfallet gäller till och med februari 2026.");
        assertThat(rows("accuracy-forecasts"))
                .anySatisfy(row -> assertThat(row).startsWith("HR-avdelning|").endsWith("|14 500"));
    }

    @Test
    void without_a_year_in_the_url_the_page_opens_on_the_last_closed_year() {
        login("kommundirektor");
        UI.getCurrent().navigate(se.ekonomiuppfoljning.ui.followup.FollowUpView.class);
        UI.getCurrent()
                .navigate(
                        ForecastAccuracyView.ROUTE,
                        com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("enhet", "KLS")));

        assertThat(text("accuracy-outcome")).isEqualTo("Utfall för helåret 2025.");
    }

    @Test
    void the_running_year_compares_the_forecasts_with_the_latest_one_and_shows_no_absurd_percentages() {
        login("kommundirektor");
        open("KLS", 2026);

        assertThat(_find(com.vaadin.flow.component.html.H3.class).stream().map(h -> plain(h.getText())))
                .contains("Prognosens avvikelse mot senaste prognosen (prognos − prognosen i februari 2026, tkr)");
        // Against two months' outcome the means were 933 % and 2 827 %; against the latest forecast they are small.
        assertThat(rows("accuracy-deviations"))
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row).doesNotContainPattern("\\d{3}(,\\d+)? ?%"));
        String svg = _get(Svg.class, spec -> spec.withId("accuracy-chart"))
                .getElement()
                .getProperty("innerHTML");
        assertThat(svg).contains("id=\"outcome-line\"");
    }

    @Test
    void a_chief_sees_their_unit_and_is_refused_the_staff() {
        login("overformyndare");
        open("1150", 2025);
        assertThat(rows("accuracy-forecasts"))
                .hasSize(1)
                .first()
                .satisfies(row -> assertThat(row).startsWith("Överförmyndarvht|"));

        open("KLS", 2025);
        assertThat(_find(Grid.class)).isEmpty();
        assertThat(text("accuracy-message"))
                .isEqualTo("Du har inte behörighet att se enhet KLS, eller så finns den inte.");
    }

    @Test
    void a_malformed_unit_in_the_url_gives_the_message_not_an_error_page() {
        login("kommundirektor");
        UI.getCurrent().navigate(se.ekonomiuppfoljning.ui.followup.FollowUpView.class);
        UI.getCurrent()
                .navigate(
                        ForecastAccuracyView.ROUTE,
                        com.vaadin.flow.router.QueryParameters.simple(
                                java.util.Map.of("enhet", "X".repeat(40), "ar", "2025")));

        assertThat(_find(Grid.class)).isEmpty();
        assertThat(text("accuracy-message")).startsWith("Du har inte behörighet att se enhet XXXX");
    }

    @Test
    void the_politician_reads_kss_units_and_the_administrator_has_none() {
        login("politiker");
        open("KLS", 2025);
        assertThat(rows("accuracy-forecasts"))
                .last()
                .satisfies(row -> assertThat(row).startsWith("Totalt KLS|"));

        login("admin");
        open("KLS", 2025);
        assertThat(_find(Grid.class)).isEmpty();
    }
}
