package se.ekonomiuppfoljning.substitutes;

import se.ekonomiuppfoljning.common.ProblemCode;

/** What naming an ersättare refuses; the texts are in the bundles under {@code problem.SubstituteProblem.*}. */
public enum SubstituteProblem implements ProblemCode {
    /** {0}: the user name. Only an enabled chief (CHEF) with units has units to hand over. */
    NOT_A_CHIEF,
    /** A chief cannot be their own ersättare. */
    SUBSTITUTE_IS_SELF,
    /** {0}: the user name. No such enabled user. */
    UNKNOWN_SUBSTITUTE,
    /**
     * {0}: the user name. An ersättare is an enabled chief (CHEF) who is not an economist: the substitution gives
     * chief's rights over the units and nothing else.
     */
    SUBSTITUTE_NOT_ELIGIBLE,
    /** The first day or the last day is missing. */
    RANGE_MISSING,
    /** {0}: the first day; {1}: the last day. The last day is before the first. */
    RANGE_REVERSED,
    /** {0}: the first day; {1}: today. A substitution cannot begin in the past. */
    RANGE_IN_PAST,
    /** {0}: the most months a substitution may last. */
    RANGE_TOO_LONG,
    /** {0}: the ersättare already named; {1}: their first day; {2}: their last day. One ersättare at a time. */
    OVERLAPS,
    /** {0}: the id. No such substitution (ended already). */
    NOT_FOUND,
    /** An administrator named themselves ersättare for another chief ({0}): someone else must. */
    SUBSTITUTE_IS_CALLER
}
