package se.ekonomiuppfoljning.imports;

import se.ekonomiuppfoljning.common.ProblemCode;

/**
 * What a file of figures (CSV, xlsx, a SIE file's import) can be refused or warned for, and the place a problem
 * is worded with; the words are {@code problem.ImportProblemCode.*} in the bundles. Codes, periods and amounts are
 * given as the file or the message shows them; counts, lines and megabytes are numbers.
 */
public enum ImportProblemCode implements ProblemCode {
    /** {0}: the file, {1}: the problem. */
    IN_FILE,
    /** {0}: the file, {1}: the line, {2}: the problem. */
    AT_LINE,
    /** {0}: the file, {1}: the field, {2}: the problem. */
    AT_FIELD,
    /** {0}: the file, {1}: the line, {2}: the field, {3}: the problem. */
    AT_LINE_AND_FIELD,
    /** {0}: the file, {1}: the field's position on its lines (1-based), {2}: the problem. */
    AT_FIELD_NUMBER,
    /** {0}: the file, {1}: the line, {2}: the field's position on the line (1-based), {3}: the problem. */
    AT_LINE_AND_FIELD_NUMBER,
    /** A field named by its position, e.g. in the API's {@code field}: {0}: the position (1-based). */
    FIELD_NUMBER,
    FILE_EMPTY,
    /** {0}: the limit in MB. */
    FILE_TOO_LARGE,
    /** {0}: why, as the reader says it. */
    FILE_UNREADABLE,
    COLUMN_MISSING,
    /** A quoted field not closed, or followed by something else than the separator or the line's end. */
    CSV_QUOTE_BROKEN,
    TOO_MANY_ERRORS,
    UNIT_CODE_MISSING,
    /** {0}: the account as written. */
    ACCOUNT_NOT_DIGITS,
    /** {0}: the period as written. */
    PERIOD_NOT_YEAR_MONTH,
    /** {0}: the amount as written. */
    AMOUNT_NOT_KRONOR,
    /** {0}: how many amounts are on balance accounts. */
    BALANCE_ACCOUNTS_LEFT_OUT,
    XLSX_NO_SHEET,
    XLSX_SHEET_EMPTY,
    XLSX_ZIP_BOMB,
    /** {0}: the most MB a part may unpack to. */
    XLSX_PART_TOO_LARGE,
    XLSX_UNREADABLE,
    NO_UNIT_AMOUNTS,
    /** {0}: the unit code, {1}: its name in the file. */
    UNIT_TO_PLACE,
    /** {0}: the chosen parent, {1}: the unit code. */
    PLACEMENT_PARENT_UNKNOWN,
    /** {0}: the unit code, {1}: its name in the file. */
    UNIT_UNKNOWN_IMPORT_ORGANISATION_FIRST,
    /** {0}: the import's id. */
    IMPORT_NOT_FOUND,
    /** {0}: the import's file, {1}: how many of its units are outside the caller's scope. */
    UNDO_OUTSIDE_SCOPE,
    /** {0}: the import's file. */
    UNDO_ALREADY_UNDONE,
    /** {0}: the import's file. */
    UNDO_LATER_IMPORT,
    /** {0}: the file's organisation number, {1}: its company name (or a problem), {2}, {3}: the portal's. */
    OTHER_ORGANISATION,
    UNKNOWN_COMPANY_NAME,
    /** {0}: unit, {1}: account, {2}: period, {3}: the sum in kronor with a decimal comma. */
    SUM_TOO_LARGE,
    /** {0}: the account code. */
    ACCOUNT_UNKNOWN,
    /** {0}: the new account codes, as a list. */
    ACCOUNTS_CREATED,
    /** {0}: the years, as a list. */
    BUDGET_MORE_THAN_ONE_YEAR,
    /** {0}: the units outside the caller's scope, as a list. */
    UNITS_OUTSIDE_SCOPE
}
