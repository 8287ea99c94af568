package se.ekonomiuppfoljning.ui.reports;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import se.ekonomiuppfoljning.cycle.Question;
import se.ekonomiuppfoljning.reports.DocumentFormat;
import se.ekonomiuppfoljning.reports.RenderedDocument;
import se.ekonomiuppfoljning.reports.cases.CaseDocumentService;
import se.ekonomiuppfoljning.reports.cases.Meeting;
import se.ekonomiuppfoljning.reports.cases.MeetingAgendaService;
import se.ekonomiuppfoljning.reports.cases.ReportCase;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.ui.base.MainLayout;

/**
 * "Inför mötet": the coming meetings of the organs the user follows (a KS member: Allmänna utskottet and
 * kommunstyrelsen; a KF member: kommunfullmäktige; chiefs and economists: all), each case on the agenda with its
 * tjänsteskrivelse as frozen (tables, deviations, åtgärder) and the politicians' questions with their answers, the
 * PDF one click away, and "Skriv ut" for the browser's print (a print stylesheet hides the menu and the controls).
 * Nothing here changes anything.
 */
@Route(value = MeetingsView.ROUTE, layout = MainLayout.class)
@RolesAllowed({Role.Names.EKONOM, Role.Names.CHEF, Role.Names.POLITIKER})
@Menu(title = "nav.meetings", order = 3.2, icon = "vaadin:calendar-briefcase")
public class MeetingsView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "infor-motet";

    private final MeetingAgendaService service;
    private final CaseDocumentService documents;

    MeetingsView(MeetingAgendaService service, CaseDocumentService documents) {
        this.service = service;
        this.documents = documents;
        add(new H2(getTranslation("meetings.title")));
        Button print = new Button(
                getTranslation("meetings.print"),
                VaadinIcon.PRINT.create(),
                e -> UI.getCurrent().getPage().executeJs("window.print()"));
        print.setId("meetings-print");
        print.addClassName("portal-no-print");
        add(print);
        List<Meeting> meetings = service.comingMeetings();
        if (meetings.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("meetings.none"));
            none.setId("meetings-none");
            add(none);
        }
        for (Meeting meeting : meetings) {
            H3 heading = new H3(getTranslation(
                    "meetings.meeting",
                    service.organName(meeting.organ()),
                    meeting.date().toString()));
            heading.setId("meeting-" + meeting.organ().name() + "-" + meeting.date());
            add(heading);
            for (ReportCase reportCase : meeting.cases()) {
                add(agendaItem(reportCase));
            }
        }
    }

    private Div agendaItem(ReportCase reportCase) {
        Div item = new Div();
        item.addClassName("portal-agenda-case");
        item.setId("agenda-case-" + reportCase.id());
        item.add(new H4(reportCase.caseNumber() + " " + reportCase.title()));
        long id = reportCase.id();
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
        item.add(links);
        item.add(new DocumentBlocks(documents.document(id)));
        item.add(questions(service.questions(id), id));
        return item;
    }

    private Div questions(List<Question> questions, long id) {
        Div box = new Div();
        box.setId("agenda-questions-" + id);
        box.add(new H4(getTranslation("meetings.questions")));
        if (questions.isEmpty()) {
            box.add(new Paragraph(getTranslation("meetings.questions.none")));
        }
        for (Question question : questions) {
            Paragraph asked = new Paragraph(getTranslation(
                    "meetings.question", question.unit().value(), question.askedByName(), question.text()));
            asked.getStyle().set("white-space", "pre-line");
            Paragraph answer = new Paragraph(
                    question.answered()
                            ? getTranslation("meetings.answer", question.answeredByName(), question.answer())
                            : getTranslation("meetings.unanswered"));
            answer.getStyle().set("white-space", "pre-line").set("margin-left", "1.5em");
            box.add(asked, answer);
        }
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meetings.title") + " – " + getTranslation("app.title");
    }
}
