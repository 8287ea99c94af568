package se.ekonomiuppfoljning.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H6;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.ekonomiuppfoljning.briefing.BriefingService;
import se.ekonomiuppfoljning.briefing.CaseBriefing;
import se.ekonomiuppfoljning.briefing.UnitBriefing;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.cycle.Question;
import se.ekonomiuppfoljning.cycle.QuestionService;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.reports.cases.CaseFlowService;
import se.ekonomiuppfoljning.reports.cases.ReportCase;
import se.ekonomiuppfoljning.security.OutOfScopeException;
import se.ekonomiuppfoljning.ui.reports.CasesView;
import se.ekonomiuppfoljning.ui.reports.MeetingsView;

/**
 * Inför mötet as a briefing over the demo's case KS/2026:4 (KLS, February 2026): the charts drawn as SVG with their
 * values for a screen reader, the negative units first and largest first, issue 12's rule that a politician reads a
 * month's analysis only once it is approved, a question asked on the page and its answer shown there marked as new,
 * and nothing for a chief outside the case's node.
 */
class BriefingViewTest extends KaribuTest {

    private static final UnitCode HR = UnitCode.of("1180");
    private static final Period FEBRUARY = new Period(2026, 2);

    @Autowired
    CaseFlowService cases;

    @Autowired
    BriefingService briefings;

    @Autowired
    QuestionService questions;

    private ReportCase demoCase() {
        login("ekonomichef");
        ReportCase demo = cases.cases().stream()
                .filter(c -> c.caseNumber().equals("KS/2026:4"))
                .findFirst()
                .orElseThrow();
        logout();
        return demo;
    }

    private CaseBriefing briefingOf(long id) {
        return briefings.open().stream()
                .flatMap(m -> m.cases().stream())
                .filter(c -> c.reportCase().id() == id)
                .findFirst()
                .orElseThrow();
    }

    /** A new opening of the page (Vaadin keeps the shown view when navigating to where it already is). */
    private static void reopenBriefing() {
        UI.getCurrent().navigate(CasesView.class);
        UI.getCurrent().navigate(MeetingsView.class);
    }

    @Test
    void the_politician_sees_both_charts_as_svg_with_their_values_and_the_negative_units_largest_first() {
        long id = demoCase().id();
        login("politiker");
        CaseBriefing briefing = briefingOf(id);
        List<BigDecimal> deviations = briefing.negative().stream()
                .map(u -> u.figures().ytdDeviation())
                .toList();
        assertThat(deviations).isNotEmpty().isSorted().allMatch(d -> d.signum() < 0);
        assertThat(briefing.others()).allMatch(u -> u.figures().ytdDeviation().signum() >= 0);

        reopenBriefing();
        // the server time of building the page on the demo data, warm, for the record (not asserted)
        long started = System.nanoTime();
        reopenBriefing();
        System.out.printf(
                "Inför mötet (politiker, demo data): page built in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        Div item = _get(Div.class, spec -> spec.withId("agenda-case-" + id));
        Div charts = _get(Div.class, spec -> spec.withId("briefing-charts-" + id));
        List<Svg> svgs = _find(charts, Svg.class);
        assertThat(svgs).hasSize(2);
        for (Svg picture : svgs) {
            assertThat(picture.getElement().getProperty("innerHTML", ""))
                    .startsWith("<svg ")
                    .contains("role=\"img\"", "aria-label=");
        }
        String chartsText = plain(charts.getElement().getOuterHTML());
        assertThat(chartsText).contains("class=\"portal-visually-hidden\"", "<table>", "<caption>");
        // the first unit block on the page is the unit with the largest negative deviation
        List<H6> names = _find(item, H6.class);
        assertThat(names.get(0).getText())
                .startsWith(briefing.negative().get(0).unit().name());
        assertThat(plain(item.getElement().getTextRecursively()))
                .contains("Enheter med negativ avvikelse", "Helårsprognos", "Beslutsnivå");
    }

    @Test
    void a_politician_reads_no_analysis_of_a_month_not_approved_while_the_kommundirektor_does() {
        long id = demoCase().id();
        String key = id + "-" + HR.value();

        login("politiker");
        UI.getCurrent().navigate(MeetingsView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("briefing-analysis-" + key))
                        .getText())
                .isEqualTo("Analysen visas när månaden är godkänd.");
        assertThat(_find(Div.class, spec -> spec.withId("briefing-unit-" + key))
                        .get(0)
                        .getElement()
                        .getTextRecursively())
                .doesNotContain("sjuklönekostnader och inhyrd konsult")
                // the åtgärd is under way (decided), so a politician reads it although the month is not approved
                .contains("Avsluta konsultuppdraget");
        UnitBriefing hr = briefingOf(id).negative().stream()
                .filter(u -> u.unit().code().equals(HR))
                .findFirst()
                .orElseThrow();
        assertThat(hr.analysis()).isNull();
        assertThat(hr.actions()).allMatch(a -> a.status().decided());
        logout();

        login("kommundirektor");
        reopenBriefing();
        assertThat(_get(Paragraph.class, spec -> spec.withId("briefing-analysis-" + key))
                        .getText())
                .contains("sjuklönekostnader och inhyrd konsult");
        assertThat(_get(Div.class, spec -> spec.withId("briefing-unit-" + key))
                        .getElement()
                        .getTextRecursively())
                .contains("Avsluta konsultuppdraget");
        // a chief reads the briefing but asks nothing here
        assertThat(_find(Button.class, spec -> spec.withId("briefing-ask-" + key)))
                .isEmpty();
    }

