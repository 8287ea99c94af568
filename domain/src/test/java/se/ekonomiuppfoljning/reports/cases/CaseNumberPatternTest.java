package se.ekonomiuppfoljning.reports.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.common.Problem;
import se.ekonomiuppfoljning.common.RuleViolationException;

class CaseNumberPatternTest {

    @Test
    void theNestedRepetitionPatternAgainstALongNumberAnswersPromptly() {
        // JDK 17 memoizes the greedy loop of (a+)+ itself, so it answers "no match" at once; the budget guards it
        // anyway
        assertTimeoutPreemptively(
                Duration.ofSeconds(20),
                () -> assertThat(CaseNumberPattern.of("(a+)+$").matches("a".repeat(60) + "b"))
                        .isFalse());
    }

    @Test
    void aCatastrophicallyBacktrackingPatternAgainstALongNumberIsRefusedPromptlyInsteadOfHoldingTheThread() {
        CaseNumberPattern pattern = CaseNumberPattern.of("((a+)+)+$");
        String hostile = "a".repeat(60) + "b"; // unbounded, JDK 17 takes 1.9 s at 24 a's, doubling with each one
        // the guard only keeps a broken matcher from hanging the build; the budget is what ends the match
        long started = System.nanoTime();
        assertTimeoutPreemptively(
                Duration.ofSeconds(20),
                () -> assertThatThrownBy(() -> pattern.matches(hostile))
                        .isInstanceOfSatisfying(RuleViolationException.class, CaseNumberPatternTest::tooComplex));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aCatastrophicPatternIsRefusedWhenItIsSaved() {
        long started = System.nanoTime();
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (String hostile : new String[] {"((a+)+)+$", "(.*a){12}", "((\\d+)+)+/", "((KS|[A-Z]+)+)+/"}) {
                assertThatThrownBy(() -> CaseNumberPattern.checkedForSaving(hostile))
                        .as(hostile)
                        .isInstanceOfSatisfying(RuleViolationException.class, CaseNumberPatternTest::tooComplex);
            }
        });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void anOrdinaryPatternMatchesAndItsLimitsAreRefusedWithTheirProblems() {
        CaseNumberPattern pattern = CaseNumberPattern.checkedForSaving("KS/\\d{4}:\\d+");
        assertThat(pattern.matches("KS/2026:4")).isTrue();
        assertThat(pattern.matches("KS-2026-4")).isFalse();
        assertThat(CaseNumberPattern.checkedForSaving("[A-ZÅÄÖ]{2,4}/\\d{4}:\\d{1,5}")
                        .matches("BUN/2026:123"))
                .isTrue();
        assertThatThrownBy(() -> pattern.matches("K".repeat(201)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.of(CaseProblem.CASE_NUMBER_TOO_LONG, 200)));
        assertThatThrownBy(() -> CaseNumberPattern.of("a".repeat(201)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.of(CaseProblem.PATTERN_TOO_LONG, 200)));
        assertThatThrownBy(() -> CaseNumberPattern.of("KS/(\\d"))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.problem().code()).isEqualTo(CaseProblem.PATTERN_INVALID));
    }

    private static void tooComplex(RuleViolationException refused) {
        assertThat(refused.problem()).isEqualTo(Problem.of(CaseProblem.PATTERN_TOO_COMPLEX));
    }
}
