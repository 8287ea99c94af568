package se.ekonomiuppfoljning.reports.cases;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import se.ekonomiuppfoljning.common.RuleViolationException;

/**
 * The kommun's diarienummer pattern, a Java regular expression over the whole number, matched within a budget: a
 * pattern such as {@code (a+)+$} backtracks exponentially on {@code aaaa…b}, and unbounded it would hold a request
 * thread for hours. The text is read through a {@link CharSequence} that counts every character the matcher looks at
 * and gives up after {@link #MAX_STEPS}; the pattern and the number have a length limit too. A pattern is tried against
 * a few hostile numbers when it is saved, so a pattern that cannot be matched in time is refused at the door.
 */
public final class CaseNumberPattern {

    /** The longest pattern accepted. */
    public static final int MAX_PATTERN_LENGTH = 200;
    /** The longest case number matched (the field's own limit). */
    public static final int MAX_NUMBER_LENGTH = 200;
    /** The most characters the matcher may read for one number: a few thousand suffice for any sane pattern. */
    static final long MAX_STEPS = 200_000;

    /** A letter outside ASCII among the hostile runs (a-ring; escaped: it is input, not text). */
    private static final String NON_ASCII_LETTER = "\u00E5";

    private final String source;
    private final Pattern pattern;

    private CaseNumberPattern(String source, Pattern pattern) {
        this.source = source;
        this.pattern = pattern;
    }

    /** Compiles a stored or typed pattern; refuses one too long or not a valid regular expression. */
    public static CaseNumberPattern of(String source) {
        if (source.length() > MAX_PATTERN_LENGTH) {
            throw new RuleViolationException(CaseProblem.PATTERN_TOO_LONG, MAX_PATTERN_LENGTH);
        }
        try {
            return new CaseNumberPattern(source, Pattern.compile(source));
        } catch (PatternSyntaxException e) {
            throw new RuleViolationException(CaseProblem.PATTERN_INVALID, e.getDescription(), e.getIndex() + 1);
        }
    }

    /**
     * Compiles a pattern about to be saved and tries it against hostile numbers (long runs of one character with a
     * different one at the end): a pattern that cannot be matched within the budget is refused.
     */
    public static CaseNumberPattern checkedForSaving(String source) {
        CaseNumberPattern compiled = of(source);
        for (String run : List.of("a", "A", "1", "/", ":", "-", " ", ".", NON_ASCII_LETTER)) {
            for (String end : List.of("!", "", "\u0000")) {
                compiled.matches(run.repeat(60) + end);
            }
        }
        return compiled;
    }

    public String source() {
        return source;
    }

    /**
     * Whether the whole number matches. Refused when the number is longer than the limit or the match would
     * take longer than the budget allows.
     */
    public boolean matches(String number) {
        if (number.length() > MAX_NUMBER_LENGTH) {
            throw new RuleViolationException(CaseProblem.CASE_NUMBER_TOO_LONG, MAX_NUMBER_LENGTH);
        }
        try {
            return pattern.matcher(new BoundedText(number, MAX_STEPS)).matches();
        } catch (BudgetExceeded e) {
            throw new RuleViolationException(CaseProblem.PATTERN_TOO_COMPLEX);
        } catch (StackOverflowError e) {
            throw new RuleViolationException(CaseProblem.PATTERN_TOO_COMPLEX);
        }
    }

    /** The text, counting every character read; over budget it throws, which ends the match at once. */
    private static final class BoundedText implements CharSequence {

        private final String text;
        private final int offset;
        private final int length;
        private final long[] steps;
        private final long budget;

        BoundedText(String text, long budget) {
            this(text, 0, text.length(), new long[1], budget);
        }

        private BoundedText(String text, int offset, int length, long[] steps, long budget) {
            this.text = text;
            this.offset = offset;
            this.length = length;
            this.steps = steps;
            this.budget = budget;
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public char charAt(int index) {
            if (++steps[0] > budget) {
                throw new BudgetExceeded();
            }
            if (index < 0 || index >= length) {
                throw new IndexOutOfBoundsException(index);
            }
            return text.charAt(offset + index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            if (start < 0 || end > length || start > end) {
                throw new IndexOutOfBoundsException(start);
            }
            return new BoundedText(text, offset + start, end - start, steps, budget);
        }

        @Override
        public String toString() {
            return text.substring(offset, offset + length);
        }
    }

    /** Thrown from inside the matcher when the budget is spent; no stack trace, it is expected. */
    private static final class BudgetExceeded extends RuntimeException {

        BudgetExceeded() {
            super(null, null, false, false);
        }
    }
}
