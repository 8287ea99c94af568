package se.ekonomiuppfoljning.ui.reports;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.ConcurrentEditException;
import se.ekonomiuppfoljning.common.PlainText;
import se.ekonomiuppfoljning.common.RuleViolationException;
import se.ekonomiuppfoljning.reports.CaseDetails;
import se.ekonomiuppfoljning.reports.DocumentFormat;
import se.ekonomiuppfoljning.reports.RenderedDocument;
import se.ekonomiuppfoljning.reports.cases.CaseDecisionService;
import se.ekonomiuppfoljning.reports.cases.CaseDocumentService;
import se.ekonomiuppfoljning.reports.cases.CaseFlowService;
import se.ekonomiuppfoljning.reports.cases.CaseNotFoundException;
import se.ekonomiuppfoljning.reports.cases.CaseStage;
import se.ekonomiuppfoljning.reports.cases.Decision;
import se.ekonomiuppfoljning.reports.cases.DecisionDraft;
import se.ekonomiuppfoljning.reports.cases.FigureChange;
import se.ekonomiuppfoljning.reports.cases.Organ;
import se.ekonomiuppfoljning.reports.cases.ReportCase;
import se.ekonomiuppfoljning.security.OutOfScopeException;
import se.ekonomiuppfoljning.security.PermissionDeniedException;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.ui.base.ColumnSet;
import se.ekonomiuppfoljning.ui.base.MainLayout;
import se.ekonomiuppfoljning.ui.base.PeriodLabels;
import se.ekonomiuppfoljning.ui.base.Problems;
import se.ekonomiuppfoljning.ui.base.ShowsProblems;
import se.ekonomiuppfoljning.ui.export.ExportLinks;

/**
 * A case's page ({@code /arende/<id>}): its header fields (editable by the economist while it is a draft), its
 * stage and meetings, sending it to Allmänna utskottet (which freezes its documents), recording each organ's
 * decision with the proposed §, the downloads (tjänsteskrivelse as PDF or DOCX, each decision's protokollsutdrag)
 * and "Ändrat sedan rapporten" with the figures that moved since it was frozen. Other readers see the same without
 * the controls; the service refuses a change from anyone but an economist with the node in scope.
 */
@Route(value = CaseView.ROUTE, layout = MainLayout.class)
@RolesAllowed({Role.Names.EKONOM, Role.Names.CHEF, Role.Names.POLITIKER})
public class CaseView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle, ShowsProblems {

    public static final String ROUTE = "arende";

    private final CaseFlowService service;
    private final CaseDecisionService decisions;
    private final CaseDocumentService documents;
    private final Paragraph message = new Paragraph();
    private final VerticalLayout content = new VerticalLayout();
    private @Nullable ReportCase shown;

    CaseView(CaseFlowService service, CaseDecisionService decisions, CaseDocumentService documents) {
        this.service = service;
        this.decisions = decisions;
        this.documents = documents;
        message.setId("case-message");
        message.addClassName("portal-message");
        message.setVisible(false);
        content.setPadding(false);
        add(message, content);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        message.setVisible(false);
        try {
            show(service.get(id));
        } catch (OutOfScopeException | CaseNotFoundException e) {
            content.removeAll();
            shown = null;
            showMessage(getTranslation("case.notFound", Long.toString(id)));
        }
    }

    private void show(ReportCase reportCase) {
        shown = reportCase;
        content.removeAll();
        boolean editable = service.canEdit(reportCase);
        H2 heading = new H2(reportCase.title());
        heading.setId("case-title");
        Paragraph stage = new Paragraph(getTranslation(
                "case.stageLine",
                reportCase.caseNumber(),
                reportCase.node().value(),
                PeriodLabels.full(reportCase.period(), getLocale()),
                getTranslation("case.stage." + reportCase.stage().name())));
        stage.setId("case-stage");
        content.add(heading, stage, meetings(reportCase), downloads(reportCase));

        content.add(details(reportCase, editable && reportCase.stage() == CaseStage.UTKAST));
        if (editable) {
            if (reportCase.stage() == CaseStage.UTKAST) {
                content.add(sendForm(reportCase));
            } else if (reportCase.stage().organ() != null) {
                content.add(decisionForm(reportCase, reportCase.stage().organ()));
            }
        }
        content.add(decisions(reportCase));
        if (reportCase.frozen()) {
            content.add(changes(reportCase));
        }
    }

    private Div meetings(ReportCase reportCase) {
        Div box = new Div();
        box.setId("case-meetings");
        for (Organ organ : Organ.values()) {
            reportCase
                    .meeting(organ)
                    .ifPresent(date -> box.add(
                            new Div(getTranslation("case.meeting", decisions.organName(organ), date.toString()))));
        }
        return box;
    }

