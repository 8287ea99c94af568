package se.ekonomiuppfoljning.organisation;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

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

    /** The characters a code may hold, as a sentence for messages. */
    public static final String ALLOWED = "bokstäver (A–Ö), siffror, mellanslag och - _ .";

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
     * What is wrong with {@code text} as a code of at most {@code max} characters (after stripping), in Swedish, or
     * null where it is a code. {@code what} names the code, e.g. "ansvarskoden".
     */
    public static @Nullable String problem(String what, String text, int max) {
        String code = text.strip();
        if (code.isEmpty()) {
            return what + " saknas";
        }
        if (code.length() > max) {
            return what + " ska ha 1–" + max + " tecken, var \"" + printable(code) + "\" (" + code.length()
                    + " tecken)";
        }
        for (int i = 0; i < code.length(); i++) {
            if (!allowed(code.charAt(i))) {
                return what + " får bara innehålla " + ALLOWED + ", var \"" + printable(code) + "\" (tecknet "
                        + describe(code.charAt(i)) + ")";
            }
        }
        if (!allowedFirst(code.charAt(0))) {
            return what + " ska börja med en bokstav eller en siffra, var \"" + printable(code) + "\"";
        }
        return null;
    }

    /** The canonical form of a valid code; an {@link IllegalArgumentException} (in English) for another. */
    public static String canonical(String what, String text, int max) {
        String problem = problem(what, text, max);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
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

    /** What is wrong with {@code text} as an account code, in Swedish, or null. */
    public static @Nullable String accountProblem(String text) {
        return problem("kontot", text, ACCOUNT_MAX_LENGTH);
    }

    /** The canonical form of an account code (upper case, e.g. {@code 4010A}). */
    public static String account(String text) {
        return canonical("kontot", text, ACCOUNT_MAX_LENGTH);
    }

    private static String describe(char c) {
        return switch (c) {
            case '\t' -> "tabb";
            case '\n', '\r' -> "radbrytning";
            case ' ' -> "mellanslag";
            case '\u00A0' -> "hårt mellanslag";
            default ->
                Character.isISOControl(c) || Character.isWhitespace(c)
                        ? String.format("U+%04X", (int) c)
                        : "\"" + c + "\"";
        };
    }
}
