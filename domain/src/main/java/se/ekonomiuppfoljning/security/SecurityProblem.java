package se.ekonomiuppfoljning.security;

import se.ekonomiuppfoljning.common.ProblemCode;

/** Problems of the security use cases (accounts, languages). New constants go at the end. */
public enum SecurityProblem implements ProblemCode {
    /** {0}: the language code asked for, as given (empty when none was chosen). */
    UNKNOWN_LANGUAGE
}
