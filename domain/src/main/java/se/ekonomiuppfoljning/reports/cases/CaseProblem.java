package se.ekonomiuppfoljning.reports.cases;

import se.ekonomiuppfoljning.common.ProblemCode;

/** What the case rules refuse; the texts are in the bundles under {@code problem.CaseProblem.*}. */
public enum CaseProblem implements ProblemCode {
    /** {0}: the case number, or the title in quotes while it has none. Names a case in a stale-version problem. */
    CASE_TITLE
}
