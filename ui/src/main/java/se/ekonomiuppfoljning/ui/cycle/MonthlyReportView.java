package se.ekonomiuppfoljning.ui.cycle;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import se.ekonomiuppfoljning.actions.ActionService;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.cycle.MonthlyReport;
import se.ekonomiuppfoljning.cycle.MonthlyReportService;
import se.ekonomiuppfoljning.cycle.QuestionService;
import se.ekonomiuppfoljning.cycle.ReportState;
import se.ekonomiuppfoljning.followup.DeviationDriverService;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.organisation.UnknownUnitException;
import se.ekonomiuppfoljning.security.OutOfScopeException;
import se.ekonomiuppfoljning.ui.base.MainLayout;
import se.ekonomiuppfoljning.ui.base.PeriodLabels;
import se.ekonomiuppfoljning.ui.drivers.DeviationDriversPanel;

/**
 * A unit's month: the verksamhetsuppföljning, the ekonomisk analys and the helårsprognos (proposed as YTD
 * actual + the remaining budget), marked ready by the chief and approved or sent back by a reviewer above the
 * unit. Politicians read it. What the caller may do is the service's answer, and the service refuses anyway.
 *
 * <p>The page wires its parts: {@link MonthlyReportForm} fires what the user asks of the report and the page does
 * it, then shows the stored month in every part; {@link ActionsPanel} and {@link QuestionsPanel} change and reload
 * themselves (the report form keeps what was typed), an åtgärd's change also reloads {@link HistoryPanel}.
 */
@Route(value = "rapport/:" + MonthlyReportView.UNIT + "/:" + MonthlyReportView.PERIOD, layout = MainLayout.class)
@PermitAll
public class MonthlyReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String UNIT = "kod";
    static final String PERIOD = "period";

    private final MonthlyReportService reports;
    private final H2 heading = new H2();
    private final Paragraph denied = new Paragraph();
    private final ReportSummary summary = new ReportSummary();
    private final MonthlyReportForm form = new MonthlyReportForm();
    private final ReportMessage message = new ReportMessage();
    private final ActionsPanel actionsPanel;
    private final QuestionsPanel questions;
    private final HistoryPanel history;
    private final DeviationDriversPanel drivers;
    private final List<Component> month;

    @SuppressWarnings("NullAway.Init") // set by beforeEnter before the page is shown
    private MonthlyReport current;

    private String title = "";

    MonthlyReportView(
            MonthlyReportService reports,
            ActionService actions,
            QuestionService questionService,
            DeviationDriverService driverService) {
        this.reports = reports;
        drivers = new DeviationDriversPanel(driverService);
        actionsPanel = new ActionsPanel(actions, message);
        questions = new QuestionsPanel(questionService, message);
        history = new HistoryPanel(reports, actions);
        month = List.of(summary, drivers, form, message, actionsPanel, questions, history);
        form.addSaveListener(e -> message.run(() -> {
            boolean wasReady = current.report().stored() && current.report().state() == ReportState.READY;
            reports.save(unit(), current.period(), e.edit(), current.report().version());
            reload(getTranslation(wasReady ? "report.savedBackToDraft" : "report.saved"));
        }));
        form.addMarkReadyListener(e -> message.run(() -> {
            e.edit().ifPresent(edit -> {
                reports.save(unit(), current.period(), edit, current.report().version());
                current = reports.report(unit(), current.period());
                summary.show(current); // the state line tells the saved draft even if marking it ready is refused
            });
            reports.markReady(unit(), current.period(), current.report().version());
            reload(getTranslation("report.markedReady"));
        }));
        form.addApproveListener(e -> message.run(() -> {
            reports.approve(unit(), current.period(), current.report().version());
            reload(getTranslation("report.approved"));
        }));
        form.addSendBackListener(e -> message.run(() -> {
            reports.sendBack(
                    unit(), current.period(), e.comment(), current.report().version());
            reload(getTranslation("report.sentBack"));
        }));
        actionsPanel.addChangedListener(e -> history.refresh());
        add(heading, denied);
        month.forEach(this::add);
    }

    /** The route parameters of a unit's report for a period. */
    public static RouteParameters parameters(UnitCode unit, Period period) {
        return new RouteParameters(Map.of(UNIT, unit.value(), PERIOD, period.toString()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get(UNIT).orElse("");
        try {
            denied.setVisible(false);
            month.forEach(c -> c.setVisible(true)); // before loading: a part may hide itself
            load(
                    UnitCode.of(code),
                    Period.parse(event.getRouteParameters().get(PERIOD).orElse("")));
        } catch (OutOfScopeException | UnknownUnitException | IllegalArgumentException e) {
            title = getTranslation("detail.deniedTitle");
            heading.setText(title);
            denied.setText(getTranslation("followup.denied", code));
            denied.setVisible(true);
            month.forEach(c -> c.setVisible(false));
        }
    }

    private UnitCode unit() {
        return current.unit().code();
    }

    /** Reads the month and shows it in every part. */
    private void load(UnitCode unit, Period period) {
        current = reports.report(unit, period);
        title = getTranslation("report.title", current.unit().name(), PeriodLabels.full(period, getLocale()));
        heading.setText(title);
        summary.show(current);
        drivers.show(unit, period);
        form.show(current);
        actionsPanel.show(current);
        questions.show(current);
        history.show(current);
    }

    private void reload(String text) {
        load(unit(), current.period());
        message.show(text);
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.title");
    }
}
