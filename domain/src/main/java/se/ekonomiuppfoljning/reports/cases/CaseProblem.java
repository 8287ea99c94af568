package se.ekonomiuppfoljning.reports.cases;

import se.ekonomiuppfoljning.common.ProblemCode;

/**
 * What the case rules refuse; the texts are in the bundles under {@code problem.CaseProblem.*}. A {@code case}
 * argument is a {@link #CASE_TITLE} problem; an organ's name is as the template prints it, lower-cased for running
 * text.
 */
public enum CaseProblem implements ProblemCode {
    /** {0}: the case number, or the title in quotes while it has none. Names a case in a stale-version problem. */
    CASE_TITLE,
    /** {0}: the case. Its details change only while it is a draft. */
    SENT_DETAILS_FROZEN,
    /** {0}: the case. */
    ALREADY_SENT,
    /** A case is sent to Allmänna utskottet only with a diarienummer. */
    CASE_NUMBER_MISSING,
    /** {0}: the case. */
    NOT_WAITING_FOR_MEETING,
    /** {0}: the case, still a draft. */
    DRAFT_NOT_SENT,
    /** {0}: the case. */
    CLOSED,
    /** {0}: the organ. */
    DECISION_DATE_MISSING,
    /** {0}: the § given. */
    PARAGRAPH_BELOW_ONE,
    /** {0}: the § given; {1}: the highest § allowed. */
    PARAGRAPH_TOO_HIGH,
    /** {0}: the organ. */
    DECISION_TEXT_EMPTY,
    /** {0}: the next organ, {1}: its meeting date, {2}: the deciding organ, {3}: the decision's date. */
    NEXT_MEETING_BEFORE_DECISION,
    /** {0}: the §, {1}: the organ, {2}: the year, {3}: the next free §. */
    PARAGRAPH_TAKEN,
    /** {0}: the case, {1}: the organ. */
    NO_DECISION,
    /** {0}: the case number, {1}: the kommun's pattern. */
    CASE_NUMBER_NOT_MATCHING,
    /** {0}: the limit in characters. */
    CASE_NUMBER_TOO_LONG,
    /** {0}: the limit in characters. */
    PATTERN_TOO_LONG,
    /** {0}: what is wrong (the regular expression engine's words), {1}: at which character (from 1). */
    PATTERN_INVALID,
    /** The pattern cannot be matched within the budget. */
    PATTERN_TOO_COMPLEX,
    /** {0}: the case that already exists for the node and period; another one is made only as a new version. */
    CASE_EXISTS,
    /**
     * {0}: the next organ, {1}: the deciding organ. A decision that sends the case on needs the next meeting's date,
     * or the case would drop out of Inför mötet.
     */
    NEXT_MEETING_MISSING,
    /** {0}: the year given for an organ's numbering. */
    NUMBERING_YEAR_INVALID,
    /** {0}: the åtgärd (what it is). Only a proposed political åtgärd of the case's units is decided by its decision. */
    ACTION_NOT_FOR_DECISION
}
