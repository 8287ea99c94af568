package se.ekonomiuppfoljning.ui.cycle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import se.ekonomiuppfoljning.actions.ActionDraft;
import se.ekonomiuppfoljning.actions.ActionService;
import se.ekonomiuppfoljning.actions.ActionStatus;
import se.ekonomiuppfoljning.actions.ActionView;
import se.ekonomiuppfoljning.actions.DecisionLevel;
import se.ekonomiuppfoljning.actions.DecisionReference;
import se.ekonomiuppfoljning.common.ConcurrentEditException;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.common.RuleViolationException;
import se.ekonomiuppfoljning.common.SwedishFormat;
import se.ekonomiuppfoljning.cycle.FollowUpStatus;
import se.ekonomiuppfoljning.cycle.MonthlyReport;
import se.ekonomiuppfoljning.cycle.MonthlyReportService;
import se.ekonomiuppfoljning.cycle.Question;
import se.ekonomiuppfoljning.cycle.QuestionService;
import se.ekonomiuppfoljning.cycle.ReportEdit;
import se.ekonomiuppfoljning.export.ExportColumns;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.organisation.UnknownUnitException;
import se.ekonomiuppfoljning.security.OutOfScopeException;
import se.ekonomiuppfoljning.security.PermissionDeniedException;
import se.ekonomiuppfoljning.ui.base.MainLayout;
import se.ekonomiuppfoljning.ui.base.PeriodLabels;
import se.ekonomiuppfoljning.ui.base.Problems;
import se.ekonomiuppfoljning.ui.export.ExportLinks;

/**
 * A unit's month: the verksamhetsuppföljning, the ekonomisk analys and the helårsprognos (proposed as YTD
 * actual + the remaining budget), marked ready by the chief and approved or sent back by a reviewer above the
 * unit. Politicians read it. What the caller may do is the service's answer, and the service refuses anyway.
 */
