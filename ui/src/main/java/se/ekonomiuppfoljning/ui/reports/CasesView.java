package se.ekonomiuppfoljning.ui.reports;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.RuleViolationException;
import se.ekonomiuppfoljning.followup.FollowUpOverview;
import se.ekonomiuppfoljning.followup.FollowUpService;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.reports.cases.CaseDecisionService;
import se.ekonomiuppfoljning.reports.cases.CaseFlowService;
import se.ekonomiuppfoljning.reports.cases.CaseNumberService;
import se.ekonomiuppfoljning.reports.cases.CaseProblem;
import se.ekonomiuppfoljning.reports.cases.Organ;
import se.ekonomiuppfoljning.reports.cases.ParagraphNumbering;
import se.ekonomiuppfoljning.reports.cases.ReportCase;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.ui.base.ColumnSet;
import se.ekonomiuppfoljning.ui.base.MainLayout;
import se.ekonomiuppfoljning.ui.base.PeriodLabels;
import se.ekonomiuppfoljning.ui.base.Problems;
import se.ekonomiuppfoljning.ui.base.ShowsProblems;
import se.ekonomiuppfoljning.ui.export.ExportLinks;

/**
 * "Ärenden": the follow-up cases the user may read (newest period first), each opening its case page; an
 * economist creates a new case for a node and a period here.
 */
@Route(value = CasesView.ROUTE, layout = MainLayout.class)
@RolesAllowed({Role.Names.EKONOM, Role.Names.CHEF, Role.Names.POLITIKER})
@Menu(title = "nav.cases", order = 3.1, icon = "vaadin:folder-open-o")
public class CasesView extends VerticalLayout implements HasDynamicTitle, ShowsProblems {

    public static final String ROUTE = "arenden";

    private final CaseFlowService service;
    private final CaseNumberService caseNumbers;
    private final CaseDecisionService decisions;
    private final int year;
    private final Div numbering = new Div();
    private final Grid<ReportCase> grid = new Grid<>();
    private final Paragraph message = new Paragraph();
    private final Button newVersion = new Button();
    private NewCaseForm.@Nullable CreateEvent pending;

    CasesView(
            CaseFlowService service,
            CaseNumberService caseNumbers,
            CaseDecisionService decisions,
            FollowUpService followUp,
            Clock clock) {
        this.service = service;
        this.caseNumbers = caseNumbers;
        this.decisions = decisions;
        this.year = LocalDate.now(clock).getYear();
        add(new H2(getTranslation("cases.title")));
        message.setId("cases-message");
        message.addClassName("portal-message");
        message.setVisible(false);
        newVersion.setText(getTranslation("case.newVersion"));
        newVersion.setId("case-new-version");
        newVersion.setVisible(false);
        newVersion.addClickListener(e -> createNewVersion());
        add(message, newVersion);

        grid.setId("cases-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        ColumnSet<ReportCase> columns = new ColumnSet<ReportCase>(this)
                .text("case-number", "case.caseNumber", ReportCase::caseNumber)
                .text("title", "case.heading", ReportCase::title)
                .grid(c -> c.setAutoWidth(false).setFlexGrow(1))
                .text("node", "case.node", c -> c.node().value())
                .text("period", "case.period", c -> c.period().toString())
                .shown(c -> PeriodLabels.full(c.period(), getLocale()))
                .text(
                        "stage",
                        "case.stage",
                        c -> getTranslation("case.stage." + c.stage().name()))
                .text(
                        "next-meeting",
                        "case.nextMeeting",
                        c -> c.nextMeeting().map(Object::toString).orElse(""));
        columns.addTo(grid);
        grid.addItemClickListener(
                e -> UI.getCurrent().navigate(CaseView.class, e.getItem().id()));
        List<ReportCase> cases = service.cases();
        grid.setItems(cases);
        add(
                ExportLinks.forGrid(
                        grid,
                        columns,
                        ExportLinks.fileName("arenden"),
                        getTranslation("cases.title"),
                        getTranslation("cases.title")),
                grid);
        if (cases.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("cases.none"));
            none.setId("cases-none");
            add(none);
        }
        if (service.canCreate()) {
            add(createForm(creatable(followUp.overview(), service.creatableNodes())));
        }
        add(numbering());
    }

