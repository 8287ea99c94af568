package se.ekonomiuppfoljning.common;

import java.time.DateTimeException;
import java.time.YearMonth;

/** A reporting period: one calendar month of a budget year. */
public record Period(int year, int month) implements Comparable<Period> {

    public Period {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must be 1..12, was " + month);
        }
        if (year < 1900 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
    }

    public static Period of(YearMonth yearMonth) {
        return new Period(yearMonth.getYear(), yearMonth.getMonthValue());
    }

    /** Parses {@code 2026-02} (and the ledger's {@code 202602}). */
    public static Period parse(String text) {
        String t = text.strip();
        try {
            if (t.matches("\\d{6}")) {
                return new Period(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(4)));
            }
            return of(YearMonth.parse(t));
        } catch (DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException("not a period (YYYY-MM): " + text, e);
        }
    }

    public YearMonth toYearMonth() {
        return YearMonth.of(year, month);
    }

    public Period previous() {
        return of(toYearMonth().minusMonths(1));
    }

    @Override
    public int compareTo(Period other) {
        return toYearMonth().compareTo(other.toYearMonth());
    }

    /** ISO form, as in URLs and files: {@code 2026-02}. */
    @Override
    public String toString() {
        return toYearMonth().toString();
    }
}
