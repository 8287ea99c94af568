package se.ekonomiuppfoljning.ui.cycle;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.ekonomiuppfoljning.actions.ActionService;
import se.ekonomiuppfoljning.actions.ActionView;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.common.RuleViolationException;
import se.ekonomiuppfoljning.cycle.DeadlineService;
import se.ekonomiuppfoljning.cycle.MonthlyReportService;
import se.ekonomiuppfoljning.cycle.ProgressRow;
import se.ekonomiuppfoljning.cycle.Question;
import se.ekonomiuppfoljning.cycle.QuestionService;
import se.ekonomiuppfoljning.cycle.ReviewTask;
import se.ekonomiuppfoljning.export.ExportColumns;
import se.ekonomiuppfoljning.followup.FollowUpOverview;
import se.ekonomiuppfoljning.followup.FollowUpService;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.ui.base.ColumnSet;
import se.ekonomiuppfoljning.ui.base.MainLayout;
import se.ekonomiuppfoljning.ui.base.PeriodLabels;
import se.ekonomiuppfoljning.ui.base.Problems;
import se.ekonomiuppfoljning.ui.export.ExportLinks;

/**
 * "Mina uppgifter": for the latest period, every unit in the user's scope with the state of its month (the
 * chief sees what is left to do, the kommundirektör the progress), and the overdue åtgärder; above them the months
 * marked ready that wait for the user's review ("Att granska"), the politicians' questions still to answer and, once
 * the period's deadline has passed, a flag saying so. A row opens the unit's monthly report.
 */
@Route(value = "uppgifter", layout = MainLayout.class)
@RolesAllowed({Role.Names.CHEF, Role.Names.EKONOM})
@Menu(title = "nav.tasks", order = 0, icon = "vaadin:tasks")
public class TasksView extends VerticalLayout implements HasDynamicTitle {

    private final boolean isEconomist;

