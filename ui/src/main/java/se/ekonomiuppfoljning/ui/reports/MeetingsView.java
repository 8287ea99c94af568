package se.ekonomiuppfoljning.ui.reports;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.H6;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import se.ekonomiuppfoljning.actions.Action;
import se.ekonomiuppfoljning.briefing.BriefingService;
import se.ekonomiuppfoljning.briefing.CaseBriefing;
import se.ekonomiuppfoljning.briefing.MeetingBriefing;
import se.ekonomiuppfoljning.briefing.NewSince;
import se.ekonomiuppfoljning.briefing.UnitBriefing;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.common.SwedishFormat;
import se.ekonomiuppfoljning.cycle.Question;
import se.ekonomiuppfoljning.followup.DeviationDriverService;
import se.ekonomiuppfoljning.reports.DocumentFormat;
import se.ekonomiuppfoljning.reports.RenderedDocument;
import se.ekonomiuppfoljning.reports.cases.CaseDocumentService;
import se.ekonomiuppfoljning.reports.cases.FigureChange;
import se.ekonomiuppfoljning.reports.cases.ReportCase;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.ui.base.MainLayout;
import se.ekonomiuppfoljning.ui.base.ProblemArea;
import se.ekonomiuppfoljning.ui.drivers.DeviationDriversPanel;

/**
 * "Inför mötet" as a briefing: the coming meetings of the organs the user follows, and per case on the agenda its
 * summary figures and two charts as the tjänsteskrivelse holds them (drawn as SVG by the server, as in the PDF), the
 * units with a negative deviation first (largest first) and then the others, each with its analysis, helårsprognos,
 * åtgärder, decision level, the accounts that drive its deviation (folded, read when opened) and the politicians'
 * questions, where a politician asks one. "Nytt" (a text badge, not a colour) marks what happened since the user
 * last opened the page; "Ändrat sedan rapporten" the units whose figures moved since the case was frozen. The whole
 * tjänsteskrivelse stays one fold away, the PDF one click, and "Skriv ut" prints the page (a print stylesheet hides
 * the menu and the controls). Everything is read and checked by {@link BriefingService}.
 */
