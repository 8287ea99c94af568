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
    UNKNOWN_LANGUAGE,
    /** {0}: the user name as typed (stripped); {1}: the longest allowed. Empty, too long or with a space inside. */
    USERNAME_INVALID,
    /** {0}: the user name asked for; {1}: the stored user with the same name as the portal compares names. */
    USERNAME_TAKEN,
    /** {0}: the longest allowed name. The user's name is empty or too long. */
    DISPLAY_NAME_INVALID,
    /** {0}: the fewest characters allowed. */
    PASSWORD_TOO_SHORT,
    /** The password is the user name. */
    PASSWORD_IS_USERNAME,
    /** {0}: the unit code. */
    UNKNOWN_UNIT,
    /** {0}: the committee code. */
    UNKNOWN_COMMITTEE,
    /** {0}: the user name. The change would leave the portal without an enabled administrator. */
    LAST_ADMINISTRATOR,
    /** An administrator may not disable their own account. */
    CANNOT_DISABLE_SELF,
    /** Nobody has the first administrator's start-up scope (whole kommun, reading). */
    NO_STARTUP_SCOPE,
    /** The start-up scope cannot end yet: no other enabled user with a role exists. */
    NO_REAL_USERS,
    /** {0}: the administrator's own user name: nobody gives themselves roles, units or committees. */
    OWN_RIGHTS,
    /**
     * {0}: the user name: ADMIN with EKONOM and no units reads the whole kommun; only the first administrator has it,
     * at start.
     */
    STARTUP_SCOPE_ONLY_AT_START,
    /** The password contains the user name (compared without regard to case). */
    PASSWORD_CONTAINS_USERNAME,
    /** The password is one of the most common passwords. */
    PASSWORD_TOO_COMMON,
    /** The current password given when changing it is not the stored one. */
    PASSWORD_CURRENT_WRONG,
    /** The new password and its repetition differ. */
    PASSWORD_REPEAT_DIFFERS,
    /** The account belongs to the kommun's directory: its password is changed there, not in the portal. */
    PASSWORD_OF_DIRECTORY_ACCOUNT,
    /** {0}: the most bytes (UTF-8) of a password: bcrypt reads no more. */
    PASSWORD_TOO_LONG,
    /** {0}: the minutes to wait: too many wrong current passwords when changing the password. */
    PASSWORD_ATTEMPTS_BLOCKED
}
