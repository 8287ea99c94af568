package se.ekonomiuppfoljning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.common.CommonProblem;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.common.Problem;
import se.ekonomiuppfoljning.common.TextField;
import se.ekonomiuppfoljning.cycle.CycleProblem;
import se.ekonomiuppfoljning.ui.base.Problems;
import se.ekonomiuppfoljning.ui.base.TranslationProvider;

/** A rule's problem is worded from the bundles in the reader's language, with its inner problems worded first. */
class ProblemsTest {

    private static final Problem TOO_LONG =
            Problem.of(CommonProblem.TEXT_TOO_LONG, Problem.of(TextField.ANALYSIS), 4000, 4001);

    @Test
    void a_too_long_text_reads_in_swedish_as_it_did_when_the_domain_wrote_it() {
        assertThat(Problems.text(TOO_LONG, TranslationProvider.SWEDISH))
                .isEqualTo(
                        "Den ekonomiska analysen får vara högst 4000 tecken; texten har 4001 tecken. Korta texten och spara igen.");
    }

    @Test
    void the_same_problem_reads_in_english_for_an_english_reader() {
        assertThat(Problems.text(TOO_LONG, Locale.ENGLISH))
                .isEqualTo("The financial analysis may be at most 4000"
                        + " characters; the text has 4001 characters. Shorten the text and save again.");
    }

    @Test
    void a_report_is_named_by_its_unit_and_month_in_the_readers_language() {
        Problem title = Problem.of(CycleProblem.REPORT_TITLE, "Överförmyndarvht", new Period(2026, 2));
        assertThat(Problems.text(Problem.of(CycleProblem.REPORT_ALREADY_APPROVED, title), TranslationProvider.SWEDISH))
                .isEqualTo("Rapporten för Överförmyndarvht februari 2026 är redan godkänd.");
        assertThat(Problems.text(Problem.of(CycleProblem.REPORT_ALREADY_APPROVED, title), Locale.ENGLISH))
                .isEqualTo("The report of Överförmyndarvht for February 2026 is already approved.");
    }

    @Test
    void a_stale_version_names_what_was_edited_and_the_version() {
        Problem stale = Problem.of(CommonProblem.CONCURRENT_EDIT, Problem.of(TextField.ANALYSIS), 3L);
        assertThat(Problems.text(stale, TranslationProvider.SWEDISH))
                .startsWith(
                        "Den ekonomiska analysen har ändrats av någon annan medan du redigerade (du utgick från version 3).");
    }
}
