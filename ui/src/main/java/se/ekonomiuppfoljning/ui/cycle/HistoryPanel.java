package se.ekonomiuppfoljning.ui.cycle;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.actions.ActionAuditFields;
import se.ekonomiuppfoljning.actions.ActionService;
import se.ekonomiuppfoljning.common.AuditChanges;
import se.ekonomiuppfoljning.common.AuditEntry;
import se.ekonomiuppfoljning.common.AuditField;
import se.ekonomiuppfoljning.common.FieldChange;
import se.ekonomiuppfoljning.common.SwedishFormat;
import se.ekonomiuppfoljning.cycle.MonthlyReport;
import se.ekonomiuppfoljning.cycle.MonthlyReportService;
import se.ekonomiuppfoljning.cycle.ReportAuditFields;
import se.ekonomiuppfoljning.export.ExportColumns;
import se.ekonomiuppfoljning.security.PermissionDeniedException;
import se.ekonomiuppfoljning.ui.base.AuditActor;
import se.ekonomiuppfoljning.ui.export.ExportLinks;

/**
 * The audit trail of the month: the report's changes and those of its åtgärder, decisions included, by time; for
 * reviewers and economists (the services decide; a refusal shows nothing). Each row names only the fields that
 * changed, by their names on the page, before → after (amounts in tkr, states and levels in words); a save that
 * changed nothing has no row.
 */
class HistoryPanel extends VerticalLayout {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    /** One row of the month's history: what it concerns (the report or an åtgärd), the entry and what it changed. */
    private record HistoryRow(String subject, AuditEntry entry, List<FieldChange> changes) {}

    private final MonthlyReportService reports;
    private final ActionService actions;
    private final Grid<HistoryRow> grid = new Grid<>();
    private final ExportColumns<HistoryRow> columns;
    private Component exportLinks = new Div(); // the links of the month shown
    private @Nullable MonthlyReport current;

    HistoryPanel(MonthlyReportService reports, ActionService actions) {
        this.reports = reports;
        this.actions = actions;
        setPadding(false);
        setWidthFull();
        grid.setId("report-history");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(STOCKHOLM);
        grid.addColumn(r -> time.format(r.entry().at()))
                .setHeader(getTranslation("import.col.at"))
                .setAutoWidth(true);
        grid.addColumn(r -> AuditActor.text(this, r.entry()))
                .setHeader(getTranslation("import.col.user"))
                .setAutoWidth(true);
        grid.addColumn(HistoryRow::subject)
                .setHeader(getTranslation("report.historySubject"))
                .setFlexGrow(1);
        grid.addColumn(r -> fields(r, FieldChange::before))
                .setHeader(getTranslation("report.before"))
                .setFlexGrow(1);
        grid.addColumn(r -> fields(r, FieldChange::after))
                .setHeader(getTranslation("report.after"))
                .setFlexGrow(1);
        columns = new ExportColumns<HistoryRow>()
                .dateTime(
                        getTranslation("import.col.at"),
                        r -> LocalDateTime.ofInstant(r.entry().at(), STOCKHOLM))
                .text(getTranslation("import.col.user"), r -> AuditActor.text(this, r.entry()))
                .text(getTranslation("report.historySubject"), HistoryRow::subject)
                .text(getTranslation("report.before"), r -> fields(r, FieldChange::before))
                .text(getTranslation("report.after"), r -> fields(r, FieldChange::after));
        add(new H3(getTranslation("report.history")), exportLinks, grid);
    }

    /** Shows the month's history to a reviewer, and to an editor who may not mark it ready (an economist). */
    void show(MonthlyReport report) {
        current = report;
        ExportLinks links = ExportLinks.forGrid(
                grid,
                columns,
                MonthExport.fileName("historik", report),
                getTranslation(
                        "export.report.historySheet",
                        report.unit().code().value(),
                        report.period().toString()),
                getTranslation("report.history") + ", " + MonthExport.title(report, getLocale()));
        replace(exportLinks, links);
        exportLinks = links;
        refresh();
    }

    /** Reloads the history; hidden when the caller may not read it. */
    void refresh() {
        MonthlyReport report = current;
        boolean shown = report != null && (report.mayReview() || report.mayEdit() && !report.mayMarkReady());
        List<HistoryRow> entries = new ArrayList<>();
        if (report != null && shown) {
            try {
                String subject = getTranslation("report.historySubject.report");
                reports.history(report.unit().code(), report.period())
                        .forEach(e -> entries.add(row(subject, e, ReportAuditFields.FIELDS)));
                actions.monthHistory(report.unit().code(), report.period())
                        .forEach(c -> entries.add(row(
                                getTranslation(
                                        "report.historySubject.action",
                                        c.action().what()),
                                c.entry(),
                                ActionAuditFields.FIELDS)));
                entries.removeIf(r -> r.changes().isEmpty());
            } catch (PermissionDeniedException e) {
                shown = false;
                entries.clear();
            }
        }
        entries.sort(Comparator.comparing(r -> r.entry().at()));
        grid.setItems(entries);
        setVisible(shown);
    }

    private static HistoryRow row(String subject, AuditEntry entry, List<AuditField> fields) {
        return new HistoryRow(subject, entry, AuditChanges.between(fields, entry.before(), entry.after()));
    }

    /** The changed fields, one a line: "Helårsprognos: 2 700 tkr". */
    private String fields(HistoryRow row, Function<FieldChange, String> side) {
        return row.changes().stream()
                .map(c -> getTranslation("audit.field." + c.field().code()) + ": " + value(c.field(), side.apply(c)))
                .collect(Collectors.joining("\n"));
    }

    private String value(AuditField field, String value) {
        if (value.isEmpty()) {
            return getTranslation("audit.empty");
        }
        return switch (field.kind()) {
            case TEXT -> value;
            case KRONOR -> kronor(value);
            case REPORT_STATE -> getTranslation("report.state." + value);
            case FOLLOW_UP_STATUS -> getTranslation("report.status." + value);
            case DECISION_LEVEL -> getTranslation("actions.level." + value);
            case ACTION_STATUS -> getTranslation("actions.status." + value);
        };
    }

    private String kronor(String value) {
        try {
            return getTranslation("audit.tkr", SwedishFormat.tkr(new BigDecimal(value)));
        } catch (NumberFormatException notAnAmount) {
            return value; // an entry written before amounts were plain numbers
        }
    }
}