    private HorizontalLayout downloads(ReportCase reportCase) {
        long id = reportCase.id();
        Anchor pdf = anchor(
                "case-pdf", getTranslation("memo.pdf"), () -> documents.tjansteskrivelse(id, DocumentFormat.PDF));
        Anchor docx = anchor(
                "case-docx", getTranslation("memo.docx"), () -> documents.tjansteskrivelse(id, DocumentFormat.DOCX));
        HorizontalLayout links = new HorizontalLayout(pdf, docx);
        for (Decision decision : reportCase.decisions()) {
            links.add(anchor(
                    "case-excerpt-" + decision.organ().name(),
                    getTranslation(
                            "case.excerpt",
                            decisions.organName(decision.organ()),
                            Integer.toString(decision.paragraph())),
                    () -> documents.protokollsutdrag(id, decision.organ(), DocumentFormat.PDF)));
        }
        links.addClassName("portal-downloads");
        links.setWrap(true);
        Paragraph note = new Paragraph(getTranslation(reportCase.frozen() ? "case.frozenNote" : "case.liveNote"));
        note.addClassName("portal-caption");
        note.setId("case-document-note");
        HorizontalLayout box = new HorizontalLayout(links);
        box.setPadding(false);
        VerticalLayout wrapper = new VerticalLayout(links, note);
        wrapper.setPadding(false);
        return new HorizontalLayout(wrapper);
    }

