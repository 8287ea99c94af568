package se.ekonomiuppfoljning.apikeys;

import se.ekonomiuppfoljning.common.ProblemCode;

/** Why an administrator's request about an API key is refused. */
public enum ApiKeyProblem implements ProblemCode {
    /** {0}: the user name as given. */
    OWNER_NOT_FOUND,
    /** {0}: the user name. */
    OWNER_DISABLED,
    /** {0}: the user name. */
    OWNER_IS_ADMINISTRATOR,
    /** No arguments. */
    LABEL_MISSING,
    /** {0}: the longest label allowed. */
    LABEL_TOO_LONG,
    /** {0}: the last day asked for; {1}: today. */
    EXPIRY_NOT_IN_FUTURE,
    /** {0}: the last day asked for; {1}: the latest day allowed. */
    EXPIRY_TOO_LATE,
    /** {0}: the key's id. */
    KEY_NOT_FOUND,
    /** A user administration key for someone who is no administrator. {0}: the user name. */
    OWNER_NOT_ADMINISTRATOR
}