    TasksView(
            FollowUpService followUp,
            MonthlyReportService reports,
            ActionService actions,
            DeadlineService deadlines,
            QuestionService questions,
            AuthenticationContext authentication) {
        this.isEconomist = authentication.hasRole(Role.Names.EKONOM);
        FollowUpOverview overview = followUp.overview();
        Period period = overview.defaultPeriod();
        add(new H2(getTranslation("tasks.title", PeriodLabels.full(period, getLocale()))));
        addDeadline(deadlines, period);
        deadlines.passedDeadline(period).ifPresent(passed -> {
            Paragraph late = new Paragraph(getTranslation("tasks.deadlinePassed", passed.toString()));
            late.setId("tasks-deadline-passed");
            late.addClassName("portal-negative");
            add(late);
        });
        addToReview(reports.toReview());
        Map<UnitCode, String> names = new HashMap<>();
        overview.nodes().forEach(n -> names.put(n.code(), n.name()));
        addQuestions(questions.unanswered(), names);
        List<UnitCode> roots = overview.nodes().stream()
                .filter(n -> n.depth() == 0)
                .map(FollowUpOverview.NodeOption::code)
                .toList();
        for (UnitCode root : roots) {
            List<ProgressRow> rows = reports.progress(root, period);
            Grid<ProgressRow> grid = new Grid<>();
            grid.setId("tasks-" + root.value());
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
            grid.setAllRowsVisible(true);
            grid.addColumn(r -> "\u2003".repeat(r.depth()) + r.unit().name())
                    .setHeader(getTranslation("tasks.unit"))
                    .setAutoWidth(true)
                    .setFlexGrow(1);
            grid.addColumn(r -> getTranslation("tasks.state." + r.state().name()))
                    .setHeader(getTranslation("tasks.state"))
                    .setAutoWidth(true);
            grid.addColumn(this::analysis)
                    .setHeader(getTranslation("tasks.analysis"))
                    .setAutoWidth(true);
            grid.setPartNameGenerator(r -> r.analysisMissing() ? "negative" : null);
            grid.setItems(rows);
            grid.asSingleSelect().addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    UI.getCurrent()
                            .navigate(
                                    MonthlyReportView.class,
                                    MonthlyReportView.parameters(
                                            e.getValue().unit().code(), period));
                }
            });
            add(progressExport(grid, root, period), grid);

            List<ActionView> overdue = actions.overdue(root);
            add(new H3(getTranslation("tasks.overdue")));
            if (overdue.isEmpty()) {
                add(new Paragraph(getTranslation("tasks.noOverdue")));
            } else {
                ActionGrid late = new ActionGrid(
                        "tasks-overdue-" + root.value(),
                        ActionGrid.Field.UNIT,
                        ActionGrid.Field.WHAT,
                        ActionGrid.Field.DUE,
                        ActionGrid.Field.LEVEL);
                late.addThemeVariants(GridVariant.LUMO_COMPACT);
                late.column(ActionGrid.Field.WHAT).setFlexGrow(1);
                late.setItems(overdue);
                add(overdueExport(late, root), late);
            }
        }
    }

    /** "Att granska": the months marked ready that the user reviews, each opening its month page. */
    private void addToReview(List<ReviewTask> tasks) {
        add(new H3(getTranslation("tasks.toReview")));
        if (tasks.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("tasks.noneToReview"));
            none.setId("tasks-review-none");
            add(none);
            return;
        }
        Grid<ReviewTask> grid = new Grid<>();
        grid.setId("tasks-review");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        ColumnSet<ReviewTask> columns = new ColumnSet<ReviewTask>(this)
                .text("unit", "tasks.unit", t -> t.unit().name())
                .grid(c -> c.setFlexGrow(1))
                .text("period", "tasks.period", t -> PeriodLabels.full(t.period(), getLocale()))
                .text("note", "tasks.review.note", t -> t.mayApprove() ? "" : getTranslation("tasks.review.fourEyes"));
        columns.addTo(grid);
        grid.setItems(tasks);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                openMonth(e.getValue().unit().code(), e.getValue().period());
            }
        });
        add(
                ExportLinks.forGrid(
                        grid,
                        columns,
                        ExportLinks.fileName("att-granska"),
                        getTranslation("tasks.toReview"),
                        getTranslation("tasks.toReview")),
                grid);
    }

    /** The politicians' questions the user has still to answer, each opening the month page it was asked on. */
    private void addQuestions(List<Question> open, Map<UnitCode, String> names) {
        add(new H3(getTranslation("tasks.questions")));
        if (open.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("tasks.noQuestions"));
            none.setId("tasks-questions-none");
            add(none);
            return;
        }
        Grid<Question> grid = new Grid<>();
        grid.setId("tasks-questions");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        ColumnSet<Question> columns = new ColumnSet<Question>(this)
                .text(
                        "unit",
                        "tasks.unit",
                        q -> names.getOrDefault(q.unit(), q.unit().value()))
                .text("period", "tasks.period", q -> PeriodLabels.full(q.period(), getLocale()))
                .text("askedBy", "tasks.question.askedBy", Question::askedByName)
                .text("question", "tasks.question.text", Question::text)
                .grid(c -> c.setFlexGrow(1));
        columns.addTo(grid);
        grid.setItems(open);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                openMonth(e.getValue().unit(), e.getValue().period());
            }
        });
        add(
                ExportLinks.forGrid(
                        grid,
                        columns,
                        ExportLinks.fileName("obesvarade-fragor"),
                        getTranslation("tasks.questions"),
                        getTranslation("tasks.questions")),
                grid);
    }

    private static void openMonth(UnitCode unit, Period period) {
        UI.getCurrent().navigate(MonthlyReportView.class, MonthlyReportView.parameters(unit, period));
    }

    private ExportLinks progressExport(Grid<ProgressRow> grid, UnitCode root, Period period) {
        ExportColumns<ProgressRow> columns = new ExportColumns<ProgressRow>()
                .indented(getTranslation("tasks.unit"), r -> r.unit().name(), ProgressRow::depth)
                .text(
                        getTranslation("tasks.state"),
                        r -> getTranslation("tasks.state." + r.state().name()))
                .text(getTranslation("tasks.analysis"), this::analysis);
        return ExportLinks.forGrid(
                grid,
                columns,
                ExportLinks.fileName("uppgifter", root.value(), period.toString()),
                getTranslation("export.tasks.sheet", root.value(), period.toString()),
                getTranslation("tasks.title", PeriodLabels.full(period, getLocale())) + ", " + root.value());
    }

    private String analysis(ProgressRow row) {
        if (row.analysisMissing()) {
            return getTranslation("tasks.analysisMissing");
        }
        return row.analysisWritten() ? getTranslation("tasks.analysisWritten") : "";
    }

    private ExportLinks overdueExport(ActionGrid grid, UnitCode root) {
        return grid.exportLinks(
                ExportLinks.fileName("forsenade-atgarder", root.value()),
                getTranslation("export.tasks.overdueSheet", root.value()),
                getTranslation("tasks.overdue") + ", " + root.value());
    }

    /** The period's last day for everyone; the ekonomichef sets it here (the service refuses anyone else). */
    private void addDeadline(DeadlineService deadlines, Period period) {
        Paragraph shown = new Paragraph(deadlines
                .deadline(period)
                .map(d -> getTranslation("tasks.deadline", d.toString()))
                .orElse(getTranslation("tasks.noDeadline")));
        shown.setId("tasks-deadline");
        add(shown);
        if (!isEconomist) {
            return;
        }
        if (!deadlines.maySetDeadlines()) { // a kommun-wide setting (issue 10); the service refuses others anyway
            Paragraph readOnly = new Paragraph(getTranslation("tasks.deadlineReadOnly"));
            readOnly.setId("tasks-deadline-read-only");
            add(readOnly);
            return;
        }
        DatePicker date = new DatePicker(getTranslation("tasks.setDeadline"));
        date.setId("tasks-deadline-date");
        Paragraph message = new Paragraph();
        message.setId("tasks-deadline-message");
        Button save = new Button(getTranslation("report.save"), e -> {
            if (date.getValue() == null) {
                message.setText(getTranslation("tasks.deadlineMissing"));
                return;
            }
            try {
                deadlines.setDeadline(period, date.getValue());
                shown.setText(getTranslation("tasks.deadline", date.getValue().toString()));
                message.setText("");
            } catch (RuleViolationException refused) {
                message.setText(Problems.text(refused.problem()));
            }
        });
        save.setId("tasks-deadline-save");
        add(new HorizontalLayout(date, save), message);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.tasks") + " – " + getTranslation("app.title");
    }
}
