package se.ekonomiuppfoljning.briefing;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.actions.Action;
import se.ekonomiuppfoljning.actions.DecisionLevel;
import se.ekonomiuppfoljning.cycle.Question;
import se.ekonomiuppfoljning.cycle.ReportState;
import se.ekonomiuppfoljning.cycle.UnitsCycle;
import se.ekonomiuppfoljning.followup.Figures;
import se.ekonomiuppfoljning.organisation.Unit;

/**
 * One unit of a case's briefing: its live figures in kronor, its helårsprognos, the chief's analysis where the caller
 * may read it, its open åtgärder as far as the caller reads them, the decision level its forecast calls for, and the
 * politicians' questions of the case's period with their answers.
 *
 * @param analysis        the month's ekonomisk analys; null when none is written or the caller may not read it yet
 * @param textsWithheld   whether a written analysis is held back because the month is not approved (issue 12)
 * @param level           verksamhetsnivå while the helårsprognos stays within the annual budget, else politisk nivå
 * @param changedSinceReport whether the unit's figures differ from those the case froze
 * @param mayAsk          whether the caller may ask a question on the unit here (a politician)
 */
public record UnitBriefing(
        Unit unit,
        Figures figures,
        UnitsCycle forecast,
        ReportState state,
        @Nullable String analysis,
        boolean textsWithheld,
        List<Action> actions,
        DecisionLevel level,
        List<Question> questions,
        boolean changedSinceReport,
        boolean mayAsk) {

    public UnitBriefing {
        actions = List.copyOf(actions);
        questions = List.copyOf(questions);
    }

    /** Whether the deviation to date is negative (over budget). */
    public boolean negative() {
        return figures.ytdDeviation().signum() < 0;
    }

    public UnitBriefing withQuestions(List<Question> changed) {
        return new UnitBriefing(
                unit,
                figures,
                forecast,
                state,
                analysis,
                textsWithheld,
                actions,
                level,
                changed,
                changedSinceReport,
                mayAsk);
    }

    /** The units with a negative deviation to date, largest (most negative, in kronor) first. */
    public static List<UnitBriefing> negativeFirst(List<UnitBriefing> units) {
        return units.stream()
                .filter(UnitBriefing::negative)
                .sorted(LARGEST_NEGATIVE)
                .toList();
    }

    /** The other units, in the order given (the tree's). */
    public static List<UnitBriefing> others(List<UnitBriefing> units) {
        return units.stream().filter(u -> !u.negative()).toList();
    }

    private static final Comparator<UnitBriefing> LARGEST_NEGATIVE =
            Comparator.comparing((UnitBriefing u) -> u.figures().ytdDeviation(), Comparator.<BigDecimal>naturalOrder());
}
