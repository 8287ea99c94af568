package se.ekonomiuppfoljning.actions;

import se.ekonomiuppfoljning.common.ProblemCode;

/** What the åtgärd rules refuse; the texts are in the bundles under {@code problem.ActionProblem.*}. */
public enum ActionProblem implements ProblemCode {
    NEW_ACTION_CANCELLED,
    DECIDED_CANNOT_BE_PROPOSED,
    DECIDED_CANCELLED_BY_REVIEWER_ONLY,
    DECIDED_CHANGED_BY_REVIEWER_ONLY,
    DECIDING_IS_FOR_REVIEWERS,
    WHAT_MISSING,
    CAUSE_MISSING,
    RESPONSIBLE_MISSING,
    DECISION_REFERENCE_ONLY_POLITICAL,
    EFFECT_NOT_KRONOR,
    /** {0}: the id. */
    NOT_FOUND,
    /** {0}: what the action is. Names the action in a stale-version problem. */
    ACTION_TITLE,
    DONE_LOCKED,
    CANCELLED_LOCKED,
    /** Four eyes: the proposer of an operational action does not decide it. */
    PROPOSER_DECIDES_OPERATIONAL,
    /** Four eyes: the proposer of a political action does not record its decision. */
    PROPOSER_RECORDS_POLITICAL,
    POLITICAL_DECISION_REFERENCE_MISSING,
    DECISION_ORGAN_MISSING,
    DECISION_PARAGRAPH_NOT_POSITIVE
}
