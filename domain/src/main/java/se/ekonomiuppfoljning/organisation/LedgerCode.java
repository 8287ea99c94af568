package se.ekonomiuppfoljning.organisation;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.Problem;

/**
 * The one rule for the short codes of the ledger and the organisation: unit (ansvar), committee (nämnd) and account
 * codes. A code is 1 to {@code max} characters: letters A–Z, Å, Ä, Ö (either case), digits, the space and the
 * separators {@code - _ .}, beginning with a letter or a digit. Its canonical form is stripped and upper case.
 *
 * <p>Why these characters: the ledgers' codes are short identifiers (the SIE corpus holds digits, {@code KLS},
 * {@code Nord}, {@code 2014-IK}; SIE quotes an id with a space, {@code "41 00"}); the database compares codes with {@code utf8mb4_swedish_ci}, which ignores case and
 * equates {@code é} with {@code e}, {@code ü} with {@code y}, {@code æ} with {@code ä}, trailing spaces with none. Over
 * the characters allowed here its equality is exactly equality of the upper-case forms, so Java and the database
 * agree which codes are one. A code is never a tab, a line break or a backslash, so it cannot shift the columns of a
 * bulk load; it holds no {@code /} and never is {@code .} or {@code ..}, so it is one segment of a page's address.
 */
public final class LedgerCode {

    private LedgerCode() {}

    /** Whether {@code c} may stand in a code. */
    public static boolean allowed(char c) {
        return c >= 'A' && c <= 'Z'
                || c >= 'a' && c <= 'z'
                || c >= '0' && c <= '9'
                || c == '-'
                || c == '_'
                || c == '.'
                || c == ' '
                || c == 'Å'
                || c == 'Ä'
                || c == 'Ö'
                || c == 'å'
                || c == 'ä'
                || c == 'ö';
    }

    private static boolean allowedFirst(char c) {
        return allowed(c) && c != '-' && c != '_' && c != '.' && c != ' ';
    }

    /**
     * What is wrong with {@code text} as a code of at most {@code max} characters (after stripping), as a problem, or
     * null where it is a code. {@code what} names the code, e.g. {@link OrganisationProblem#UNIT_CODE}.
     */
    public static @Nullable Problem problem(OrganisationProblem what, String text, int max) {
        String code = text.strip();
        Problem name = Problem.of(what);
        if (code.isEmpty()) {
            return Problem.of(OrganisationProblem.CODE_MISSING, name);
        }
        if (code.length() > max) {
            return Problem.of(OrganisationProblem.CODE_TOO_LONG, name, max, printable(code), code.length());
        }
        for (int i = 0; i < code.length(); i++) {
            if (!allowed(code.charAt(i))) {
                return Problem.of(
                        OrganisationProblem.CODE_CHARACTER_NOT_ALLOWED,
                        name,
                        printable(code),
                        describe(code.charAt(i)));
            }
        }
        if (!allowedFirst(code.charAt(0))) {
            return Problem.of(OrganisationProblem.CODE_FIRST_CHARACTER, name, printable(code));
        }
        return null;
    }

    /** The canonical form of a valid code; an {@link IllegalArgumentException} (in English) for another. */
    public static String canonical(OrganisationProblem what, String text, int max) {
        Problem problem = problem(what, text, max);
        if (problem != null) {
            throw new IllegalArgumentException("not a valid code (" + what.name() + "): " + problem);
        }
        return text.strip().toUpperCase(Locale.ROOT);
    }

    /** The code with control characters and backslashes shown as escapes, so a message shows what the file holds. */
    public static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (Character.isISOControl(c)) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** The longest account code ({@code account_code VARCHAR(10)}). */
    public static final int ACCOUNT_MAX_LENGTH = 10;

    /** What is wrong with {@code text} as an account code, as a problem, or null. */
    public static @Nullable Problem accountProblem(String text) {
        return problem(OrganisationProblem.ACCOUNT_CODE, text, ACCOUNT_MAX_LENGTH);
    }

    /** The canonical form of an account code (upper case, e.g. {@code 4010A}). */
    public static String account(String text) {
        return canonical(OrganisationProblem.ACCOUNT_CODE, text, ACCOUNT_MAX_LENGTH);
    }

    /** The character for a problem: a word for the invisible ones, else its number or itself in quotes. */
    private static Object describe(char c) {
        return switch (c) {
            case '\t' -> Problem.of(OrganisationProblem.CHARACTER_TAB);
            case '\n', '\r' -> Problem.of(OrganisationProblem.CHARACTER_LINE_BREAK);
            case ' ' -> Problem.of(OrganisationProblem.CHARACTER_SPACE);
            case '\u00A0' -> Problem.of(OrganisationProblem.CHARACTER_NO_BREAK_SPACE);
            default ->
                Character.isISOControl(c) || Character.isWhitespace(c)
                        ? String.format("U+%04X", (int) c)
                        : "\"" + c + "\"";
        };
    }
}
