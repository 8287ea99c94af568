package se.ekonomiuppfoljning.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.ui.followup.UnitDetailView;

class UnitDetailViewTest extends KaribuTest {

    private static List<String> rows(String id) {
        Grid<?> grid = _get(Grid.class, spec -> spec.withId(id));
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> plain(String.join("|", GridKt._getFormattedRow(grid, i))))
                .toList();
    }

    @Test
    void a_unit_opens_with_its_twelve_months_and_cumulative_figures() {
        login("overformyndare");
        UI.getCurrent()
                .navigate(UnitDetailView.class, UnitDetailView.parameters(UnitCode.of("1150"), new Period(2026, 2)));

        List<String> months = rows("detail-months");
        assertThat(months).hasSize(12);
        assertThat(months.get(0)).isEqualTo("januari|256|36|220|256|36|220");
        assertThat(months.get(1)).isEqualTo("februari|137|409|−272|393|445|−52");
        // A month without actuals shows its budget and nothing else: no 0 actual, no deviation of the whole budget.
        assertThat(months.get(11)).matches("december\\|[0-9 ]+\\|\\|\\|2 580\\|\\|");
        assertThat(months.get(2)).matches("mars\\|[0-9 ]+\\|\\|\\|[0-9 ]+\\|\\|");
    }

    @Test
    void a_unit_opens_with_its_accounts_summing_to_the_units_line() {
        login("overformyndare");
        UI.getCurrent()
                .navigate(UnitDetailView.class, UnitDetailView.parameters(UnitCode.of("1150"), new Period(2026, 2)));

        assertThat(rows("detail-accounts"))
                .extracting(r -> r.substring(0, r.indexOf('|')))
                .containsExactly(
                        "3510 Försäljning av tjänster",
                        "5011 Månadslön tillsvidareanställda",
                        "5320 Arvoden till gode män och förvaltare",
                        "5511 Arbetsgivaravgifter och pensionskostnader",
                        "6420 Konsulttjänster och övriga köpta tjänster");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("detail-accounts"));
        List<String> footer = grid.getColumns().stream()
                .map(c -> plain(grid.getFooterRows().get(0).getCell(c).getText()))
                .toList();
        assertThat(String.join("|", footer)).isEqualTo("Summa|137|409|−272|298,2 %|2 580|393|445|−52|113,2 %");
    }
}
