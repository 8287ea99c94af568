package se.ekonomiuppfoljning.actions;

import java.time.LocalDate;
import se.ekonomiuppfoljning.common.PlainText;
import se.ekonomiuppfoljning.common.RuleViolationException;
import se.ekonomiuppfoljning.common.TextField;

/**
 * Where a political action was decided: the organ (KS, AU, KF, a nämnd), the meeting's date and the paragraph
 * (§ numbers run through the year per organ).
 */
public record DecisionReference(String organ, LocalDate date, int paragraph) {

    public DecisionReference {
        organ = PlainText.clean(organ, TextField.DECISION_ORGAN, PlainText.MAX_SHORT_LENGTH);
        if (organ.isEmpty()) {
            throw new RuleViolationException(ActionProblem.DECISION_ORGAN_MISSING);
        }
        if (paragraph < 1) {
            throw new RuleViolationException(ActionProblem.DECISION_PARAGRAPH_NOT_POSITIVE);
        }
    }

    /** "KS 2026-03-10 § 45". */
    @Override
    public String toString() {
        return organ + " " + date + " § " + paragraph;
    }
}
