package se.ekonomiuppfoljning.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.followup.DeviationDriverService;
import se.ekonomiuppfoljning.followup.DeviationDrivers;
import se.ekonomiuppfoljning.followup.FollowUpRow;
import se.ekonomiuppfoljning.followup.FollowUpService;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.ui.cycle.MonthlyReportView;

/**
 * "Vad driver avvikelsen" on the month page with the demo's figures: Överförmyndarvht's −272 tkr in February is the
 * guardians' fees on 5320, and the accounts add up to the follow-up table's line to the öre.
 */
class DeviationDriversPanelTest extends KaribuTest {

    private static final UnitCode OVERFORMYNDAR = UnitCode.of("1150");
    private static final Period FEBRUARY = new Period(2026, 2);

    @Autowired
    DeviationDriverService drivers;

    @Autowired
    FollowUpService followUp;

    private static void open(UnitCode unit) {
        UI.getCurrent().navigate(MonthlyReportView.class, MonthlyReportView.parameters(unit, FEBRUARY));
    }

    @SuppressWarnings("unchecked")
    private static Grid<DeviationDrivers.Driver> grid() {
        return _get(Grid.class, spec -> spec.withId("drivers-grid"));
    }

    private static List<String> rows() {
        Grid<DeviationDrivers.Driver> grid = grid();
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            rows.add(String.join("|", GridKt._getFormattedRow(grid, i)).replace('\u00A0', ' '));
        }
        return rows;
    }

    @Test
    void the_chief_sees_the_guardians_fees_drive_februarys_deviation_while_writing_the_month() {
        login("overformyndare");
        open(OVERFORMYNDAR);

        assertThat(_get(Details.class, spec -> spec.withId("drivers")).isVisible())
                .isTrue();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> ranking = _get(RadioButtonGroup.class, spec -> spec.withId("drivers-ranking"));
        _setValue(ranking, ranking.getListDataView().getItems().toList().get(1)); // the month's deviation
        assertThat(rows().get(0)).startsWith("5320 ");
        assertThat(grid().getColumnByKey("last-deviation"))
                .as("2025 is in the demo")
                .isNotNull();
    }

    @Test
    void the_accounts_add_up_to_the_units_line_in_the_follow_up_table_to_the_ore() {
        login("overformyndare");
        DeviationDrivers read = drivers.drivers(OVERFORMYNDAR, FEBRUARY);
        FollowUpRow line = followUp.myTable(FEBRUARY).rows().get(0);

        assertThat(line.unit().code()).isEqualTo(OVERFORMYNDAR);
        assertThat(read.total().monthDeviation())
                .isEqualByComparingTo(line.figures().monthDeviation());
        assertThat(read.total().ytdDeviation())
                .isEqualByComparingTo(line.figures().ytdDeviation());
        BigDecimal shares =
                read.byMonth().stream().map(d -> d.figures().monthDeviation()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(shares).isEqualByComparingTo(line.figures().monthDeviation());
        assertThat(read.byMonth().get(0).account().code()).isEqualTo("5320");
        assertThat(read.monthShare(read.byMonth().get(0), 1).orElseThrow()).isGreaterThan(new BigDecimal("50"));
    }

    @Test
    void another_units_chief_gets_no_panel_for_overformyndarvht() {
        login("itchef");
        open(OVERFORMYNDAR);

        assertThat(_find(Details.class, spec -> spec.withId("drivers"))).allMatch(panel -> !panel.isVisible());
        assertThat(_find(Grid.class, spec -> spec.withId("drivers-grid"))).allMatch(grid -> GridKt._size(grid) == 0);
    }
}
