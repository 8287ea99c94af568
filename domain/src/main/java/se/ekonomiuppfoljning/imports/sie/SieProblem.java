package se.ekonomiuppfoljning.imports.sie;

import se.ekonomiuppfoljning.common.ProblemCode;

/**
 * What a SIE file can be refused or warned for; the words are {@code problem.SieProblem.*} in the bundles. Counts and
 * line numbers are numbers; codes, periods, dates and amounts are given as the file or the message shows them.
 */
public enum SieProblem implements ProblemCode {
    /** The file is empty: zero bytes. */
    NOT_SIE_ZERO_BYTES,
    /** The file holds binary data. */
    NOT_SIE_BINARY,
    /** The file holds no record at all. */
    NOT_SIE_EMPTY,
    /** The first line does not start with a label. */
    NOT_SIE_FIRST_LINE,
    /** None of the header labels that identify a SIE file. */
    NOT_SIE_NO_HEADER,
    /** {0}: the #SIETYP as written. */
    UNKNOWN_SIE_TYPE,
    /** {0}: the year index of the #RAR. */
    FISCAL_YEAR_WITHOUT_DATES,
    /** {0}: the period (ÅÅÅÅ-MM), {1}, {2}: the fiscal year's first and last day. */
    PERIOD_OUTSIDE_FISCAL_YEAR,
    /** A closing #KSUMMA without an opening one. */
    CHECKSUM_WITHOUT_OPENING,
    /** {0}: the checksum as written. */
    CHECKSUM_NOT_INTEGER,
    /** {0}: the checksum the file gives, {1}: the one its content gives. */
    CHECKSUM_MISMATCH,
    /** {0}: the line of the opening #KSUMMA. */
    CHECKSUM_NOT_CLOSED,
    /** {0}: the account code as written, {1}: the code seen before that is the same account. */
    ACCOUNT_TWIN,
    /** {0}: how many lines without a label, {1}: the first one's line. */
    UNLABELLED_LINES_IGNORED,
    /** {0}: how many #TRANS rows on result accounts have no unit. */
    TRANS_WITHOUT_UNIT,
    /** {0}: how many account and month combinations of #PSALDO have no unit. */
    PSALDO_WITHOUT_UNIT,
    /** {0}: how many account and month combinations of #PBUDGET have no unit. */
    PBUDGET_WITHOUT_UNIT,
    /** {0}: how many combinations have both, {1}: their months, {2}: how many of them differ. */
    PSALDO_AND_VOUCHERS,
    /** {0}: the most distinct codes a file may have. */
    TOO_MANY_CODES,
    /** {0}: the longest unit code, {1}: the codes left out. */
    UNIT_CODES_TOO_LONG,
    /** {0}: the field's name. */
    FIELD_MISSING,
    /** {0}: the field's name, {1}: its text. */
    FIELD_NOT_INTEGER,
    /** {0}: the amount as written. */
    AMOUNT_NOT_NUMBER,
    /** {0}: the amount as written. */
    AMOUNT_TOO_MANY_DECIMALS,
    /** {0}: the field's name, {1}: its text. */
    FIELD_NOT_DATE,
    /** {0}: the field's name, {1}: its text. */
    FIELD_NOT_MONTH,
    /** An object list without its closing brace. */
    OBJECT_LIST_NOT_CLOSED,
    /** {0}: the list's items. */
    OBJECT_LIST_NOT_PAIRS,
    /** {0}: the voucher (series and number). */
    VOUCHER_NOT_CLOSED,
    /** {0}: the date as written. */
    VOUCHER_DATE_UNREASONABLE,
    /** An opening brace without a #VER before it. */
    BRACE_WITHOUT_VOUCHER,
    /** A closing brace without an open voucher. */
    CLOSING_BRACE_WITHOUT_VOUCHER,
    /** {0}: the voucher, {1}: its sum in kronor as shown (decimal comma). */
    VOUCHER_UNBALANCED,
    /** {0}: the label (#TRANS, #RTRANS, #BTRANS). */
    ROW_OUTSIDE_VOUCHER,
    /** {0}: the voucher still open at the end of the file. */
    VOUCHER_CUT_OFF,
    /** {0}: how many vouchers, {1}: the first one's line. */
    VOUCHERS_OUTSIDE_FISCAL_YEAR
}
