package se.ekonomiuppfoljning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.common.Problem;
import se.ekonomiuppfoljning.cycle.CycleProblem;
import se.ekonomiuppfoljning.cycle.ProgressState;
import se.ekonomiuppfoljning.security.SecurityProblem;
import se.ekonomiuppfoljning.ui.base.Problems;
import se.ekonomiuppfoljning.ui.base.TranslationProvider;

/** The cycle's and the user administration's problems read as the sentences the domain used to write. */
class CycleProblemsWordingTest {

    private static final Problem TITLE = Problem.of(CycleProblem.REPORT_TITLE, "Överförmyndarvht", new Period(2026, 2));

    @Test
    void the_reasons_for_a_mandatory_analysis_are_joined_by_och_as_before() {
        Problem refused = Problem.of(
                CycleProblem.REPORT_ANALYSIS_REQUIRED,
                TITLE,
                CycleProblem.all(List.of(
                        Problem.of(CycleProblem.ANALYSIS_YTD_OVER_KRONOR, "−152", "100"),
                        Problem.of(CycleProblem.ANALYSIS_YTD_OVER_PERCENT, "−152", "5,0\u00A0%"),
                        Problem.of(CycleProblem.ANALYSIS_FORECAST_NEGATIVE, "−10"))));
        assertThat(Problems.text(refused, TranslationProvider.SWEDISH))
                .isEqualTo("Rapporten för Överförmyndarvht februari 2026 kan inte markeras som klar utan ekonomisk "
                        + "analys: en analys krävs eftersom avvikelsen t o m perioden är −152 tkr, mer än tröskeln 100 "
                        + "tkr, och avvikelsen t o m perioden är −152 tkr, mer än 5,0\u00A0% av budgeten t o m perioden, "
                        + "och helårsprognosen ger en negativ prognosavvikelse på −10 tkr.");
        assertThat(Problems.text(refused, Locale.ENGLISH))
                .endsWith("of 100 tkr, and the deviation up to the period is −152 tkr, more than 5,0\u00A0% of the"
                        + " budget up to the period, and the full-year forecast gives a negative forecast deviation of"
                        + " −10 tkr.");
    }

    @Test
    void a_report_not_ready_names_its_state_in_lower_case_and_four_eyes_say_who_may_approve() {
        Problem notReady = Problem.of(
                CycleProblem.REPORT_NOT_READY_TO_APPROVE, TITLE, CycleProblem.state(ProgressState.NOT_STARTED));
        assertThat(Problems.text(notReady, TranslationProvider.SWEDISH))
                .isEqualTo("Rapporten för Överförmyndarvht februari 2026 kan inte godkännas: den är inte markerad "
                        + "som klar (ej påbörjad).");
        Problem notYours = Problem.of(
                CycleProblem.REPORT_NOT_YOURS_TO_APPROVE, TITLE, Problem.of(CycleProblem.FOUR_EYES_MARKED_READY));
        assertThat(Problems.text(notYours, TranslationProvider.SWEDISH))
                .isEqualTo("Rapporten för Överförmyndarvht februari 2026 kan inte godkännas av dig. Du markerade "
                        + "själv rapporten som klar, så en annan granskare ska godkänna den (fyra ögon).");
        assertThat(Problems.text(notYours, Locale.ENGLISH))
                .endsWith("You marked the report ready yourself, so another reviewer must approve it (four eyes).");
    }

    @Test
    void every_state_has_a_word_in_every_language() {
        for (ProgressState state : ProgressState.values()) {
            for (Locale locale : List.of(TranslationProvider.SWEDISH, Locale.ENGLISH)) {
                String word = Problems.text(CycleProblem.state(state), locale);
                assertThat(word).as("%s in %s", state, locale).isNotBlank().doesNotStartWith("!");
                assertThat(word).isEqualTo(word.toLowerCase(locale));
            }
        }
    }

    @Test
    void an_address_that_is_not_valid_is_refused_with_the_same_swedish_sentence() {
        Problem invalid = Problem.of(SecurityProblem.EMAIL_INVALID, "anna berg@kommun");
        assertThat(Problems.text(invalid, TranslationProvider.SWEDISH))
                .isEqualTo("E-postadressen \"anna berg@kommun\" är inte giltig: skriv den som namn@kommun.se, utan "
                        + "mellanslag och utan å, ä eller ö.");
        assertThat(Problems.text(invalid, Locale.ENGLISH))
                .isEqualTo("The e-mail address \"anna berg@kommun\" is not valid: write it as name@kommun.se, without"
                        + " spaces and without å, ä or ö.");
    }
}
