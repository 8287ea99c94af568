package se.ekonomiuppfoljning.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.common.CommonProblem;
import se.ekonomiuppfoljning.common.Problem;
import se.ekonomiuppfoljning.common.ProblemCode;
import se.ekonomiuppfoljning.reports.ReportProblem;
import se.ekonomiuppfoljning.reports.cases.CaseProblem;
import se.ekonomiuppfoljning.ui.base.Problems;
import se.ekonomiuppfoljning.ui.base.TranslationProvider;

/** The reports' problems read in Swedish exactly as the domain wrote them before they were codes, and in English. */
class ReportProblemsTest {

    private static final Problem CASE = Problem.of(CaseProblem.CASE_TITLE, "KS/2026:4");
    private static final Problem UNNUMBERED = Problem.of(CaseProblem.CASE_TITLE, "\u201DUppföljning\u201D");

    private static String swedish(ProblemCode code, Object... arguments) {
        return Problems.text(Problem.of(code, arguments), TranslationProvider.SWEDISH);
    }

    @Test
    void the_case_flows_refusals_read_as_before() {
        assertThat(swedish(CaseProblem.SENT_DETAILS_FROZEN, CASE))
                .isEqualTo("Ärendet KS/2026:4 är skickat och dess texter är frysta; uppgifterna kan bara ändras i ett "
                        + "utkast.");
        assertThat(swedish(CaseProblem.ALREADY_SENT, UNNUMBERED))
                .isEqualTo("Ärendet \u201DUppföljning\u201D är redan skickat.");
        assertThat(swedish(CaseProblem.CASE_NUMBER_MISSING))
                .isEqualTo("Ärendet saknar diarienummer. Fyll i diarienumret innan ärendet skickas till allmänna "
                        + "utskottet.");
        assertThat(swedish(CaseProblem.NOT_WAITING_FOR_MEETING, CASE))
                .isEqualTo("Ärendet KS/2026:4 väntar inte på något sammanträde.");
        assertThat(swedish(CaseProblem.DRAFT_NOT_SENT, CASE))
                .isEqualTo("Ärendet KS/2026:4 är ett utkast; skicka det till allmänna utskottet först.");
        assertThat(swedish(CaseProblem.CLOSED, CASE)).isEqualTo("Ärendet KS/2026:4 är avslutat.");
        assertThat(swedish(CaseProblem.NO_DECISION, CASE, "kommunstyrelsen"))
                .isEqualTo("Ärendet KS/2026:4 har inget beslut av kommunstyrelsen.");
    }

    @Test
    void the_decisions_refusals_read_as_before_with_numbers_ungrouped() {
        assertThat(swedish(CaseProblem.DECISION_DATE_MISSING, "allmänna utskottet"))
                .isEqualTo("Ange datum för allmänna utskottets beslut.");
        assertThat(swedish(CaseProblem.PARAGRAPH_BELOW_ONE, 0))
                .isEqualTo("Paragrafnumret måste vara 1 eller högre (angavs 0).");
        assertThat(swedish(CaseProblem.DECISION_TEXT_EMPTY, "kommunstyrelsen"))
                .isEqualTo("Beslutstexten är tom. Skriv kommunstyrelsens beslut.");
        assertThat(swedish(
                        CaseProblem.NEXT_MEETING_BEFORE_DECISION,
                        "Kommunstyrelsen",
                        "2026-03-01",
                        "allmänna utskottet",
                        "2026-03-09"))
                .isEqualTo("Kommunstyrelsens sammanträde (2026-03-01) kan inte vara före allmänna utskottets beslut "
                        + "(2026-03-09).");
        assertThat(swedish(CaseProblem.PARAGRAPH_TAKEN, 14, "allmänna utskottet", 2026, 1015))
                .isEqualTo("§ 14 är redan använd för allmänna utskottet 2026. Nästa lediga nummer är § 1015.");
    }

    @Test
    void the_case_number_rules_read_as_before() {
        assertThat(swedish(CaseProblem.CASE_NUMBER_NOT_MATCHING, "KS-2026-4", "KS/\\d{4}:\\d+"))
                .isEqualTo("Diarienumret \u201DKS-2026-4\u201D följer inte kommunens mönster för diarienummer "
                        + "(KS/\\d{4}:\\d+). Skriv numret som registratorn angett.");
        assertThat(swedish(CaseProblem.CASE_NUMBER_TOO_LONG, 200))
                .isEqualTo("Diarienumret får vara högst 200 tecken långt.");
        assertThat(swedish(CaseProblem.PATTERN_TOO_LONG, 200))
                .isEqualTo("Mönstret för diarienummer får vara högst 200 tecken långt.");
        assertThat(swedish(CaseProblem.PATTERN_INVALID, "Unclosed group", 7))
                .isEqualTo("Mönstret för diarienummer är inte ett giltigt reguljärt uttryck: Unclosed group (vid "
                        + "tecken 7).");
        assertThat(swedish(CaseProblem.PATTERN_TOO_COMPLEX))
                .isEqualTo("Mönstret för diarienummer är för komplicerat att pröva (det tar för lång tid, t.ex. "
                        + "nästlade upprepningar som (a+)+); förenkla mönstret.");
    }

    @Test
    void the_templates_refusals_and_the_fields_read_as_before() {
        assertThat(swedish(ReportProblem.TEMPLATE_KEY_UNKNOWN, "no.such.key"))
                .isEqualTo("Mallen har ingen text med nyckeln no.such.key.");
        assertThat(swedish(ReportProblem.TEMPLATE_PLACEHOLDER_UNKNOWN, "{enheten}", "{av}, {år}"))
                .isEqualTo("Texten har okända platshållare: {enheten}. Tillåtna är {av}, {år}.");
        assertThat(swedish(CommonProblem.TEXT_TOO_LONG, Problem.of(ReportProblem.FOR_KNOWLEDGE_FIELD), 4000, 4001))
                .startsWith("Mottagarna för kännedom får vara högst 4000 tecken");
    }

    @Test
    void every_reports_problem_reads_in_english_too() {
        List<ProblemCode> codes = new ArrayList<>(List.of(CaseProblem.values()));
        codes.addAll(List.of(ReportProblem.values()));
        for (ProblemCode code : codes) {
            String english = Problems.text(Problem.of(code), Locale.ENGLISH);
            assertThat(english).as(code.key()).isNotBlank().doesNotStartWith("!");
            assertThat(english)
                    .as(code.key())
                    .isNotEqualTo(Problems.text(Problem.of(code), TranslationProvider.SWEDISH));
        }
        assertThat(Problems.text(Problem.of(CaseProblem.CASE_NUMBER_NOT_MATCHING, "KS-1", "KS/\\d+"), Locale.ENGLISH))
                .isEqualTo("The case number \"KS-1\" does not follow the kommun's pattern for case numbers (KS/\\d+). "
                        + "Write the number as the registrar gave it.");
    }
}
