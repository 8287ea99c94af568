package se.ekonomiuppfoljning.ui.followup;

import static java.util.Objects.requireNonNull;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.actions.ActionCounts;
import se.ekonomiuppfoljning.actions.ActionService;
import se.ekonomiuppfoljning.common.SwedishFormat;
import se.ekonomiuppfoljning.cycle.MonthlyReport;
import se.ekonomiuppfoljning.cycle.MonthlyReportService;
import se.ekonomiuppfoljning.cycle.UnitsCycle;
import se.ekonomiuppfoljning.cycle.UnitsCycleService;
import se.ekonomiuppfoljning.cycle.UnitsCycleService.TableCycle;
import se.ekonomiuppfoljning.export.ExportCell;
import se.ekonomiuppfoljning.export.ExportColumns;
import se.ekonomiuppfoljning.followup.FollowUpCsv;
import se.ekonomiuppfoljning.followup.FollowUpRow;
import se.ekonomiuppfoljning.followup.FollowUpTable;
import se.ekonomiuppfoljning.organisation.UnitCode;

/**
 * The monthly cycle beside the figures: each row's helårsprognos and prognosavvikelse (tkr; a node's row and the
 * total sum their units' forecasts, marked * where any is the portal's proposal), the state of the month (a unit's
 * own, with "analys saknas" where a required analysis is missing; for a node, how many of its units' months are
 * ready and approved) and the open åtgärder (a node's: its units', with how many are overdue).
 */
final class CycleColumns {

    private final MonthlyReportService reports;
    private final ActionService actions;
    private final UnitsCycleService units;

    CycleColumns(MonthlyReportService reports, ActionService actions, UnitsCycleService units) {
        this.reports = reports;
        this.actions = actions;
        this.units = units;
    }

    /** Reads the cycle of every row once and adds its columns; the values serve the export and the total too. */
    Values addTo(Grid<FollowUpRow> grid, FollowUpTable table) {
        TableCycle cycle = units.of(table);
        Map<UnitCode, MonthlyReport> own = new HashMap<>();
        List<UnitCode> nodes = table.rows().stream()
                .filter(r -> summed(table, r))
                .map(r -> r.unit().code())
                .toList();
        Map<UnitCode, ActionCounts> counts = new HashMap<>(actions.counts(nodes));
        for (FollowUpRow row : table.rows()) {
            UnitCode code = row.unit().code();
            if (!summed(table, row)) {
                own.put(code, reports.report(code, table.period()));
                counts.put(code, new ActionCounts(actions.openActions(code).size(), 0));
            }
        }
        Values values = new Values(cycle, own, counts, grid);
        Grid.Column<FollowUpRow> forecast = grid.addColumn(
                        r -> values.forecast(cycle.row(r.unit().code())))
                .setHeader(grid.getTranslation("followup.col.forecast"))
                .setKey("forecast")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        Grid.Column<FollowUpRow> deviation = grid.addColumn(
                        r -> SwedishFormat.tkr(cycle.row(r.unit().code()).forecastDeviation()))
                .setHeader(grid.getTranslation("followup.col.forecastDeviation"))
                .setKey("forecast-deviation")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setPartNameGenerator(r -> cycle.row(r.unit().code()).withinFrame() ? null : "negative");
        grid.addColumn(r -> values.state(r.unit().code()))
                .setHeader(grid.getTranslation("followup.col.month"))
                .setKey("month-state")
                .setAutoWidth(true);
        grid.addColumn(r -> values.actions(r.unit().code()))
                .setHeader(grid.getTranslation("followup.col.openActions"))
                .setKey("open-actions")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        values.forecastColumns = List.of(forecast, deviation);
        return values;
    }

    /** Whether the row sums units below it (a node's subtree), not one unit's own month. */
    private static boolean summed(FollowUpTable table, FollowUpRow row) {
        return row.hasChildren()
                && (table.node() == null
                        || !row.unit().code().equals(table.node().code()));
    }

    /** The cycle of the listed units, as read for the grid. */
    static final class Values {

        private final TableCycle cycle;
        private final Map<UnitCode, MonthlyReport> own;
        private final Map<UnitCode, ActionCounts> counts;
        private final Component translator;
        private List<Grid.Column<FollowUpRow>> forecastColumns = List.of();

        private Values(
                TableCycle cycle,
                Map<UnitCode, MonthlyReport> own,
                Map<UnitCode, ActionCounts> counts,
                Component translator) {
            this.cycle = cycle;
            this.own = own;
            this.counts = counts;
            this.translator = translator;
        }

        /** The forecasts as the follow-up CSV adds them, the same as the grid's. */
        FollowUpCsv.Forecasts forCsv() {
            return cycle.forCsv();
        }

        /** Whether any forecast shown is the portal's proposal, for the footnote. */
        boolean anyProposal() {
            UnitsCycle total = cycle.total();
            return cycle.rows().values().stream().anyMatch(UnitsCycle::anyProposal)
                    || (total != null && total.anyProposal());
        }

        /** The total's forecast and its deviation in the grid's footer. */
        void fillFooter(FooterRow footer) {
            UnitsCycle total = cycle.total();
            if (total != null && forecastColumns.size() == 2) {
                footer.getCell(forecastColumns.get(0)).setText(forecast(total));
                footer.getCell(forecastColumns.get(1)).setText(SwedishFormat.tkr(total.forecastDeviation()));
            }
        }

        String forecast(UnitsCycle units) {
            return SwedishFormat.tkr(units.forecast()) + (units.anyProposal() ? " *" : "");
        }

        String state(UnitCode unit) {
            MonthlyReport report = own.get(unit);
            if (report == null) {
                UnitsCycle units = cycle.row(unit);
                return translator.getTranslation("followup.unitsReady", units.ready(), units.units(), units.approved());
            }
            String state = translator.getTranslation("report.state."
                    + (report.report().stored() ? report.report().state().name() : "NOT_STARTED"));
            return report.analysisMissing()
                    ? state + ", " + translator.getTranslation("followup.analysisMissing")
                    : state;
        }

        String actions(UnitCode unit) {
            ActionCounts count = counts.getOrDefault(unit, new ActionCounts(0, 0));
            return count.overdue() == 0
                    ? String.valueOf(count.open())
                    : translator.getTranslation("followup.openActionsOverdue", count.open(), count.overdue());
        }

        /** The four columns for an export whose lines name their unit ({@code null} on the total). */
        <T> void exportTo(ExportColumns<T> columns, Function<T, @Nullable UnitCode> unit) {
            columns.cell(
                            translator.getTranslation("followup.col.forecast"),
                            line -> ExportCell.amount(units(unit.apply(line)).forecast()))
                    .cell(
                            translator.getTranslation("followup.col.forecastDeviation"),
                            line -> ExportCell.amount(units(unit.apply(line)).forecastDeviation()))
                    .cell(
                            translator.getTranslation("followup.col.month"),
                            line -> cell(unit.apply(line), code -> ExportCell.text(state(code))))
                    .cell(
                            translator.getTranslation("followup.col.openActions"),
                            line -> cell(
                                    unit.apply(line),
                                    code -> ExportCell.number(counts.getOrDefault(code, new ActionCounts(0, 0))
                                            .open())));
        }

        private UnitsCycle units(@Nullable UnitCode unit) {
            return unit == null ? requireNonNull(cycle.total(), "a total line without a total") : cycle.row(unit);
        }

        private static ExportCell cell(@Nullable UnitCode unit, Function<UnitCode, ExportCell> cell) {
            return unit == null ? ExportCell.EMPTY : cell.apply(unit);
        }
    }
}