    private static Anchor anchor(String id, String text, Supplier<RenderedDocument> document) {
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    try {
                        RenderedDocument rendered = document.get();
                        return new DownloadResponse(
                                new ByteArrayInputStream(rendered.content()),
                                rendered.fileName(),
                                rendered.mediaType(),
                                rendered.content().length);
                    } catch (OutOfScopeException | CaseNotFoundException | PermissionDeniedException e) {
                        return DownloadResponse.error(403);
                    } catch (RuleViolationException e) {
                        return DownloadResponse.error(422, Problems.text(e.problem()));
                    }
                }),
                AttachmentType.DOWNLOAD,
                text);
        anchor.setId(id);
        anchor.addComponentAsFirst(VaadinIcon.FILE_TEXT_O.create());
        return anchor;
    }

    private VerticalLayout details(ReportCase reportCase, boolean editable) {
        CaseDetails d = reportCase.details();
        TextField caseNumber = text("case-number", "case.caseNumber", d.caseNumber());
        TextField title = text("case-heading", "case.heading", d.title());
        TextField officer = text("case-officer", "memo.officer", d.officer());
        TextField chief = text("case-chief", "memo.chief", d.chief());
        DatePicker date = new DatePicker(getTranslation("memo.date"), d.date());
        date.setId("case-date");
        date.setLocale(getLocale());
        TextArea proposal = area("case-proposal", "memo.proposal", d.proposal());
        TextArea forKnowledge = area("case-for-knowledge", "memo.forKnowledge", d.forKnowledge());
        TextArea forAction = area("case-for-action", "memo.forAction", d.forAction());
        FormLayout form = new FormLayout(caseNumber, date, title, officer, chief, proposal, forKnowledge, forAction);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(title, 2);
        form.setColspan(proposal, 2);
        form.setMaxWidth("60em");
        List.of(caseNumber, title, officer, chief).forEach(f -> f.setReadOnly(!editable));
        List.of(proposal, forKnowledge, forAction).forEach(f -> f.setReadOnly(!editable));
        date.setReadOnly(!editable);
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("case.details")), form);
        box.setPadding(false);
        if (editable) {
            Button save = new Button(
                    getTranslation("case.save"),
                    e -> act(() -> service.updateDetails(
                            reportCase.id(),
                            new CaseDetails(
                                    caseNumber.getValue(),
                                    title.getValue(),
                                    officer.getValue(),
                                    chief.getValue(),
                                    date.getValue(),
                                    proposal.getValue(),
                                    forKnowledge.getValue(),
                                    forAction.getValue()),
                            reportCase.version())));
            save.setId("case-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            box.add(save);
        }
        return box;
    }

    private HorizontalLayout sendForm(ReportCase reportCase) {
        DatePicker meeting = new DatePicker(getTranslation("case.meetingDate", decisions.organName(Organ.AU)));
        meeting.setId("case-send-date");
        meeting.setLocale(getLocale());
        Button send = new Button(getTranslation("case.send"), e -> {
            if (meeting.getValue() == null) {
                showMessage(getTranslation("case.send.noDate"));
                return;
            }
            act(() -> service.send(reportCase.id(), meeting.getValue(), reportCase.version()));
        });
        send.setId("case-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(meeting, send);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private VerticalLayout decisionForm(ReportCase reportCase, Organ organ) {
        String organName = decisions.organName(organ);
        IntegerField paragraph = new IntegerField(getTranslation("case.paragraph"));
        paragraph.setId("case-paragraph");
        paragraph.setValue(decisions.proposedParagraph(reportCase.id()));
        paragraph.setHelperText(getTranslation("case.paragraph.helper"));
        paragraph.setMin(1);
        DatePicker date = new DatePicker(
                getTranslation("case.decisionDate"), reportCase.meeting(organ).orElse(null));
        date.setId("case-decision-date");
        date.setLocale(getLocale());
        TextArea text = new TextArea(getTranslation("case.decisionText"));
        text.setId("case-decision-text");
        text.setValue(decisions.proposedDecisionText(reportCase.id()));
        text.setWidthFull();
        text.setMaxLength(PlainText.MAX_LENGTH);
        Organ next = reportCase.stage().next().organ();
        DatePicker nextMeeting =
                new DatePicker(next == null ? "" : getTranslation("case.meetingDate", decisions.organName(next)));
        nextMeeting.setId("case-next-meeting");
        nextMeeting.setLocale(getLocale());
        nextMeeting.setVisible(next != null);
        Button record = new Button(getTranslation("case.record", organName), e -> {
            if (paragraph.getValue() == null || date.getValue() == null) {
                showMessage(getTranslation("case.record.missing"));
                return;
            }
            act(() -> decisions.recordDecision(
                    reportCase.id(),
                    new DecisionDraft(date.getValue(), paragraph.getValue(), text.getValue(), nextMeeting.getValue()),
                    reportCase.version()));
        });
        record.setId("case-record");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout fields = new HorizontalLayout(paragraph, date, nextMeeting);
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout box =
                new VerticalLayout(new H3(getTranslation("case.decisionOf", organName)), fields, text, record);
        box.setPadding(false);
        box.setMaxWidth("60em");
        return box;
    }

    private VerticalLayout decisions(ReportCase reportCase) {
        Grid<Decision> grid = new Grid<>();
        grid.setId("case-decisions");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        ColumnSet<Decision> columns = new ColumnSet<Decision>(this)
                .text("organ", "case.organ", d -> decisions.organName(d.organ()))
                .date("date", "case.decisionDate", Decision::date)
                .number("paragraph", "case.paragraph", Decision::paragraph)
                .shown(d -> "§ " + d.paragraph())
                .text("text", "case.decisionText", Decision::text)
                .grid(c -> c.setAutoWidth(false).setFlexGrow(1));
        columns.addTo(grid);
        grid.setItems(reportCase.decisions());
        String title = getTranslation("case.decisions") + " " + reportCase.caseNumber();
        VerticalLayout box = new VerticalLayout(
                new H3(getTranslation("case.decisions")),
                ExportLinks.forGrid(
                        grid,
                        columns,
                        ExportLinks.fileName("beslut", reportCase.caseNumber()),
                        getTranslation("case.decisions"),
                        title),
                grid);
        box.setPadding(false);
        return box;
    }

    private VerticalLayout changes(ReportCase reportCase) {
        List<FigureChange> changes = documents.changes(reportCase.id());
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("case.changes")));
        box.setPadding(false);
        box.setId("case-changes-box");
        if (changes.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("case.changes.none"));
            none.setId("case-changes-none");
            box.add(none);
            return box;
        }
        Paragraph note = new Paragraph(getTranslation("case.changes.note"));
        note.addClassName("portal-caption");
        Grid<FigureChange> grid = new Grid<>();
        grid.setId("case-changes");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        ColumnSet<FigureChange> columns = new ColumnSet<FigureChange>(this)
                .text("unit", "case.changes.unit", FigureChange::unit)
                .text(
                        "column",
                        "case.changes.column",
                        c -> getTranslation("case.column." + c.column().name()))
                .amount("frozen", "case.changes.frozen", FigureChange::frozen)
                .amount("current", "case.changes.current", FigureChange::current);
        columns.addTo(grid);
        grid.setItems(changes);
        box.add(
                note,
                ExportLinks.forGrid(
                        grid,
                        columns,
                        ExportLinks.fileName("andrat-sedan-rapporten", reportCase.caseNumber()),
                        getTranslation("case.changes"),
                        getTranslation("case.changes")),
                grid);
        return box;
    }

    /**
     * Runs a change and shows the case as it is afterwards; after a stale edit, the case as stored now. A refusal
     * reaches the page's message through the error handler ({@link ShowsProblems}).
     */
    private void act(Supplier<ReportCase> change) {
        try {
            ReportCase changed = change.get();
            message.setVisible(false);
            show(changed);
            UI.getCurrent().getPage().setTitle(getPageTitle());
        } catch (ConcurrentEditException e) {
            showMessage(Problems.text(e.problem()));
            show(e.current(ReportCase.class));
        }
    }

    @Override
    public void showProblem(String text) {
        showMessage(text);
    }

    private TextField text(String id, String label, @Nullable String value) {
        TextField field = new TextField(getTranslation(label));
        field.setId(id);
        field.setValue(value == null ? "" : value);
        field.setMaxLength(PlainText.MAX_SHORT_LENGTH);
        field.setWidthFull();
        return field;
    }

    private TextArea area(String id, String label, @Nullable String value) {
        TextArea area = new TextArea(getTranslation(label));
        area.setId(id);
        area.setValue(value == null ? "" : value);
        area.setMaxLength(PlainText.MAX_LENGTH);
        area.setWidthFull();
        return area;
    }

    private void showMessage(String text) {
        message.setText(text);
        message.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        ReportCase current = shown;
        return (current == null ? getTranslation("cases.title") : current.caseNumber() + " " + current.title()) + " – "
                + getTranslation("app.title");
    }
}
