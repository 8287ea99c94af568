package se.ekonomiuppfoljning.ui.reports;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.common.PlainText;
import se.ekonomiuppfoljning.common.RuleViolationException;
import se.ekonomiuppfoljning.followup.FollowUpOverview;
import se.ekonomiuppfoljning.followup.FollowUpService;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.organisation.UnknownUnitException;
import se.ekonomiuppfoljning.reports.Block;
import se.ekonomiuppfoljning.reports.CaseDetails;
import se.ekonomiuppfoljning.reports.DocumentFormat;
import se.ekonomiuppfoljning.reports.RenderedDocument;
import se.ekonomiuppfoljning.reports.Tjansteskrivelse;
import se.ekonomiuppfoljning.reports.TjansteskrivelseService;
import se.ekonomiuppfoljning.security.OutOfScopeException;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.ui.base.MainLayout;
import se.ekonomiuppfoljning.ui.base.NodePeriodChooser;
import se.ekonomiuppfoljning.ui.base.Problems;
import se.ekonomiuppfoljning.ui.base.UrlParameters;

/**
 * "Tjänsteskrivelse": choose the node and the period (in the URL as on the follow-up page,
 * {@code ?enhet=KLS&period=2026-02}), fill in the case's header fields, and download the document as PDF or DOCX.
 * The document is built when it is downloaded, from the figures and texts as they are then; the service refuses a
 * node outside the caller's scope however the request was made.
 */