    /**
     * "Paragrafnumrering": each organ's next § this year, as the portal proposes it; an economist who records
     * decisions sets an organ's own number from its protocol ("KS 2026, nästa § 31").
     */
    private VerticalLayout numbering() {
        numbering.setId("cases-numbering");
        showNumbering();
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("cases.numbering", Integer.toString(year))));
        box.setPadding(false);
        Paragraph note = new Paragraph(getTranslation("cases.numbering.note"));
        note.addClassName("portal-caption");
        box.add(note, numbering);
        if (!decisions.maySetParagraphNumbering()) {
            return box;
        }
        Select<Organ> organ = new Select<>();
        organ.setId("cases-numbering-organ");
        organ.setLabel(getTranslation("case.organ"));
        organ.setItems(Organ.values());
        organ.setItemLabelGenerator(decisions::organName);
        organ.setValue(Organ.KS);
        IntegerField next = new IntegerField(getTranslation("cases.numbering.next"));
        next.setId("cases-numbering-next");
        next.setMin(1);
        Button save = new Button(getTranslation("cases.numbering.save"), e -> {
            Integer value = next.getValue();
            Organ chosen = organ.getValue();
            if (value == null || chosen == null) {
                show(getTranslation("case.paragraph.required"));
                return;
            }
            ParagraphNumbering saved = decisions.setNextParagraph(chosen, year, value);
            message.setVisible(false);
            showNumbering();
            show(getTranslation(
                    "cases.numbering.saved",
                    decisions.organName(saved.organ()),
                    Integer.toString(saved.year()),
                    Integer.toString(saved.next())));
        });
        save.setId("cases-numbering-save");
        HorizontalLayout form = new HorizontalLayout(organ, next, save);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        box.add(form);
        return box;
    }

    private void showNumbering() {
        numbering.removeAll();
        for (ParagraphNumbering n : decisions.paragraphNumbering(year)) {
            Div line = new Div(getTranslation(
                    n.set() ? "cases.numbering.own" : "cases.numbering.portal",
                    decisions.organName(n.organ()),
                    Integer.toString(n.year()),
                    Integer.toString(n.next())));
            line.setId("cases-numbering-" + n.organ().name());
            numbering.add(line);
        }
    }

    /**
     * The nodes the form offers: only those the user may create cases for, so that it never asks the service about a
     * node the user only reads (the first administrator reads every node and creates none).
     */
    private static FollowUpOverview creatable(FollowUpOverview overview, Set<UnitCode> creatable) {
        List<FollowUpOverview.NodeOption> nodes = overview.nodes().stream()
                .filter(o -> creatable.contains(o.code()))
                .toList();
        UnitCode first = nodes.isEmpty() ? null : nodes.get(0).code();
        UnitCode node = overview.defaultNodeCode().filter(creatable::contains).orElse(first);
        return new FollowUpOverview(nodes, overview.periods(), overview.defaultPeriod(), node);
    }

    private NewCaseForm createForm(FollowUpOverview overview) {
        NewCaseForm form = new NewCaseForm(overview, caseNumbers.caseNumberPattern(), service::monthsNotApproved);
        form.addInvalidListener(e -> show(getTranslation("case.create.missing")));
        form.addCreateListener(e -> {
            ReportCase created;
            try {
                created = service.create(e.node(), e.period(), e.details());
            } catch (RuleViolationException refused) {
                if (refused.problem().code() != CaseProblem.CASE_EXISTS) {
                    throw refused;
                }
                show(Problems.text(refused.problem()));
                newVersion.setVisible(true);
                pending = e;
                return;
            }
            UI.getCurrent().navigate(CaseView.class, created.id());
        });
        return form;
    }

    /** Creates the refused case anyway, as a new version of the node's case for the period. */
    private void createNewVersion() {
        NewCaseForm.CreateEvent e = pending;
        if (e == null) {
            return;
        }
        ReportCase created = service.createNewVersion(e.node(), e.period(), e.details());
        UI.getCurrent().navigate(CaseView.class, created.id());
    }

    private void show(String text) {
        message.setText(text);
        message.setVisible(true);
        newVersion.setVisible(false);
        pending = null;
    }

    @Override
    public void showProblem(String text) {
        show(text);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cases.title") + " – " + getTranslation("app.title");
    }
}
