package se.ekonomiuppfoljning.security;

import se.ekonomiuppfoljning.common.ProblemCode;

/** What the user administration refuses; the texts are in the bundles under {@code problem.SecurityProblem.*}. */
public enum SecurityProblem implements ProblemCode {
    /** {0}: the address as typed (stripped). */
    EMAIL_INVALID,
    /** {0}: the username. */
    USER_NOT_FOUND
}