@Route(value = TjansteskrivelseView.ROUTE, layout = MainLayout.class)
@RolesAllowed({Role.Names.EKONOM, Role.Names.CHEF, Role.Names.POLITIKER})
@Menu(title = "nav.report", order = 3, icon = "vaadin:file-text-o")
public class TjansteskrivelseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "rapport";
    static final String UNIT_PARAMETER = "enhet";
    static final String PERIOD_PARAMETER = "period";

    private final TjansteskrivelseService service;
    private final FollowUpService followUp;
    private final NodePeriodChooser<Period> chooser;
    private final VerticalLayout content = new VerticalLayout();
    private final TextField caseNumber = new TextField();
    private final TextField title = new TextField();
    private final TextField officer = new TextField();
    private final TextField chief = new TextField();
    private final DatePicker date = new DatePicker();
    private final TextArea proposal = new TextArea();
    private final TextArea forKnowledge = new TextArea();
    private final TextArea forAction = new TextArea();
    private boolean updating;

    /** What the downloads render: set on the UI thread, read by the download requests. */
    private volatile @Nullable Selection selection;

    private record Selection(UnitCode node, Period period, CaseDetails details) {}

    TjansteskrivelseView(TjansteskrivelseService service, FollowUpService followUp) {
        this.service = service;
        this.followUp = followUp;
        setSizeFull();
        add(new H2(getTranslation("memo.title")));

        chooser = NodePeriodChooser.months(
                        getTranslation("memo.node"), getTranslation("memo.period"), (unit, chosen) -> {
                            if (unit != null) {
                                navigate(unit, chosen);
                            }
                        })
                .withIds("report-node", "report-period");
        add(chooser);

        content.setPadding(false);
        add(content);
        setUpFields();
    }

    private void setUpFields() {
        caseNumber.setLabel(getTranslation("memo.caseNumber"));
        caseNumber.setHelperText(getTranslation("memo.caseNumber.helper"));
        caseNumber.setId("report-case-number");
        title.setLabel(getTranslation("memo.heading"));
        title.setId("report-heading");
        officer.setLabel(getTranslation("memo.officer"));
        officer.setId("report-officer");
        chief.setLabel(getTranslation("memo.chief"));
        chief.setId("report-chief");
        for (TextField field : List.of(caseNumber, title, officer, chief)) {
            field.setMaxLength(PlainText.MAX_SHORT_LENGTH);
            field.setWidthFull();
        }
        date.setLabel(getTranslation("memo.date"));
        date.setId("report-date");
        date.setLocale(getLocale());
        proposal.setLabel(getTranslation("memo.proposal"));
        proposal.setId("report-proposal");
        forKnowledge.setLabel(getTranslation("memo.forKnowledge"));
        forKnowledge.setId("report-for-knowledge");
        forAction.setLabel(getTranslation("memo.forAction"));
        forAction.setId("report-for-action");
        for (TextArea area : List.of(proposal, forKnowledge, forAction)) {
            area.setMaxLength(PlainText.MAX_LENGTH);
            area.setWidthFull();
        }
        forKnowledge.setHelperText(getTranslation("memo.recipients.helper"));
        forAction.setHelperText(getTranslation("memo.recipients.helper"));
        List<HasValue<?, ?>> fields =
                List.of(caseNumber, title, officer, chief, date, proposal, forKnowledge, forAction);
        fields.forEach(f -> f.addValueChangeListener(e -> remember()));
    }

    /** The URL of a node's tjänsteskrivelse for a period. */
    public static QueryParameters parameters(UnitCode unit, Period period) {
        return QueryParameters.simple(Map.of(UNIT_PARAMETER, unit.value(), PERIOD_PARAMETER, period.toString()));
    }

    private void navigate(UnitCode unit, Period chosen) {
        UI.getCurrent().navigate(ROUTE, parameters(unit, chosen));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        selection = null;
        FollowUpOverview overview = followUp.overview();
        Optional<String> unitParameter = UrlParameters.first(event, UNIT_PARAMETER);
        Optional<String> periodParameter = UrlParameters.first(event, PERIOD_PARAMETER);
        Period chosenPeriod = overview.defaultPeriod();
        if (periodParameter.isPresent()) {
            try {
                chosenPeriod = Period.parse(periodParameter.get());
            } catch (IllegalArgumentException e) {
                showMessage(getTranslation("memo.badPeriod", periodParameter.get()));
                return;
            }
        }
        chooser.show(overview.nodes(), overview.periods(), chosenPeriod);
        Optional<UnitCode> chosenNode = overview.defaultNodeCode();
        if (unitParameter.isPresent()) {
            try {
                chosenNode = Optional.of(UnitCode.of(unitParameter.get()));
            } catch (IllegalArgumentException e) {
                showMessage(getTranslation("memo.denied", unitParameter.get()));
                return;
            }
        }
        if (chosenNode.isEmpty()) {
            showMessage(getTranslation("memo.noScope"));
            return;
        }
        try {
            show(chosenNode.get(), chosenPeriod, overview);
        } catch (OutOfScopeException | UnknownUnitException e) {
            showMessage(getTranslation("memo.denied", chosenNode.get().value()));
        }
    }

    private void show(UnitCode code, Period chosen, FollowUpOverview overview) {
        CaseDetails defaults = service.defaults(code, chosen);
        Tjansteskrivelse preview = service.content(code, chosen, defaults);
        content.removeAll();
        chooser.selectNode(code);
        updating = true;
        try {
            caseNumber.setValue(valueOf(defaults.caseNumber()));
            title.setValue(valueOf(defaults.title()));
            officer.setValue(valueOf(defaults.officer()));
            chief.setValue(valueOf(defaults.chief()));
            date.setValue(defaults.date());
            proposal.setValue(valueOf(defaults.proposal()));
            forKnowledge.setValue(valueOf(defaults.forKnowledge()));
            forAction.setValue(valueOf(defaults.forAction()));
        } finally {
            updating = false;
        }
        selection = new Selection(code, chosen, details());

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.add(caseNumber, date, title, officer, chief, proposal, forKnowledge, forAction);
        form.setColspan(title, 2);
        form.setColspan(proposal, 2);
        form.setMaxWidth("60em");
        content.add(form);

        Paragraph hint = new Paragraph(getTranslation("memo.hint"));
        hint.addClassName("portal-caption");
        content.add(hint);
        content.add(downloads());
        content.add(summary(preview));
    }

    private HorizontalLayout downloads() {
        Anchor pdf = new Anchor(download(DocumentFormat.PDF), AttachmentType.DOWNLOAD, getTranslation("memo.pdf"));
        pdf.setId("report-pdf");
        pdf.addComponentAsFirst(VaadinIcon.FILE_TEXT_O.create());
        Anchor docx = new Anchor(download(DocumentFormat.DOCX), AttachmentType.DOWNLOAD, getTranslation("memo.docx"));
        docx.setId("report-docx");
        docx.addComponentAsFirst(VaadinIcon.FILE_O.create());
        HorizontalLayout links = new HorizontalLayout(pdf, docx);
        links.addClassName("portal-downloads");
        links.setSpacing(true);
        return links;
    }

    /** The figures the document will print and which months are not approved, as a check before downloading. */
    private Div summary(Tjansteskrivelse preview) {
        Div box = new Div();
        box.setId("report-summary");
        Block.Fields figures = preview.figures();
        box.add(new H3(figures.caption() == null ? "" : figures.caption()));
        for (Block.Field field : figures.fields()) {
            Div line = new Div(new Span(field.label() + ": "), new Span(field.value()));
            if (field.negative()) {
                line.addClassName("portal-negative");
            }
            box.add(line);
        }
        Paragraph frame = new Paragraph(preview.frameSentence());
        frame.setId("report-frame");
        box.add(frame);
        if (!preview.approvalNote().isBlank()) {
            // which units' months are not approved: the document says so, the economist sees it before downloading
            Paragraph approval = new Paragraph(preview.approvalNote());
            approval.setId("report-approval");
            box.add(approval);
        }
        return box;
    }

    /** Renders the document for a download request, with what the form held when the link was followed. */
    private DownloadHandler download(DocumentFormat format) {
        return DownloadHandler.fromInputStream(event -> {
            Selection chosen = selection;
            if (chosen == null) {
                return DownloadResponse.error(404);
            }
            try {
                RenderedDocument document = document(chosen, format);
                return new DownloadResponse(
                        new ByteArrayInputStream(document.content()),
                        document.fileName(),
                        document.mediaType(),
                        document.content().length);
            } catch (OutOfScopeException | UnknownUnitException e) {
                return DownloadResponse.error(403);
            } catch (RuleViolationException e) {
                return DownloadResponse.error(422, Problems.text(e.problem()));
            }
        });
    }

    private RenderedDocument document(Selection chosen, DocumentFormat format) {
        return service.render(chosen.node(), chosen.period(), chosen.details(), format);
    }

    private void remember() {
        Selection current = selection;
        if (!updating && current != null) {
            selection = new Selection(current.node(), current.period(), details());
        }
    }

    private CaseDetails details() {
        LocalDate chosenDate = date.getValue();
        return new CaseDetails(
                caseNumber.getValue(),
                title.getValue(),
                officer.getValue(),
                chief.getValue(),
                chosenDate,
                proposal.getValue(),
                forKnowledge.getValue(),
                forAction.getValue());
    }

    private static String valueOf(@Nullable String text) {
        return text == null ? "" : text;
    }

    private void showMessage(String text) {
        content.removeAll();
        Paragraph message = new Paragraph(text);
        message.addClassName("portal-message");
        message.setId("report-message");
        content.add(message);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("memo.title") + " – " + getTranslation("app.title");
    }
}
