package se.ekonomiuppfoljning.ui.cycle;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.SwedishFormat;
import se.ekonomiuppfoljning.cycle.FollowUpStatus;
import se.ekonomiuppfoljning.cycle.MonthlyReport;
import se.ekonomiuppfoljning.cycle.ReportEdit;
import se.ekonomiuppfoljning.cycle.ReportState;
import se.ekonomiuppfoljning.ui.base.Problems;

/**
 * The chief's part of the month (verksamhetsuppföljning, ekonomisk analys, helårsprognos in tkr) and the reviewer's
 * comment, with the buttons the caller may use. It saves nothing itself: each button fires an event carrying what
 * the form holds, and the page does the change.
 */
public class MonthlyReportForm extends VerticalLayout {

    public static final int MAX_TEXT = 4000;
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private final Select<FollowUpStatus> status = new Select<>();
    private final TextArea followUpText = new TextArea();
    private final TextArea analysis = new TextArea();
    /** The forecast field's least width: its label ("Helårsprognos") in full, in every bundle's wording. */
    public static final String FORECAST_MIN_WIDTH = "16em";

    private final BigDecimalField forecastTkr = new BigDecimalField();
    private final Paragraph forecastDeviation = new Paragraph();
    private final Paragraph withheld = new Paragraph();
    private final TextArea reviewComment = new TextArea();
    private final Button save = button("report.save", "report-save");
    private final Button markReady = button("report.markReady", "report-ready");
    private final Button approve = button("report.approve", "report-approve");
    private final Button sendBack = button("report.sendBack", "report-send-back");
    private final Paragraph fourEyes = new Paragraph();
    private final Paragraph readyNote = new Paragraph();
    private final Binder<ReportDraft> binder = new Binder<>();
    private @Nullable MonthlyReport current;
    private boolean editable;

    public MonthlyReportForm() {
        setPadding(false);
        setWidthFull();
        status.setLabel(getTranslation("report.status"));
        status.setItems(FollowUpStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("report.status." + s.name()));
        status.setId("report-status");
        configure(followUpText, "report.followUpText", "report-followup-text");
        configure(analysis, "report.analysis", "report-analysis");
        // A short label (Lumo cuts a field's label at the field's width with "…"), the unit beside the figure and the
        // explanation below it, where it wraps; and room enough for the label whatever the layout around.
        forecastTkr.setLabel(getTranslation("report.forecastLabel"));
        forecastTkr.setSuffixComponent(new Span(getTranslation("report.forecastUnit")));
        forecastTkr.setHelperText(getTranslation("report.forecastHelp"));
        forecastTkr.setMinWidth(FORECAST_MIN_WIDTH);
        forecastTkr.setId("report-forecast");
        forecastTkr.addValueChangeListener(e -> showForecastDeviation());
        forecastDeviation.setId("report-forecast-deviation");
        withheld.setText(getTranslation("report.textsWithheld"));
        withheld.setId("report-texts-withheld");
        configure(reviewComment, "report.reviewComment", "report-review-comment");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        fourEyes.setId("report-four-eyes");
        bind();
        save.addClickListener(e -> written().ifPresent(edit -> fireEvent(new SaveEvent(this, edit))));
        markReady.addClickListener(e -> {
            if (!editable) {
                fireEvent(new MarkReadyEvent(this, null));
            } else {
                written().ifPresent(edit -> fireEvent(new MarkReadyEvent(this, edit)));
            }
        });
        approve.addClickListener(e -> fireEvent(new ApproveEvent(this)));
        sendBack.addClickListener(e -> fireEvent(new SendBackEvent(this, reviewComment.getValue())));
        add(withheld, status, followUpText, analysis, forecastTkr, forecastDeviation, reviewComment);
        readyNote.setId("report-ready-note");
        readyNote.setText(getTranslation("report.readyNote"));
        add(readyNote, new HorizontalLayout(save, markReady, approve, sendBack), fourEyes);
    }

    private void bind() {
        binder.forField(status).bind(ReportDraft::getStatus, ReportDraft::setStatus);
        binder.forField(followUpText).bind(ReportDraft::getFollowUpText, ReportDraft::setFollowUpText);
        binder.forField(analysis).bind(ReportDraft::getAnalysis, ReportDraft::setAnalysis);
        binder.forField(forecastTkr).bind(ReportDraft::getForecastTkr, ReportDraft::setForecastTkr);
    }

    private void configure(TextArea area, String labelKey, String id) {
        area.setLabel(getTranslation(labelKey));
        area.setId(id);
        area.setMaxLength(MAX_TEXT);
        // the field's own check of its length, which the binder runs before saving
        area.setI18n(new TextArea.TextAreaI18n().setMaxLengthErrorMessage(getTranslation("report.tooLong", MAX_TEXT)));
        area.setWidthFull();
        area.setValueChangeMode(ValueChangeMode.EAGER);
        area.addValueChangeListener(e ->
                area.setHelperText(getTranslation("report.counter", e.getValue().length(), MAX_TEXT)));
    }

