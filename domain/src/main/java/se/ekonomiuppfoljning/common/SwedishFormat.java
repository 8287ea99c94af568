package se.ekonomiuppfoljning.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The display rules, decided once for the UI and the documents: amounts in whole tkr rounded half-up from
 * kronor, percentages with one decimal rounded half-up, a no-break space (U+00A0) between thousands and
 * before "%", a decimal comma, and the minus sign U+2212 for negatives. Files for machines (CSV) use
 * {@link #plainTkr(BigDecimal)} and {@link #plainPercent(Optional)} instead.
 */
public final class SwedishFormat {

    public static final char NBSP = '\u00A0';
    public static final char MINUS = '\u2212';
    /** Printed where no percentage exists (budget 0 with an actual). */
    public static final String NO_PERCENT = "\u2013";

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private SwedishFormat() {}

    /** Kronor to whole tkr, half-up (away from zero), the one rounding an amount gets. */
    public static BigDecimal toTkr(BigDecimal kronor) {
        return kronor.divide(THOUSAND, 0, RoundingMode.HALF_UP);
    }

    /** {@code 52998765.40} → "52 999", {@code -272037} → "−272". */
    public static String tkr(BigDecimal kronor) {
        return withSign(
                groupThousands(toTkr(kronor).abs().toPlainString()),
                toTkr(kronor).signum() < 0,
                MINUS);
    }

    /** "82,4 %" or "–". */
    public static String percent(Optional<BigDecimal> percent) {
        return percent.map(p -> decimal(p, MINUS, true) + NBSP + "%").orElse(NO_PERCENT);
    }

    /** For CSV: "-272", no thousands separator. */
    public static String plainTkr(BigDecimal kronor) {
        BigDecimal tkr = toTkr(kronor);
        return withSign(tkr.abs().toPlainString(), tkr.signum() < 0, '-');
    }

    /** For CSV: "82,4", or "–" where no percentage exists. */
    public static String plainPercent(Optional<BigDecimal> percent) {
        return percent.map(p -> decimal(p, '-', false)).orElse(NO_PERCENT);
    }

    private static String decimal(BigDecimal value, char minus, boolean grouped) {
        String plain = value.abs().toPlainString();
        int dot = plain.indexOf('.');
        String integer = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : "," + plain.substring(dot + 1);
        return withSign((grouped ? groupThousands(integer) : integer) + fraction, value.signum() < 0, minus);
    }

    private static String withSign(String digits, boolean negative, char minus) {
        return negative ? minus + digits : digits;
    }

    private static String groupThousands(String digits) {
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3);
        int lead = digits.length() % 3;
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (i - lead) % 3 == 0) {
                out.append(NBSP);
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }
}
