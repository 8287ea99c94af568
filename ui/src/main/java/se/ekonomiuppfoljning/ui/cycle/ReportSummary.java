package se.ekonomiuppfoljning.ui.cycle;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import se.ekonomiuppfoljning.common.SwedishFormat;
import se.ekonomiuppfoljning.cycle.MonthlyReport;
import se.ekonomiuppfoljning.ui.base.Problems;

/** The head of a unit's month: its state, the reviewer's comment, the figures and why an analysis is required. */
class ReportSummary extends VerticalLayout {

    private final Paragraph state = new Paragraph();
    private final Paragraph reviewComment = new Paragraph();
    private final Paragraph figures = new Paragraph();
    private final Paragraph analysisRequired = new Paragraph();
    private final UnorderedList reasons = new UnorderedList();

    ReportSummary() {
        setPadding(false);
        setWidthFull();
        state.setId("report-state");
        reasons.setId("report-reasons");
        analysisRequired.setId("report-reasons-intro");
        analysisRequired.setText(getTranslation("report.analysisRequired"));
        add(state, reviewComment, figures, analysisRequired, reasons);
    }

    void show(MonthlyReport current) {
        var report = current.report();
        // The same words as Mina uppgifter: a month nobody has saved is not started, not a draft.
        state.setText(getTranslation(
                "report.state",
                getTranslation(
                        "report.state." + (report.stored() ? report.state().name() : "NOT_STARTED"))));
        reviewComment.setText(getTranslation("report.reviewCommentShown", report.reviewComment()));
        reviewComment.setVisible(!report.reviewComment().isBlank());
        var shown = current.figures();
        figures.setText(getTranslation(
                "report.figures",
                SwedishFormat.tkr(shown.figures().ytdDeviation()),
                SwedishFormat.tkr(shown.figures().annualBudget()),
                SwedishFormat.tkr(shown.proposal())));
        reasons.removeAll();
        current.analysisReasons().forEach(r -> reasons.add(new ListItem(Problems.text(r))));
        // Only while the analysis is missing: once it is written, the demand has been met.
        analysisRequired.setVisible(current.analysisMissing());
        reasons.setVisible(current.analysisMissing());
    }
}