@Route(value = "rapport/:" + MonthlyReportView.UNIT + "/:" + MonthlyReportView.PERIOD, layout = MainLayout.class)
@PermitAll
public class MonthlyReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String UNIT = "kod";
    static final String PERIOD = "period";
    static final int MAX_TEXT = 4000;
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final MonthlyReportService reports;
    private final ActionService actions;
    private final QuestionService questionService;
    private final Select<FollowUpStatus> status = new Select<>();
    private final TextArea followUpText = new TextArea();
    private final TextArea analysis = new TextArea();
    private final BigDecimalField forecastTkr = new BigDecimalField();
    private final Paragraph forecastDeviation = new Paragraph();
    private final Paragraph message = new Paragraph();
    private final TextArea reviewComment = new TextArea();

    @SuppressWarnings("NullAway.Init") // set by setParameter before the page is shown
    private MonthlyReport current;

    private String title = "";

    MonthlyReportView(MonthlyReportService reports, ActionService actions, QuestionService questionService) {
        this.reports = reports;
        this.actions = actions;
        this.questionService = questionService;
        status.setLabel(getTranslation("report.status"));
        status.setItems(FollowUpStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("report.status." + s.name()));
        status.setId("report-status");
        configure(followUpText, "report.followUpText", "report-followup-text");
        configure(analysis, "report.analysis", "report-analysis");
        forecastTkr.setLabel(getTranslation("report.forecast"));
        forecastTkr.setId("report-forecast");
        forecastTkr.addValueChangeListener(e -> showForecastDeviation());
        forecastDeviation.setId("report-forecast-deviation");
        message.setId("report-message");
        message.addClassName("portal-message");
        configure(reviewComment, "report.reviewComment", "report-review-comment");
    }

    private void configure(TextArea area, String labelKey, String id) {
        area.setLabel(getTranslation(labelKey));
        area.setId(id);
        area.setMaxLength(MAX_TEXT);
        area.setWidthFull();
        area.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        area.addValueChangeListener(e ->
                area.setHelperText(getTranslation("report.counter", e.getValue().length(), MAX_TEXT)));
    }

    /** The route parameters of a unit's report for a period. */
    public static RouteParameters parameters(UnitCode unit, Period period) {
        return new RouteParameters(Map.of(UNIT, unit.value(), PERIOD, period.toString()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get(UNIT).orElse("");
        try {
            load(
                    UnitCode.of(code),
                    Period.parse(event.getRouteParameters().get(PERIOD).orElse("")));
        } catch (OutOfScopeException | UnknownUnitException | IllegalArgumentException e) {
            removeAll();
            title = getTranslation("detail.deniedTitle");
            add(new H2(title), new Paragraph(getTranslation("followup.denied", code)));
        }
    }

    private void load(UnitCode unit, Period period) {
        current = reports.report(unit, period);
        removeAll();
        title = getTranslation("report.title", current.unit().name(), PeriodLabels.full(period, getLocale()));
        add(new H2(title));
        var report = current.report();
        Paragraph state = new Paragraph(getTranslation(
                "report.state", getTranslation("report.state." + report.state().name())));
        state.setId("report-state");
        add(state);
        if (!report.reviewComment().isBlank()) {
            add(new Paragraph(getTranslation("report.reviewCommentShown", report.reviewComment())));
        }
        var figures = current.figures();
        add(new Paragraph(getTranslation(
                "report.figures",
                SwedishFormat.tkr(figures.figures().ytdDeviation()),
                SwedishFormat.tkr(figures.figures().annualBudget()),
                SwedishFormat.tkr(figures.proposal()))));
        if (current.analysisRequired()) {
            UnorderedList reasons = new UnorderedList();
            reasons.setId("report-reasons");
            current.analysisReasons().forEach(r -> reasons.add(new ListItem(Problems.text(r))));
            add(new Paragraph(getTranslation("report.analysisRequired")), reasons);
        }
        status.setValue(report.followUpStatus());
        followUpText.setValue(report.followUpText());
        analysis.setValue(report.analysis());
        forecastTkr.setValue(SwedishFormat.toTkr(figures.forecast()));
        boolean editable = current.mayEdit() && report.state().editable();
        status.setReadOnly(!editable);
        followUpText.setReadOnly(!editable);
        analysis.setReadOnly(!editable);
        forecastTkr.setReadOnly(!editable);
        if (current.textsWithheld()) {
            // the service sent no texts: say why instead of showing empty fields
            Paragraph withheld = new Paragraph(getTranslation("report.textsWithheld"));
            withheld.setId("report-texts-withheld");
            add(withheld, forecastTkr, forecastDeviation);
        } else {
            add(status, followUpText, analysis, forecastTkr, forecastDeviation);
        }
        showForecastDeviation();

        HorizontalLayout buttons = new HorizontalLayout();
        if (editable) {
            buttons.add(button("report.save", "report-save", this::save, true));
        }
        if (current.mayMarkReady()) {
            buttons.add(button("report.markReady", "report-ready", this::markReady, false));
        }
        Paragraph fourEyes = null;
        if (current.mayReview()) {
            add(reviewComment);
            Button approve = button("report.approve", "report-approve", this::approve, false);
            if (!current.fourEyesRefusal().isEmpty()) {
                approve.setEnabled(false);
                fourEyes = new Paragraph(getTranslation(
                        "report.approveNotYours",
                        Problems.text(current.fourEyesRefusal().orElseThrow())));
                fourEyes.setId("report-four-eyes");
            }
            buttons.add(approve, button("report.sendBack", "report-send-back", this::sendBack, false));
        }
        add(buttons);
        if (fourEyes != null) {
            add(fourEyes);
        }
        add(message);
        addActions(editable);
        addQuestions();
        if (current.mayReview() || current.mayEdit() && !current.mayMarkReady()) {
            addHistory();
        }
    }

    /** Status, level and (for political ones) the decision of an open åtgärd; the other fields stay as they are. */
    private FormLayout actionEditor(ActionView view) {
        var action = view.action();
        boolean decider = actions.mayDecide(view);
        Select<ActionStatus> status = new Select<>();
        status.setLabel(getTranslation("actions.status"));
        status.setId("action-edit-status");
        status.setItems(decider ? java.util.List.of(ActionStatus.values()) : chiefsStatuses(action.status()));
        status.setItemLabelGenerator(s -> getTranslation("actions.status." + s.name()));
        status.setValue(action.status());
        Select<DecisionLevel> level = new Select<>();
        level.setLabel(getTranslation("actions.level"));
        level.setId("action-edit-level");
        level.setItems(DecisionLevel.values());
        level.setItemLabelGenerator(l -> getTranslation("actions.level." + l.name()));
        level.setValue(action.decisionLevel());
        level.setReadOnly(!decider && action.status().decided());
        TextField organ = new TextField(getTranslation("actions.organ"));
        organ.setId("action-edit-organ");
        DatePicker date = new DatePicker(getTranslation("actions.decisionDate"));
        date.setId("action-edit-date");
        com.vaadin.flow.component.textfield.IntegerField paragraph =
                new com.vaadin.flow.component.textfield.IntegerField(getTranslation("actions.paragraph"));
        paragraph.setId("action-edit-paragraph");
        if (action.decision() != null) {
            organ.setValue(action.decision().organ());
            date.setValue(action.decision().date());
            paragraph.setValue(action.decision().paragraph());
        }
        Button save = new Button(
                getTranslation("actions.saveChange"),
                e -> act(() -> {
                    DecisionReference decision = null;
                    if (!organ.isEmpty() || !date.isEmpty() || !paragraph.isEmpty()) {
                        if (date.getValue() == null) {
                            throw new RuleViolationException(getTranslation("actions.decisionDateMissing"));
                        }
                        decision = new DecisionReference(
                                organ.getValue(),
                                date.getValue(),
                                paragraph.getValue() == null ? 0 : paragraph.getValue());
                    }
                    actions.update(
                            action.id(),
                            new ActionDraft(
                                    action.what(),
                                    action.cause(),
                                    action.responsible(),
                                    action.dueDate(),
                                    action.expectedEffect(),
                                    level.getValue(),
                                    status.getValue(),
                                    decision),
                            action.version());
                    reloadKeepingEdits(getTranslation("actions.changed"));
                }));
        save.setId("action-edit-save");
        FormLayout form = new FormLayout(status, level, organ, date, paragraph, save);
        if (!decider) {
            organ.setReadOnly(true);
            date.setReadOnly(true);
            paragraph.setReadOnly(true);
            Paragraph why = new Paragraph(
                    getTranslation(action.status().decided() ? "actions.decidedFixed" : "actions.decideByReviewer"));
            why.setId("action-edit-decider");
            form.add(why);
        } else if (!action.status().decided() && !actions.fourEyesRefusal(view).isEmpty()) {
            Paragraph why =
                    new Paragraph(Problems.text(actions.fourEyesRefusal(view).orElseThrow()));
            why.setId("action-edit-four-eyes");
            form.add(why);
        }
        return form;
    }

    /**
     * The statuses the unit's own chief may choose (the service decides anyway): a proposal may be withdrawn; a
     * decided action's course is reported (pågår, genomförd), but it is not undecided nor cancelled.
     */
    private static java.util.List<ActionStatus> chiefsStatuses(ActionStatus now) {
        if (!now.decided()) {
            return java.util.List.of(ActionStatus.FORESLAGEN, ActionStatus.AVBRUTEN);
        }
        java.util.List<ActionStatus> statuses = new java.util.ArrayList<>();
        statuses.add(now);
        for (ActionStatus next : java.util.List.of(ActionStatus.PAGAR, ActionStatus.GENOMFORD)) {
            if (!statuses.contains(next)) {
                statuses.add(next);
            }
        }
        return statuses;
    }

    /**
     * Politicians' questions with their answers. A reader who may not edit nor review (a politician) gets a field
     * to ask; the unit's chief and the reviewers get a field to answer each open question.
     */
    private void addQuestions() {
        add(new H3(getTranslation("questions.title")));
        boolean answerer = current.mayEdit() || current.mayReview();
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd")
                .withZone(java.time.ZoneId.of("Europe/Stockholm"));
        for (Question question : questionService.questions(current.unit().code(), current.period())) {
            Paragraph asked = new Paragraph(getTranslation(
                    "questions.asked", question.askedBy(), day.format(question.askedAt()), question.text()));
            asked.setId("question-" + question.id());
            add(asked);
            if (question.answered()) {
                Paragraph answer =
                        new Paragraph(getTranslation("questions.answer", question.answeredBy(), question.answer()));
                answer.setId("answer-" + question.id());
                add(answer);
            } else if (answerer) {
                TextArea answer = new TextArea(getTranslation("questions.yourAnswer"));
                answer.setId("answer-text-" + question.id());
                answer.setMaxLength(MAX_TEXT);
                answer.setWidthFull();
                Button send = new Button(
                        getTranslation("questions.send"),
                        e -> act(() -> {
                            questionService.answer(question.id(), answer.getValue());
                            reloadKeepingEdits(getTranslation("questions.answered"));
                        }));
                send.setId("answer-send-" + question.id());
                add(answer, send);
            } else if (questionService.mayChange(question)) {
                TextArea text = new TextArea(getTranslation("questions.change"));
                text.setId("question-edit-text-" + question.id());
                text.setMaxLength(MAX_TEXT);
                text.setWidthFull();
                text.setValue(question.text());
                Button change = new Button(
                        getTranslation("questions.changeSave"),
                        e -> act(() -> {
                            questionService.edit(question.id(), text.getValue());
                            reloadKeepingEdits(getTranslation("questions.changed"));
                        }));
                change.setId("question-edit-save-" + question.id());
                add(new Paragraph(getTranslation("questions.unanswered")), text, change);
            } else {
                add(new Paragraph(getTranslation("questions.unanswered")));
            }
        }
        if (!answerer) {
            TextArea ask = new TextArea(getTranslation("questions.yourQuestion"));
            ask.setId("question-text");
            ask.setMaxLength(MAX_TEXT);
            ask.setWidthFull();
            Button send = new Button(
                    getTranslation("questions.ask"),
                    e -> act(() -> {
                        questionService.ask(current.unit().code(), current.period(), ask.getValue());
                        reloadKeepingEdits(getTranslation("questions.asked.done"));
                    }));
            send.setId("question-ask");
            add(ask, send);
        }
    }

    /** One row of the month's history: what it concerns (the report or an åtgärd) and the change. */
    private record HistoryRow(String subject, se.ekonomiuppfoljning.common.AuditEntry entry) {}

    /**
     * The audit trail of the month: the report's changes and those of its åtgärder, decisions included, by time; for
     * reviewers and economists (the services decide; a refusal shows nothing).
     */
    private void addHistory() {
        java.util.List<HistoryRow> entries = new java.util.ArrayList<>();
        try {
            reports.history(current.unit().code(), current.period())
                    .forEach(e -> entries.add(new HistoryRow(getTranslation("report.historySubject.report"), e)));
            actions.monthHistory(current.unit().code(), current.period())
                    .forEach(c -> entries.add(new HistoryRow(
                            getTranslation(
                                    "report.historySubject.action", c.action().what()),
                            c.entry())));
        } catch (PermissionDeniedException e) {
            return;
        }
        entries.sort(java.util.Comparator.comparing(r -> r.entry().at()));
        add(new H3(getTranslation("report.history")));
        Grid<HistoryRow> grid = new Grid<>();
        grid.setId("report-history");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        java.time.format.DateTimeFormatter time = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(java.time.ZoneId.of("Europe/Stockholm"));
        grid.addColumn(r -> time.format(r.entry().at()))
                .setHeader(getTranslation("import.col.at"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.entry().username())
                .setHeader(getTranslation("import.col.user"))
                .setAutoWidth(true);
        grid.addColumn(HistoryRow::subject)
                .setHeader(getTranslation("report.historySubject"))
                .setFlexGrow(1);
        grid.addColumn(r -> r.entry().before() == null ? "" : r.entry().before())
                .setHeader(getTranslation("report.before"))
                .setFlexGrow(1);
        grid.addColumn(r -> r.entry().after() == null ? "" : r.entry().after())
                .setHeader(getTranslation("report.after"))
                .setFlexGrow(1);
        grid.setItems(entries);
        ExportColumns<HistoryRow> columns = new ExportColumns<HistoryRow>()
                .dateTime(
                        getTranslation("import.col.at"),
                        r -> LocalDateTime.ofInstant(r.entry().at(), STOCKHOLM))
                .text(getTranslation("import.col.user"), r -> r.entry().username())
                .text(getTranslation("report.historySubject"), HistoryRow::subject)
                .text(getTranslation("report.before"), r -> r.entry().before())
                .text(getTranslation("report.after"), r -> r.entry().after());
        add(
                ExportLinks.forGrid(
                        grid,
                        columns,
                        exportFileName("historik"),
                        getTranslation(
                                "export.report.historySheet",
                                current.unit().code().value(),
                                current.period().toString()),
                        getTranslation("report.history") + ", " + exportTitle()),
                grid);
    }

    private String exportFileName(String table) {
        return ExportLinks.fileName(
                table, current.unit().code().value(), current.period().toString());
    }

    private String exportTitle() {
        return current.unit().name() + " (" + current.unit().code().value() + "), "
                + PeriodLabels.full(current.period(), getLocale());
    }

    private String actionStatus(ActionView v) {
        return getTranslation("actions.status." + v.action().status().name())
                + (v.overdue() ? " – " + getTranslation("actions.overdue") : "");
    }

    /** The unit's open åtgärder, and for the chief a form to add one (level proposed from the forecast). */
    private void addActions(boolean editable) {
        add(new H3(getTranslation("actions.title")));
        Grid<ActionView> grid = new Grid<>();
        grid.setId("actions-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(v -> v.action().what())
                .setHeader(getTranslation("actions.what"))
                .setFlexGrow(2);
        grid.addColumn(v -> v.action().cause())
                .setHeader(getTranslation("actions.cause"))
                .setFlexGrow(2);
        grid.addColumn(v -> v.action().responsible())
                .setHeader(getTranslation("actions.responsible"))
                .setAutoWidth(true);
        grid.addColumn(v -> v.action().dueDate().toString())
                .setHeader(getTranslation("actions.due"))
                .setAutoWidth(true);
        grid.addColumn(v -> SwedishFormat.tkr(v.action().expectedEffect()))
                .setHeader(getTranslation("actions.effect"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(v -> getTranslation(
                        "actions.level." + v.action().decisionLevel().name()))
                .setHeader(getTranslation("actions.level"))
                .setAutoWidth(true);
        grid.addColumn(this::actionStatus)
                .setHeader(getTranslation("actions.status"))
                .setAutoWidth(true);
        grid.setItems(actions.openActions(current.unit().code()));
        ExportColumns<ActionView> columns = new ExportColumns<ActionView>()
                .text(getTranslation("actions.what"), v -> v.action().what())
                .text(getTranslation("actions.cause"), v -> v.action().cause())
                .text(getTranslation("actions.responsible"), v -> v.action().responsible())
                .date(getTranslation("actions.due"), v -> v.action().dueDate())
                .amount(getTranslation("actions.effect"), v -> v.action().expectedEffect())
                .text(
                        getTranslation("actions.level"),
                        v -> getTranslation(
                                "actions.level." + v.action().decisionLevel().name()))
                .text(getTranslation("actions.status"), this::actionStatus);
        add(
                ExportLinks.forGrid(
                        grid,
                        columns,
                        exportFileName("atgarder"),
                        getTranslation(
                                "export.report.actionsSheet",
                                current.unit().code().value(),
                                current.period().toString()),
                        getTranslation("actions.title") + ", " + exportTitle()),
                grid);
        if (current.mayEdit()) {
            Div editor = new Div();
            editor.setWidthFull();
            grid.asSingleSelect().addValueChangeListener(e -> {
                editor.removeAll();
                if (e.getValue() != null) {
                    editor.add(actionEditor(e.getValue()));
                }
            });
            add(editor);
        }
        if (!editable) {
            return;
        }
        TextArea what = new TextArea(getTranslation("actions.what"));
        what.setId("action-what");
        what.setMaxLength(MAX_TEXT);
        TextArea cause = new TextArea(getTranslation("actions.cause"));
        cause.setId("action-cause");
        cause.setMaxLength(MAX_TEXT);
        TextField responsible = new TextField(getTranslation("actions.responsible"));
        responsible.setId("action-responsible");
        responsible.setMaxLength(200);
        DatePicker due = new DatePicker(getTranslation("actions.due"));
        due.setId("action-due");
        BigDecimalField effect = new BigDecimalField(getTranslation("actions.effectInput"));
        effect.setId("action-effect");
        Select<DecisionLevel> level = new Select<>();
        level.setLabel(getTranslation("actions.level"));
        level.setId("action-level");
        level.setItems(DecisionLevel.values());
        level.setItemLabelGenerator(l -> getTranslation("actions.level." + l.name()));
        level.setValue(actions.proposedLevel(current.unit().code(), current.period()));
        Button addAction = new Button(
                getTranslation("actions.add"),
                e -> act(() -> {
                    if (due.getValue() == null || effect.getValue() == null) {
                        throw new RuleViolationException(getTranslation("actions.missing"));
                    }
                    actions.create(
                            current.unit().code(),
                            current.period(),
                            new ActionDraft(
                                    what.getValue(),
                                    cause.getValue(),
                                    responsible.getValue(),
                                    due.getValue(),
                                    effect.getValue().multiply(BigDecimal.valueOf(1000)),
                                    level.getValue(),
                                    ActionStatus.FORESLAGEN,
                                    null));
                    reloadKeepingEdits(getTranslation("actions.added"));
                }));
        addAction.setId("action-add");
        FormLayout form = new FormLayout(what, cause, responsible, due, effect, level);
        add(form, addAction);
    }

    private Button button(String key, String id, Runnable action, boolean primary) {
        Button button = new Button(getTranslation(key), e -> act(action));
        button.setId(id);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    private void showForecastDeviation() {
        if (current == null) {
            return;
        }
        BigDecimal forecast = Optional.ofNullable(forecastTkr.getValue())
                .map(v -> v.multiply(BigDecimal.valueOf(1000)))
                .orElse(current.figures().forecast());
        BigDecimal deviation = current.figures().figures().annualBudget().subtract(forecast);
        forecastDeviation.setText(getTranslation("report.forecastDeviation", SwedishFormat.tkr(deviation)));
    }

    private ReportEdit edit() {
        BigDecimal forecast =
                forecastTkr.getValue() == null ? null : forecastTkr.getValue().multiply(BigDecimal.valueOf(1000));
        if (forecast != null
                && SwedishFormat.toTkr(current.figures().forecast()).compareTo(forecastTkr.getValue()) == 0
                && !current.figures().ownForecast()) {
            forecast = null; // untouched: the proposal keeps following the figures
        }
        return new ReportEdit(status.getValue(), followUpText.getValue(), analysis.getValue(), forecast);
    }

    private void save() {
        reports.save(
                current.unit().code(),
                current.period(),
                edit(),
                current.report().version());
        reload(getTranslation("report.saved"));
    }

    private void markReady() {
        if (current.mayEdit() && current.report().state().editable()) {
            reports.save(
                    current.unit().code(),
                    current.period(),
                    edit(),
                    current.report().version());
            current = reports.report(current.unit().code(), current.period());
        }
        reports.markReady(
                current.unit().code(), current.period(), current.report().version());
        reload(getTranslation("report.markedReady"));
    }

    private void approve() {
        reports.approve(
                current.unit().code(), current.period(), current.report().version());
        reload(getTranslation("report.approved"));
    }

    private void sendBack() {
        reports.sendBack(
                current.unit().code(),
                current.period(),
                reviewComment.getValue(),
                current.report().version());
        reload(getTranslation("report.sentBack"));
    }

    private void reload(String text) {
        load(current.unit().code(), current.period());
        message.setText(text);
    }

    /**
     * Reloads after a change to the åtgärder or questions, keeping what the user has typed in the report but not
     * yet saved (the report itself did not change).
     */
    private void reloadKeepingEdits(String text) {
        FollowUpStatus typedStatus = status.getValue();
        String typedFollowUp = followUpText.getValue();
        String typedAnalysis = analysis.getValue();
        BigDecimal typedForecast = forecastTkr.getValue();
        boolean wasEditable = !analysis.isReadOnly();
        reload(text);
        if (wasEditable && !analysis.isReadOnly()) {
            status.setValue(typedStatus);
            followUpText.setValue(typedFollowUp);
            analysis.setValue(typedAnalysis);
            forecastTkr.setValue(typedForecast);
        }
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (RuleViolationException e) {
            message.setText(Problems.text(e.problem()));
        } catch (PermissionDeniedException e) {
            message.setText(getTranslation("report.notAllowed"));
        } catch (ConcurrentEditException e) {
            // The user's texts stay in the fields; the message says what happened.
            message.setText(Problems.text(e.problem()));
        }
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.title");
    }
}
