package se.ekonomiuppfoljning.imports.sie;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Amounts in öre (hundredths of a krona) in a {@code long}: the exact, allocation-free form of a file's amounts. */
final class Ore {

    /** What {@link #parse} returns for text it leaves to the general parser. */
    static final long NOT_SIMPLE = Long.MIN_VALUE;

    /** Integer digits that always fit: 16 digits and two decimals stay far below {@code Long.MAX_VALUE}. */
    private static final int MAX_DIGITS = 16;

    private Ore() {}

    /**
     * {@code text[from, to)} as öre when it is an amount the SIE reader accepts, {@code [+-]?(\d+(\.\d*)?|\.\d+)}
     * with at most two decimals, and has at most 16 integer digits; {@link #NOT_SIMPLE} for anything else (an
     * error or a very large amount, which the general parser then handles).
     */
    static long parse(String text, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        long whole = 0;
        int digits = 0;
        while (i < to) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                break;
            }
            if (++digits > MAX_DIGITS) {
                return NOT_SIMPLE;
            }
            whole = whole * 10 + (c - '0');
            i++;
        }
        long fraction = 0;
        int decimals = 0;
        if (i < to && text.charAt(i) == '.') {
            i++;
            while (i < to) {
                char c = text.charAt(i);
                if (c < '0' || c > '9' || ++decimals > 2) {
                    return NOT_SIMPLE;
                }
                fraction = fraction * 10 + (c - '0');
                i++;
            }
        }
        if (i != to || digits == 0 && decimals == 0) {
            return NOT_SIMPLE;
        }
        long ore = whole * 100 + (decimals == 1 ? fraction * 10 : fraction);
        return negative ? -ore : ore;
    }

    /** {@code a + b}, or {@link #NOT_SIMPLE} when the sum leaves the range of a {@code long}. */
    static long add(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 || sum == NOT_SIMPLE ? NOT_SIMPLE : sum;
    }

    /** The amount in öre when it has at most two decimals and fits; else {@link #NOT_SIMPLE}. */
    static long of(BigDecimal kronor) {
        if (kronor.scale() > 2) {
            return NOT_SIMPLE;
        }
        BigInteger unscaled = kronor.setScale(2).unscaledValue();
        return unscaled.bitLength() < 63 ? unscaled.longValue() : NOT_SIMPLE;
    }

    static BigDecimal kronor(long ore) {
        return BigDecimal.valueOf(ore, 2);
    }
}
