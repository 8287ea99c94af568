package se.ekonomiuppfoljning.common;

/** Problems of the shared core. */
public enum CommonProblem implements ProblemCode {
    /**
     * A rule not yet moved to its own code: the argument is its Swedish text as it was. Every use is listed by
     * {@code DomainHoldsNoUserTextTest} and goes away as the features move to codes of their own.
     */
    UNCONVERTED_TEXT,
    /** {0}: what was edited (a problem), {1}: the version the user started from. */
    CONCURRENT_EDIT,
    /** {0}: the field (a problem), {1}: the limit in characters, {2}: the text's length. */
    TEXT_TOO_LONG
}
