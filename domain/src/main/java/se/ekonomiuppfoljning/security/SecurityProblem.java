package se.ekonomiuppfoljning.security;

import se.ekonomiuppfoljning.common.ProblemCode;

/**
 * What the security use cases refuse (user administration, the user's own account); the texts are in the bundles
 * under {@code problem.SecurityProblem.*}.
 */
public enum SecurityProblem implements ProblemCode {
    /** {0}: the address as typed (stripped). */
    EMAIL_INVALID,
    /** {0}: the username. */
    USER_NOT_FOUND,
    /** {0}: the language code asked for, as given (empty when none was chosen). */
    UNKNOWN_LANGUAGE
}
