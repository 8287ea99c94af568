package se.ekonomiuppfoljning.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.followup.FollowUpOverview.NodeOption;
import se.ekonomiuppfoljning.reports.cases.CaseDecisionService;
import se.ekonomiuppfoljning.reports.cases.CaseDocumentService;
import se.ekonomiuppfoljning.reports.cases.CaseFlowService;
import se.ekonomiuppfoljning.reports.cases.CaseStage;
import se.ekonomiuppfoljning.reports.cases.DecisionDraft;
import se.ekonomiuppfoljning.reports.cases.ReportCase;
import se.ekonomiuppfoljning.security.OutOfScopeException;
import se.ekonomiuppfoljning.security.PermissionDeniedException;
import se.ekonomiuppfoljning.ui.reports.CaseView;
import se.ekonomiuppfoljning.ui.reports.CasesView;
import se.ekonomiuppfoljning.ui.reports.MeetingsView;
import se.ekonomiuppfoljning.ui.security.LoginView;

/**
 * The case flow per role on the demo data: the demo's case KS/2026:4 (KLS, February, at kommunstyrelsen) is only
 * read here; the economist's own case uses KLS in January so that the demo's case stays as it is.
 */
class CaseViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    private long highestCase;

    @BeforeEach
    void rememberTheCases() {
        highestCase = CreatedCases.highestId(jdbc);
    }

    @AfterEach
    void removeTheCasesCreated() {
        CreatedCases.removeAfter(jdbc, highestCase);
    }

    @Autowired
    CaseFlowService cases;

    @Autowired
    CaseDecisionService decisions;

    @Autowired
    CaseDocumentService caseDocuments;

    private ReportCase demoCase() {
        return cases.cases().stream()
                .filter(c -> c.caseNumber().equals("KS/2026:4"))
                .findFirst()
                .orElseThrow();
    }

    /** A text as compared with the PDF's: without white space, which wraps differently. */
    private static String[] squeezed(String... texts) {
        return java.util.Arrays.stream(texts).map(t -> t.replaceAll("\\s+", "")).toArray(String[]::new);
    }

    private static void click(String id) {
        clickAsBrowser(id);
    }

    /** A PDF's text without any blanks, so that words broken over lines still match. */
    private static String squeezedText(byte[] pdf) throws Exception {
        return pdfText(pdf).replaceAll("\\s+", "");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_economist_creates_a_case_sends_it_to_au_records_the_proposed_paragraph_and_gets_the_protokollsutdrag()
            throws Exception {
        login("ekonomichef");
        UI.getCurrent().navigate(CasesView.class);
        ComboBox<NodeOption> node = _get(ComboBox.class, spec -> spec.withId("case-new-node"));
        node.setValue(node.getListDataView()
                .getItems()
                .filter(o -> o.code().value().equals("KLS"))
                .findFirst()
                .orElseThrow());
        _get(Select.class, spec -> spec.withId("case-new-period")).setValue(new Period(2026, 1));
        _setValue(_get(TextField.class, spec -> spec.withId("case-new-number")), "KS/2026:2");
        _setValue(_get(TextField.class, spec -> spec.withId("case-new-title")), "Uppföljning januari \u201Dtest\u201D");
        click("case-create");

        assertThat(_get(H2.class, spec -> spec.withId("case-title")).getText())
                .isEqualTo("Uppföljning januari \u201Dtest\u201D");
        assertThat(_get(Paragraph.class, spec -> spec.withId("case-stage")).getText())
                .contains("Utkast");
        _setValue(_get(DatePicker.class, spec -> spec.withId("case-send-date")), LocalDate.of(2026, 2, 16));
        click("case-send");
        assertThat(_get(Paragraph.class, spec -> spec.withId("case-stage")).getText())
                .contains("Allmänna utskottet");
        assertThat(_get(Paragraph.class, spec -> spec.withId("case-changes-none"))
                        .getText())
                .contains("oförändrade");

        IntegerField paragraph = _get(IntegerField.class, spec -> spec.withId("case-paragraph"));
        assertThat(paragraph.getValue()).isGreaterThanOrEqualTo(15);
        int proposed = paragraph.getValue();
        assertThat(_get(DatePicker.class, spec -> spec.withId("case-decision-date"))
                        .getValue())
                .isEqualTo(LocalDate.of(2026, 2, 16));
        _setValue(_get(DatePicker.class, spec -> spec.withId("case-next-meeting")), LocalDate.of(2026, 3, 2));
        click("case-record");
        Confirmations.confirmAsBrowser(_get(ConfirmDialog.class));

        assertThat(_get(Paragraph.class, spec -> spec.withId("case-stage")).getText())
                .contains("Kommunstyrelsen");
        String excerpt = squeezedText(download("case-excerpt-AU"));
        assertThat(excerpt)
                .contains(squeezed(
                        "Protokollsutdrag",
                        "§ " + proposed + " Uppföljning januari \u201Dtest\u201D",
                        "Allmänna utskottets beslut",
                        "KS/2026:2",
                        "Budget till och med januari",
                        "Efter beslut i kommunstyrelsen skickas det till"));
        assertThat(squeezedText(download("case-pdf")))
                .contains(squeezed("Tjänsteskrivelse", "KS/2026:2", "Totalt KLS"));

        IntegerField again = _get(IntegerField.class, spec -> spec.withId("case-paragraph"));
        assertThat(again.getValue()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void a_paragraph_already_used_is_refused_on_the_page_in_swedish() {
        login("ekonomichef");
        ReportCase created = cases.createNewVersion(
                se.ekonomiuppfoljning.organisation.UnitCode.of("KLS"),
                new Period(2026, 1),
                se.ekonomiuppfoljning.reports.CaseDetails.blank().withCaseNumber("KS/2026:3"));
        ReportCase sent = cases.send(created.id(), LocalDate.of(2026, 2, 16), created.version());
        UI.getCurrent().navigate(CaseView.class, sent.id());

        _setValue(_get(IntegerField.class, spec -> spec.withId("case-paragraph")), 14);
        _setValue(_get(DatePicker.class, spec -> spec.withId("case-next-meeting")), LocalDate.of(2026, 3, 2));
        click("case-record");
        Confirmations.confirmAsBrowser(_get(ConfirmDialog.class));

        assertThat(_get(Paragraph.class, spec -> spec.withId("case-message")).getText())
                .startsWith("§ 14 är redan använd för allmänna utskottet 2026. Nästa lediga nummer är § ");
        assertThat(cases.get(sent.id()).stage()).isEqualTo(CaseStage.ALLMANNA_UTSKOTTET);
    }

    @Test
    void the_kommundirektor_reads_the_demo_case_with_its_frozen_figures_and_finds_no_controls() throws Exception {
        login("kommundirektor");
        UI.getCurrent().navigate(CasesView.class);
        assertThat(_find(Button.class, spec -> spec.withId("case-create"))).isEmpty();
        ReportCase demo = demoCase();
        UI.getCurrent().navigate(CaseView.class, demo.id());

        assertThat(_get(Paragraph.class, spec -> spec.withId("case-stage")).getText())
                .contains("KS/2026:4", "Kommunstyrelsen");
        assertThat(_get(Div.class, spec -> spec.withId("case-meetings"))
                        .getElement()
                        .getTextRecursively())
                .contains("Allmänna utskottet: sammanträde 2026-03-09", "Kommunstyrelsen: sammanträde 2026-03-23");
        assertThat(_find(Button.class, spec -> spec.withId("case-record"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("case-save"))).isEmpty();
        assertThat(_get(TextField.class, spec -> spec.withId("case-number")).isReadOnly())
                .isTrue();
        String memo = squeezedText(download("case-pdf"));
        assertThat(memo).contains(squeezed("Totalt KLS 3 483 3 340 143 95,9 % 52 999 6 960 6 704 256 96,3 %"));
        String excerpt = squeezedText(download("case-excerpt-AU"));
        assertThat(excerpt)
                .contains(squeezed(
                        "§ 14 Ekonomisk uppföljning februari 2026",
                        "2026-03-09",
                        "KS/2026:4",
                        "Allmänna utskottet föreslår kommunstyrelsen ta del av"));
    }

    @Test
    void the_politician_reads_the_agenda_in_infor_motet_finds_no_edit_control_and_is_refused_by_the_service()
            throws Exception {
        login("politiker");
        UI.getCurrent().navigate(MeetingsView.class);
        ReportCase demo = demoCase();

        assertThat(_find(com.vaadin.flow.component.html.H3.class, spec -> spec.withId("meeting-KS-2026-03-23")))
                .hasSize(1);
        String agenda = plain(_get(Div.class, spec -> spec.withId("agenda-case-" + demo.id()))
                .getElement()
                .getTextRecursively());
        assertThat(agenda)
                .contains(
                        "KS/2026:4 Ekonomisk uppföljning februari 2026",
                        "Totalt KLS",
                        "Överförmyndarvht",
                        "Budget till och med februari: 6 960",
                        "Hur många fler ärenden räknar ni med under året",
                        "Vi räknar med omkring 250",
                        "Inte besvarad än.");
        assertThat(_find(Button.class, spec -> spec.withId("meetings-print"))).hasSize(1);
        assertThat(squeezedText(download("agenda-pdf-" + demo.id()))).contains(squeezed("KS/2026:4"));

        UI.getCurrent().navigate(CaseView.class, demo.id());
        assertThat(_find(Button.class, spec -> spec.withId("case-record"))).isEmpty();
        assertThatThrownBy(() -> decisions.recordDecision(
                        demo.id(),
                        new DecisionDraft(
                                LocalDate.of(2026, 3, 23), 99, "Kommunstyrelsen tar del av uppföljningen.", null),
                        demo.version()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(cases.get(demo.id()).stage()).isEqualTo(CaseStage.KOMMUNSTYRELSEN);
    }

    @Test
    void a_chief_outside_the_node_sees_no_cases_and_is_refused_the_demo_case() {
        login("ekonomichef");
        long id = demoCase().id();
        logout();
        login("itchef");
        UI.getCurrent().navigate(CasesView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("cases-none")).getText())
                .contains("inga ärenden");

        UI.getCurrent().navigate(CaseView.class, id);
        assertThat(_get(Paragraph.class, spec -> spec.withId("case-message")).getText())
                .isEqualTo("Ärende " + id + " finns inte, eller så har du inte behörighet till det.");
        assertThat(_find(Anchor.class, spec -> spec.withId("case-pdf"))).isEmpty();
        assertThatThrownBy(() -> caseDocuments.document(id)).isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void an_anonymous_visitor_is_sent_to_the_login_page_and_the_administrator_is_refused() {
        UI.getCurrent().navigate(CasesView.class);
        _get(LoginView.class);
        assertThat(_find(CasesView.class)).isEmpty();
        UI.getCurrent().navigate(MeetingsView.class);
        _get(LoginView.class);

        login("admin");
        assertRefused(CasesView.class);
        assertRefused(MeetingsView.class);
    }
}