@Route(value = MeetingsView.ROUTE, layout = MainLayout.class)
@RolesAllowed({Role.Names.EKONOM, Role.Names.CHEF, Role.Names.POLITIKER})
@Menu(title = "nav.meetings", order = 3.2, icon = "vaadin:calendar-briefcase")
public class MeetingsView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "infor-motet";

    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Stockholm"));

    private final BriefingService briefings;
    private final CaseDocumentService documents;
    private final DeviationDriverService drivers;

    MeetingsView(BriefingService briefings, CaseDocumentService documents, DeviationDriverService drivers) {
        this.briefings = briefings;
        this.documents = documents;
        this.drivers = drivers;
        addClassName("portal-briefing");
        add(new H2(getTranslation("meetings.title")));
        Button print = new Button(
                getTranslation("meetings.print"),
                VaadinIcon.PRINT.create(),
                e -> UI.getCurrent().getPage().executeJs("window.print()"));
        print.setId("meetings-print");
        print.addClassName("portal-no-print");
        add(print);
        List<MeetingBriefing> meetings = briefings.open();
        if (meetings.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("meetings.none"));
            none.setId("meetings-none");
            add(none);
        } else {
            Paragraph intro = new Paragraph(getTranslation("briefing.intro"));
            intro.addClassName("portal-caption");
            add(intro);
        }
        for (MeetingBriefing meeting : meetings) {
            H3 heading = new H3(getTranslation(
                    "meetings.meeting",
                    meeting.organName(),
                    meeting.meeting().date().toString()));
            heading.setId("meeting-" + meeting.meeting().organ().name() + "-"
                    + meeting.meeting().date());
            add(heading);
            for (CaseBriefing briefing : meeting.cases()) {
                add(agendaItem(briefing));
            }
        }
    }

    private Div agendaItem(CaseBriefing briefing) {
        ReportCase reportCase = briefing.reportCase();
        long id = reportCase.id();
        NewSince newSince = briefing.newSince();
        Div item = new Div();
        item.addClassName("portal-agenda-case");
        item.setId("agenda-case-" + id);
        H4 title = new H4(reportCase.caseNumber() + " " + reportCase.title());
        if (newSince.newCase()) {
            title.add(new Span(" "), badge("briefing.new.case", "briefing-new-case-" + id));
        }
        item.add(title);
        if (newSince.lastRead() != null) {
            Paragraph read = new Paragraph(getTranslation("briefing.lastRead", MOMENT.format(newSince.lastRead())));
            read.addClassName("portal-caption");
            item.add(read);
        }
        item.add(links(id));

        if (briefing.summary() != null) {
            item.add(new H5(getTranslation("briefing.summary")));
            item.add(DocumentBlocks.fields(briefing.summary()));
        }
        if (!briefing.changes().isEmpty()) {
            item.add(changes(id, briefing.changes()));
        }
        Div charts = new Div();
        charts.addClassName("portal-briefing-charts");
        charts.setId("briefing-charts-" + id);
        briefing.charts().forEach(chart -> charts.add(new DocumentChart(chart)));
        item.add(charts);

        item.add(new H5(getTranslation("briefing.negative")));
        if (briefing.negative().isEmpty()) {
            item.add(new Paragraph(getTranslation("briefing.negative.none")));
        }
        briefing.negative().forEach(unit -> item.add(unit(reportCase, unit, newSince)));
        if (!briefing.others().isEmpty()) {
            item.add(new H5(getTranslation("briefing.others")));
            briefing.others().forEach(unit -> item.add(unit(reportCase, unit, newSince)));
        }

        Details document = new Details(getTranslation("briefing.document"), new DocumentBlocks(briefing.document()));
        document.setId("briefing-document-" + id);
        document.setWidthFull();
        item.add(document);
        return item;
    }

    private HorizontalLayout links(long id) {
        Anchor pdf = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    RenderedDocument rendered = documents.tjansteskrivelse(id, DocumentFormat.PDF);
                    return new DownloadResponse(
                            new ByteArrayInputStream(rendered.content()),
                            rendered.fileName(),
                            rendered.mediaType(),
                            rendered.content().length);
                }),
                AttachmentType.DOWNLOAD,
                getTranslation("meetings.pdf"));
        pdf.setId("agenda-pdf-" + id);
        pdf.addComponentAsFirst(VaadinIcon.FILE_TEXT_O.create());
        RouterLink open = new RouterLink(getTranslation("meetings.open"), CaseView.class, id);
        open.setId("agenda-open-" + id);
        HorizontalLayout links = new HorizontalLayout(pdf, open);
        links.addClassName("portal-no-print");
        links.getStyle().set("flex-wrap", "wrap");
        return links;
    }

    private Div changes(long id, List<FigureChange> changes) {
        Div box = new Div();
        box.setId("briefing-changes-" + id);
        box.add(new Paragraph(
                badge("briefing.changed", null), new Span(" " + getTranslation("briefing.changed.note"))));
        Div scroll = new Div();
        scroll.addClassName("portal-document-table");
        scroll.getElement().setAttribute("tabindex", "0");
        Element table = new Element("table");
        Element caption = new Element("caption");
        caption.setText(getTranslation("briefing.changes.table"));
        table.appendChild(caption);
        Element head = new Element("tr");
        for (String key :
                List.of("case.changes.unit", "case.changes.column", "case.changes.frozen", "case.changes.current")) {
            Element th = new Element("th");
            th.setAttribute("scope", "col");
            th.setText(getTranslation(key));
            head.appendChild(th);
        }
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (FigureChange change : changes) {
            Element tr = new Element("tr");
            Element unit = new Element("th");
            unit.setAttribute("scope", "row");
            unit.setText(change.unit());
            tr.appendChild(unit);
            tr.appendChild(cell(getTranslation("case.column." + change.column().name())));
            tr.appendChild(cell(SwedishFormat.tkr(change.frozen())));
            tr.appendChild(cell(SwedishFormat.tkr(change.current())));
            body.appendChild(tr);
        }
        table.appendChild(body);
        scroll.getElement().appendChild(table);
        box.add(scroll);
        return box;
    }

    private static Element cell(String text) {
        Element td = new Element("td");
        td.setText(text);
        return td;
    }

    private Div unit(ReportCase reportCase, UnitBriefing unit, NewSince newSince) {
        String key = reportCase.id() + "-" + unit.unit().code().value();
        Div box = new Div();
        box.addClassName("portal-briefing-unit");
        box.setId("briefing-unit-" + key);
        H6 name = new H6(unit.unit().name());
        if (unit.changedSinceReport()) {
            name.add(new Span(" "), badge("briefing.changed", "briefing-changed-" + key));
        }
        box.add(name);
        Paragraph deviation = new Paragraph(getTranslation(
                "briefing.unit.deviation",
                SwedishFormat.tkr(unit.figures().ytdDeviation()),
                SwedishFormat.tkr(unit.figures().monthDeviation())));
        if (unit.negative()) {
            deviation.addClassName("portal-negative");
        }
        box.add(deviation);
        box.add(new Paragraph(getTranslation(
                unit.forecast().anyProposal() ? "briefing.unit.forecast.proposal" : "briefing.unit.forecast",
                SwedishFormat.tkr(unit.forecast().forecast()),
                SwedishFormat.tkr(unit.forecast().forecastDeviation()))));
        box.add(new Paragraph(getTranslation(
                "briefing.unit.level",
                getTranslation("actions.level." + unit.level().name()))));

        box.add(new Paragraph(new Span(getTranslation("briefing.unit.analysis") + ": ")));
        Paragraph analysis = new Paragraph(
                unit.analysis() != null
                        ? unit.analysis()
                        : getTranslation(
                                unit.textsWithheld()
                                        ? "briefing.unit.analysis.withheld"
                                        : "briefing.unit.analysis.none"));
        analysis.setId("briefing-analysis-" + key);
        analysis.getStyle().set("white-space", "pre-line");
        box.add(analysis);

        box.add(new Paragraph(new Span(getTranslation("briefing.unit.actions") + ": ")));
        if (unit.actions().isEmpty()) {
            box.add(new Paragraph(getTranslation("briefing.unit.actions.none")));
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("briefing-actions-" + key);
            for (Action action : unit.actions()) {
                list.add(new ListItem(getTranslation(
                        "briefing.unit.action",
                        action.what(),
                        action.responsible(),
                        action.dueDate().toString(),
                        SwedishFormat.tkr(action.expectedEffect()),
                        getTranslation("actions.level." + action.decisionLevel().name()),
                        getTranslation("actions.status." + action.status().name()))));
            }
            box.add(list);
        }

        DeviationDriversPanel driversPanel = new DeviationDriversPanel(drivers, "briefing-drivers-" + key);
        driversPanel.addClassName("portal-no-print");
        driversPanel.showWhenOpened(unit.unit().code(), reportCase.period());
        box.add(driversPanel);

        box.add(questions(key, unit, reportCase.period(), newSince));
        return box;
    }

    private Div questions(String key, UnitBriefing unit, Period period, NewSince newSince) {
        Div box = new Div();
        box.setId("briefing-questions-" + key);
        box.add(new Paragraph(new Span(getTranslation("briefing.unit.questions") + ": ")));
        Div list = new Div();
        list.setId("briefing-question-list-" + key);
        showQuestions(list, unit.unit().name(), unit.questions(), newSince);
        box.add(list);
        if (unit.mayAsk()) {
            Paragraph message = new Paragraph();
            message.setId("briefing-ask-message-" + key);
            TextArea text = new TextArea(
                    getTranslation("briefing.ask.label", unit.unit().name()));
            text.setId("briefing-ask-text-" + key);
            text.setWidthFull();
            text.setMaxLength(2000);
            Button ask = new Button(getTranslation("briefing.ask.button"));
            ask.setId("briefing-ask-" + key);
            ask.addClickListener(e -> {
                briefings.ask(unit.unit().code(), period, text.getValue());
                text.clear();
                message.setText(getTranslation("briefing.ask.done"));
                showQuestions(
                        list,
                        unit.unit().name(),
                        briefings.questions(unit.unit().code(), period),
                        newSince);
            });
            ProblemArea area = new ProblemArea(message::setText, text, ask, message);
            area.setPadding(false);
            area.addClassName("portal-no-print");
            box.add(area);
        }
        return box;
    }

    private void showQuestions(Div list, String unitName, List<Question> questions, NewSince newSince) {
        list.removeAll();
        if (questions.isEmpty()) {
            list.add(new Paragraph(getTranslation("meetings.questions.none")));
        }
        for (Question question : questions) {
            Paragraph asked = new Paragraph(
                    getTranslation("meetings.question", unitName, question.askedByName(), question.text()));
            asked.setId("briefing-question-" + question.id());
            asked.getStyle().set("white-space", "pre-line");
            if (newSince.isNew(question.askedAt())) {
                asked.addComponentAsFirst(badge("briefing.new.question", null));
                asked.getElement().insertChild(1, Element.createText(" "));
            }
            Paragraph answer = new Paragraph(
                    question.answered()
                            ? getTranslation("meetings.answer", question.answeredByName(), question.answer())
                            : getTranslation("meetings.unanswered"));
            answer.setId("briefing-answer-" + question.id());
            answer.getStyle().set("white-space", "pre-line").set("margin-left", "1.5em");
            if (question.answered() && newSince.isNew(question.answeredAt())) {
                answer.addComponentAsFirst(badge("briefing.new.answer", "briefing-new-answer-" + question.id()));
                answer.getElement().insertChild(1, Element.createText(" "));
            }
            list.add(asked, answer);
        }
    }

    /** A mark readable without colour: its word in a framed box. */
    private Span badge(String key, @org.jspecify.annotations.Nullable String id) {
        Span badge = new Span(getTranslation(key));
        badge.addClassName("portal-badge");
        if (id != null) {
            badge.setId(id);
        }
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meetings.title") + " – " + getTranslation("app.title");
    }
}
