package se.ekonomiuppfoljning.organisation;

import se.ekonomiuppfoljning.common.ProblemCode;

/**
 * What is wrong with a ledger code ({@link LedgerCode}): the code's name (a unit, committee or account code) and the
 * character that breaks the rule are problems themselves, passed as arguments.
 */
public enum OrganisationProblem implements ProblemCode {
    /** {0} the code's name. */
    CODE_MISSING,
    /** {0} the code's name, {1} the most characters, {2} the code as written, {3} its length. */
    CODE_TOO_LONG,
    /** {0} the code's name, {1} the code as written, {2} the character not allowed. */
    CODE_CHARACTER_NOT_ALLOWED,
    /** {0} the code's name, {1} the code as written. */
    CODE_FIRST_CHARACTER,
    /** The name of a unit code (ansvar). */
    UNIT_CODE,
    /** The name of a committee code (nämnd). */
    COMMITTEE_CODE,
    /** The name of an account code. */
    ACCOUNT_CODE,
    /** A tab, as a character not allowed. */
    CHARACTER_TAB,
    /** A line break, as a character not allowed. */
    CHARACTER_LINE_BREAK,
    /** A space, as a character not allowed (first). */
    CHARACTER_SPACE,
    /** A no-break space, as a character not allowed. */
    CHARACTER_NO_BREAK_SPACE
}
