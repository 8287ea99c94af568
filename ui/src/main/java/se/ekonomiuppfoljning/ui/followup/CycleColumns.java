package se.ekonomiuppfoljning.ui.followup;

import static java.util.Objects.requireNonNull;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.actions.ActionService;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.common.SwedishFormat;
import se.ekonomiuppfoljning.cycle.MonthlyReport;
import se.ekonomiuppfoljning.cycle.MonthlyReportService;
import se.ekonomiuppfoljning.export.ExportCell;
import se.ekonomiuppfoljning.export.ExportColumns;
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

    /** Reads the cycle of each row's unit once and adds its columns; the values serve the export as well. */
    Values addTo(Grid<FollowUpRow> grid, List<FollowUpRow> rows, Period period) {
        Map<UnitCode, MonthlyReport> byUnit = new HashMap<>();
        Map<UnitCode, Integer> open = new HashMap<>();
        for (FollowUpRow row : rows) {
            UnitCode code = row.unit().code();
            byUnit.put(code, reports.report(code, period));
            open.put(code, actions.openActions(code).size());
        }
        Values values = new Values(byUnit, open, grid);
        grid.addColumn(r -> SwedishFormat.tkr(values.report(r).figures().forecast()))
                .setHeader(grid.getTranslation("followup.col.forecast"))
                .setKey("forecast")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> SwedishFormat.tkr(values.report(r).figures().forecastDeviation()))
                .setHeader(grid.getTranslation("followup.col.forecastDeviation"))
                .setKey("forecast-deviation")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setPartNameGenerator(r -> values.report(r).figures().withinFrame() ? null : "negative");
        grid.addColumn(r -> values.state(r.unit().code()))
                .setHeader(grid.getTranslation("followup.col.month"))
                .setKey("month-state")
                .setAutoWidth(true);
        grid.addColumn(r -> String.valueOf(open.get(r.unit().code())))
                .setHeader(grid.getTranslation("followup.col.openActions"))
                .setKey("open-actions")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        return values;
    }

    /** The cycle of the listed units, as read for the grid. */
    static final class Values {

        private final Map<UnitCode, MonthlyReport> byUnit;
        private final Map<UnitCode, Integer> open;
        private final Component translator;

        private Values(Map<UnitCode, MonthlyReport> byUnit, Map<UnitCode, Integer> open, Component translator) {
            this.byUnit = byUnit;
            this.open = open;
            this.translator = translator;
        }

        private MonthlyReport report(FollowUpRow row) {
            return requireNonNull(byUnit.get(row.unit().code()));
        }

        String state(UnitCode unit) {
            MonthlyReport report = requireNonNull(byUnit.get(unit));
            String state = translator.getTranslation("report.state."
                    + (report.report().stored() ? report.report().state().name() : "NOT_STARTED"));
            return report.analysisMissing()
                    ? state + ", " + translator.getTranslation("followup.analysisMissing")
                    : state;
        }

        /** The four columns for an export whose lines name their unit ({@code null} on the total: empty cells). */
        <T> void exportTo(ExportColumns<T> columns, Function<T, @Nullable UnitCode> unit) {
            columns.cell(
                            translator.getTranslation("followup.col.forecast"),
                            line -> cell(
                                    unit.apply(line),
                                    code -> ExportCell.amount(requireNonNull(byUnit.get(code))
                                            .figures()
                                            .forecast())))
                    .cell(
                            translator.getTranslation("followup.col.forecastDeviation"),
                            line -> cell(
                                    unit.apply(line),
                                    code -> ExportCell.amount(requireNonNull(byUnit.get(code))
                                            .figures()
                                            .forecastDeviation())))
                    .cell(
                            translator.getTranslation("followup.col.month"),
                            line -> cell(unit.apply(line), code -> ExportCell.text(state(code))))
                    .cell(
                            translator.getTranslation("followup.col.openActions"),
                            line -> cell(unit.apply(line), code -> ExportCell.number(open.getOrDefault(code, 0))));
        }

        private static ExportCell cell(@Nullable UnitCode unit, Function<UnitCode, ExportCell> cell) {
            return unit == null ? ExportCell.EMPTY : cell.apply(unit);
        }
    }
}
