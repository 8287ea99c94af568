package se.ekonomiuppfoljning.reports.cases;

import java.util.Optional;
import se.ekonomiuppfoljning.common.RuleViolationException;

/** The diarienummer rule: a case number follows the kommun's pattern, when one is set ({@link CaseNumberPattern}). */
final class CaseNumbers {

    private final CaseRepository cases;

    CaseNumbers(CaseRepository cases) {
        this.cases = cases;
    }

    /** Refuses a number that does not follow the kommun's pattern; an empty number passes (it is filled in later). */
    void check(String caseNumber) {
        if (caseNumber.isEmpty()) {
            return;
        }
        Optional<String> pattern = cases.caseNumberPattern();
        if (pattern.isPresent() && !CaseNumberPattern.of(pattern.get()).matches(caseNumber)) {
            throw new RuleViolationException(CaseProblem.CASE_NUMBER_NOT_MATCHING, caseNumber, pattern.get());
        }
    }
}