    private Button button(String key, String id) {
        Button button = new Button(getTranslation(key));
        button.setId(id);
        return button;
    }

    /** Shows the stored month as the caller may see and change it; what was typed and not saved is replaced. */
    public void show(MonthlyReport report) {
        current = report;
        var stored = report.report();
        binder.readBean(new ReportDraft(
                stored.followUpStatus(),
                stored.followUpText(),
                stored.analysis(),
                SwedishFormat.toTkr(report.figures().forecast())));
        editable = report.mayEdit() && stored.state().editable();
        binder.setReadOnly(!editable);
        // the service sent no texts: say why instead of showing empty fields
        withheld.setVisible(report.textsWithheld());
        status.setVisible(!report.textsWithheld());
        followUpText.setVisible(!report.textsWithheld());
        analysis.setVisible(!report.textsWithheld());
        showForecastDeviation();
        boolean ready = stored.stored() && stored.state() == ReportState.READY;
        save.setVisible(editable);
        // Saving a ready month makes it a draft again: said before it happens.
        readyNote.setVisible(editable && ready);
        // Only the actions that still apply: nothing to mark ready once ready or approved, nothing to review
        // before the month is marked ready.
        markReady.setVisible(report.mayMarkReady() && editable && !ready);
        approve.setVisible(report.mayReview() && ready);
        approve.setEnabled(report.fourEyesRefusal().isEmpty());
        sendBack.setVisible(report.mayReview() && ready);
        reviewComment.setVisible(report.mayReview() && ready);
        fourEyes.setText(report.fourEyesRefusal()
                .map(p -> getTranslation("report.approveNotYours", Problems.text(p)))
                .orElse(""));
        fourEyes.setVisible(report.mayReview() && !report.fourEyesRefusal().isEmpty());
    }

    private void showForecastDeviation() {
        if (current == null) {
            return;
        }
        BigDecimal forecast = Optional.ofNullable(forecastTkr.getValue())
                .map(v -> v.multiply(THOUSAND))
                .orElse(current.figures().forecast());
        BigDecimal deviation = current.figures().figures().annualBudget().subtract(forecast);
        forecastDeviation.setText(getTranslation("report.forecastDeviation", SwedishFormat.tkr(deviation)));
    }

    /** What the form holds as an edit of the report, or empty (the fields say why) when a field is not valid. */
    private Optional<ReportEdit> written() {
        ReportDraft draft = new ReportDraft(null, "", "", null);
        try {
            binder.writeBean(draft);
        } catch (ValidationException e) {
            return Optional.empty();
        }
        BigDecimal typed = draft.getForecastTkr();
        BigDecimal forecast = typed == null ? null : typed.multiply(THOUSAND);
        if (typed != null
                && current != null
                && SwedishFormat.toTkr(current.figures().forecast()).compareTo(typed) == 0
                && !current.figures().ownForecast()) {
            forecast = null; // untouched: the proposal keeps following the figures
        }
        return Optional.of(new ReportEdit(draft.getStatus(), draft.getFollowUpText(), draft.getAnalysis(), forecast));
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addMarkReadyListener(ComponentEventListener<MarkReadyEvent> listener) {
        return addListener(MarkReadyEvent.class, listener);
    }

    public Registration addApproveListener(ComponentEventListener<ApproveEvent> listener) {
        return addListener(ApproveEvent.class, listener);
    }

    public Registration addSendBackListener(ComponentEventListener<SendBackEvent> listener) {
        return addListener(SendBackEvent.class, listener);
    }

    /** Save what the form holds. */
    public static class SaveEvent extends ComponentEvent<MonthlyReportForm> {
        private final ReportEdit edit;

        SaveEvent(MonthlyReportForm source, ReportEdit edit) {
            super(source, false);
            this.edit = edit;
        }

        public ReportEdit edit() {
            return edit;
        }
    }

    /** Mark the month ready; when the caller may still edit it, what the form holds is saved first. */
    public static class MarkReadyEvent extends ComponentEvent<MonthlyReportForm> {
        private final @Nullable ReportEdit edit;

        MarkReadyEvent(MonthlyReportForm source, @Nullable ReportEdit edit) {
            super(source, false);
            this.edit = edit;
        }

        /** What to save first, or empty when the form is read-only. */
        public Optional<ReportEdit> edit() {
            return Optional.ofNullable(edit);
        }
    }

    /** The reviewer approves the month. */
    public static class ApproveEvent extends ComponentEvent<MonthlyReportForm> {
        ApproveEvent(MonthlyReportForm source) {
            super(source, false);
        }
    }

    /** The reviewer sends the month back with the comment. */
    public static class SendBackEvent extends ComponentEvent<MonthlyReportForm> {
        private final String comment;

        SendBackEvent(MonthlyReportForm source, String comment) {
            super(source, false);
            this.comment = comment;
        }

        public String comment() {
            return comment;
        }
    }
}
