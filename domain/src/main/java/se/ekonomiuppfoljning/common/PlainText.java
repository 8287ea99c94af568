package se.ekonomiuppfoljning.common;

import org.jspecify.annotations.Nullable;

/**
 * The rules for the free texts of the cycle: plain text (never markup; the UI prints it as text), line ends
 * normalised to {@code \n}, surrounding white space removed, and a length limit counted in characters (code
 * points, as MariaDB counts them). Longer texts are refused, never cut.
 */
public final class PlainText {

    /** The limit of the long texts: analysis, verksamhetsuppföljning, comments, an action's what and cause. */
    public static final int MAX_LENGTH = 4_000;
    /** The limit of short texts such as a responsible person's name or a decision's organ. */
    public static final int MAX_SHORT_LENGTH = 200;

    private PlainText() {}

    /** The text cleaned, or a {@link RuleViolationException} naming the field when it is too long. */
    public static String clean(@Nullable String text, ProblemCode field, int maxLength) {
        return clean(text, Problem.of(field), maxLength);
    }

    public static String clean(@Nullable String text, ProblemCode field) {
        return clean(text, field, MAX_LENGTH);
    }

    private static String clean(@Nullable String text, Problem field, int maxLength) {
        if (text == null) {
            return "";
        }
        String cleaned = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        int length = cleaned.codePointCount(0, cleaned.length());
        if (length > maxLength) {
            throw new RuleViolationException(CommonProblem.TEXT_TOO_LONG, field, maxLength, length);
        }
        return cleaned;
    }
}
