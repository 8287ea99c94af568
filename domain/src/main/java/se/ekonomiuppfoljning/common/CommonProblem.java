package se.ekonomiuppfoljning.common;

/** Problems of the shared core. */
public enum CommonProblem implements ProblemCode {
    /** {0}: what was edited (a problem), {1}: the version the user started from. */
    CONCURRENT_EDIT,
    /** {0}: the field (a problem), {1}: the limit in characters, {2}: the text's length. */
    TEXT_TOO_LONG
}
