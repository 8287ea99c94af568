package se.ekonomiuppfoljning.security;

import java.text.Normalizer;
import java.util.Locale;

/**
 * One identity per account, whatever is typed: a user name is compared in its canonical form (surrounding
 * whitespace removed, Unicode's included; NFKC; lower case by {@link Locale#ROOT}). An account is found only when
 * the canonical form of what was typed equals the canonical form of the stored name, exactly (no collation), and
 * whoever logs in is then known by the stored name. {@code "OVERFORMYNDARE"} and {@code " politiker\t"} are thus
 * that account's name typed differently, while {@code "politİker"} (a dotted capital I, lower-cased to i and a
 * combining dot) is another name, which no account has.
 */
public final class Usernames {

    /** The longest stored user name (app_user.username). */
    public static final int MAX_LENGTH = 60;

    private Usernames() {}

    public static String canonical(String typed) {
        return Normalizer.normalize(stripSpace(typed), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** Whether the typed name names the account stored as {@code stored}. */
    public static boolean sameAccount(String typed, String stored) {
        return canonical(typed).equals(canonical(stored));
    }

    private static String stripSpace(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isSpace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    private static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint)
                || Character.isSpaceChar(codePoint)
                || Character.isISOControl(codePoint)
                || codePoint == 0x200B
                || codePoint == 0xFEFF;
    }
}
