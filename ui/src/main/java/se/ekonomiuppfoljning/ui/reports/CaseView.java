package se.ekonomiuppfoljning.ui.reports;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
import se.ekonomiuppfoljning.common.RuleViolationException;
import se.ekonomiuppfoljning.reports.DocumentFormat;
import se.ekonomiuppfoljning.reports.RenderedDocument;
import se.ekonomiuppfoljning.reports.cases.CaseDecisionService;
import se.ekonomiuppfoljning.reports.cases.CaseDocumentService;
import se.ekonomiuppfoljning.reports.cases.CaseFlowService;
import se.ekonomiuppfoljning.reports.cases.CaseNotFoundException;
import se.ekonomiuppfoljning.reports.cases.CaseStage;
import se.ekonomiuppfoljning.reports.cases.Decision;
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
        content.add(decisions(reportCase, editable));
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

    private CaseDetailsForm details(ReportCase reportCase, boolean editable) {
        CaseDetailsForm form = new CaseDetailsForm(reportCase.details(), editable);
        form.addSaveListener(e -> act(() -> service.updateDetails(reportCase.id(), e.details(), reportCase.version())));
        return form;
    }

    private SendForm sendForm(ReportCase reportCase) {
        SendForm form = new SendForm(
                decisions.organName(Organ.AU), service.monthsNotApproved(reportCase.node(), reportCase.period()));
        form.addInvalidListener(e -> showMessage(getTranslation("case.send.noDate")));
        form.addSendListener(e -> act(() -> service.send(reportCase.id(), e.meeting(), reportCase.version())));
        return form;
    }

    private DecisionForm decisionForm(ReportCase reportCase, Organ organ) {
        Organ next = reportCase.stage().next().organ();
        DecisionForm form = new DecisionForm(
                decisions.organName(organ),
                next == null ? null : decisions.organName(next),
                reportCase.meeting(organ).orElse(null),
                decisions.proposedParagraph(reportCase.id()),
                decisions.proposedDecisionText(reportCase.id()),
                decisions.actionsForDecision(reportCase.id()),
                false);
        form.addInvalidListener(e -> showMessage(getTranslation("case.record.missing")));
        form.addRecordListener(
                e -> act(() -> decisions.recordDecision(reportCase.id(), e.draft(), reportCase.version())));
        return form;
    }

    /** Corrects a recorded decision in a dialog: the same form, asking again before it is stored. */
    private void correct(ReportCase reportCase, Decision decision) {
        Dialog dialog = new Dialog();
        dialog.setId("case-correct-dialog");
        dialog.setHeaderTitle(getTranslation("case.correct.title", decisions.organName(decision.organ())));
        DecisionForm form = new DecisionForm(
                decisions.organName(decision.organ()),
                null,
                decision.date(),
                decision.paragraph(),
                decision.text(),
                decisions.actionsToLink(reportCase.id()),
                true);
        form.addInvalidListener(e -> showMessage(getTranslation("case.record.missing")));
        form.addRecordListener(e -> {
            dialog.close();
            act(() -> decisions.correctDecision(reportCase.id(), decision.organ(), e.draft(), reportCase.version()));
        });
        Button cancel = new Button(getTranslation("case.record.confirm.cancel"), e -> dialog.close());
        cancel.setId("case-correct-cancel");
        dialog.add(form);
        dialog.getFooter().add(cancel);
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened() && dialog.getParent().isPresent()) {
                content.remove(dialog);
            }
        });
        content.add(dialog); // inside the page, so that a refusal is worded in its message line
        dialog.open();
    }

    private VerticalLayout decisions(ReportCase reportCase, boolean editable) {
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
        if (editable) {
            grid.addComponentColumn(d -> {
                        Button button = new Button(getTranslation("case.correct"), e -> correct(reportCase, d));
                        button.setId("case-correct-" + d.organ().name());
                        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                        return button;
                    })
                    .setKey("correct")
                    .setAutoWidth(true);
        }
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
