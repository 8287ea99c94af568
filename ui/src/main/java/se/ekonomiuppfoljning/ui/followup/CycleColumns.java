package se.ekonomiuppfoljning.ui.followup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;

import se.ekonomiuppfoljning.actions.ActionService;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.common.SwedishFormat;
import se.ekonomiuppfoljning.cycle.MonthlyReport;
import se.ekonomiuppfoljning.cycle.MonthlyReportService;
import se.ekonomiuppfoljning.followup.FollowUpRow;
import se.ekonomiuppfoljning.organisation.UnitCode;

/**
 * The monthly cycle beside the figures: each listed unit's helårsprognos and prognosavvikelse (tkr), the state
 * of its month (with "analys saknas" where a required analysis is missing) and its number of open åtgärder.
 */
final class CycleColumns {

    private final MonthlyReportService reports;
    private final ActionService actions;

    CycleColumns(MonthlyReportService reports, ActionService actions) {
        this.reports = reports;
        this.actions = actions;
    }

    void addTo(Grid<FollowUpRow> grid, List<FollowUpRow> rows, Period period) {
        Map<UnitCode, MonthlyReport> byUnit = new HashMap<>();
        Map<UnitCode, Integer> open = new HashMap<>();
        for (FollowUpRow row : rows) {
            UnitCode code = row.unit().code();
            byUnit.put(code, reports.report(code, period));
            open.put(code, actions.openActions(code).size());
        }
        grid.addColumn(r -> SwedishFormat.tkr(byUnit.get(r.unit().code()).figures().forecast()))
                .setHeader(grid.getTranslation("followup.col.forecast")).setKey("forecast")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> SwedishFormat.tkr(byUnit.get(r.unit().code()).figures().forecastDeviation()))
                .setHeader(grid.getTranslation("followup.col.forecastDeviation")).setKey("forecast-deviation")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0)
                .setPartNameGenerator(r -> byUnit.get(r.unit().code()).figures().withinFrame() ? null : "negative");
        grid.addColumn(r -> state(grid, byUnit.get(r.unit().code())))
                .setHeader(grid.getTranslation("followup.col.month")).setKey("month-state").setAutoWidth(true);
        grid.addColumn(r -> String.valueOf(open.get(r.unit().code())))
                .setHeader(grid.getTranslation("followup.col.openActions")).setKey("open-actions")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
    }

    private static String state(Grid<?> grid, MonthlyReport report) {
        String state = grid.getTranslation("report.state." + (report.report().stored() ? report.report().state().name() : "NOT_STARTED"));
        return report.analysisMissing() ? state + ", " + grid.getTranslation("followup.analysisMissing") : state;
    }
}