    @Test
    void a_politician_asks_on_the_briefing_and_sees_the_chiefs_answer_there_marked_new_once() {
        long id = demoCase().id();
        String key = id + "-" + HR.value();
        String text = "Hur många vikarier räknar ni med i vår? (briefing " + System.nanoTime() + ")";

        login("politiker");
        UI.getCurrent().navigate(MeetingsView.class);
        _setValue(_get(TextArea.class, spec -> spec.withId("briefing-ask-text-" + key)), text);
        clickAsBrowser("briefing-ask-" + key);
        assertThat(_get(Paragraph.class, spec -> spec.withId("briefing-ask-message-" + key))
                        .getText())
                .isEqualTo("Frågan är ställd. Svaret visas här när enheten har svarat.");
        Div list = _get(Div.class, spec -> spec.withId("briefing-question-list-" + key));
        assertThat(list.getElement().getTextRecursively()).contains(text);
        Question asked = questions.questions(HR, FEBRUARY).stream()
                .filter(q -> q.text().equals(text))
                .findFirst()
                .orElseThrow();
        logout();

        login("hrchef");
        questions.answer(asked.id(), "Två vikarier till och med april.");
        logout();

        login("politiker");
        reopenBriefing();
        assertThat(_get(Paragraph.class, spec -> spec.withId("briefing-answer-" + asked.id()))
                        .getElement()
                        .getTextRecursively())
                .contains("Svar från Lena Holm: Två vikarier till och med april.", "Nytt svar");
        assertThat(_get(Span.class, spec -> spec.withId("briefing-new-answer-" + asked.id()))
                        .getText())
                .isEqualTo("Nytt svar");

        // opened again, the answer is read: no longer new
        reopenBriefing();
        assertThat(_find(Span.class, spec -> spec.withId("briefing-new-answer-" + asked.id())))
                .isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("briefing-answer-" + asked.id()))
                        .getText())
                .contains("Två vikarier till och med april.");
    }

    @Test
    void an_empty_question_is_refused_in_the_units_own_message_line() {
        long id = demoCase().id();
        String key = id + "-" + HR.value();
        login("politiker");
        UI.getCurrent().navigate(MeetingsView.class);
        int before = questions.questions(HR, FEBRUARY).size();
        clickAsBrowser("briefing-ask-" + key);
        assertThat(_get(Paragraph.class, spec -> spec.withId("briefing-ask-message-" + key))
                        .getText())
                .isNotBlank()
                .doesNotContain("Frågan är ställd");
        assertThat(questions.questions(HR, FEBRUARY)).hasSize(before);
    }

    @Test
    void a_chief_of_another_unit_sees_no_case_and_the_service_refuses_them_the_units_questions() {
        long id = demoCase().id();
        login("itchef");
        UI.getCurrent().navigate(MeetingsView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("meetings-none")).getText())
                .contains("Inga kommande sammanträden");
        assertThat(_find(Div.class, spec -> spec.withId("agenda-case-" + id))).isEmpty();
        assertThat(briefings.open()).allMatch(m -> m.cases().isEmpty());
        assertThatThrownBy(() -> briefings.questions(HR, FEBRUARY)).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> briefings.ask(HR, FEBRUARY, "Varför?")).isInstanceOf(OutOfScopeException.class);
    }
}
