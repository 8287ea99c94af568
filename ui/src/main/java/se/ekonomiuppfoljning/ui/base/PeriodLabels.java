package se.ekonomiuppfoljning.ui.base;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import se.ekonomiuppfoljning.common.Period;

/** Month names in the UI's language: "februari 2026", "feb". */
public final class PeriodLabels {

    private PeriodLabels() {}

    public static String full(Period period, Locale locale) {
        return monthName(period.month(), locale) + " " + period.year();
    }

    public static String monthName(int month, Locale locale) {
        return Month.of(month).getDisplayName(TextStyle.FULL_STANDALONE, locale);
    }

    public static String shortMonth(int month, Locale locale) {
        return Month.of(month)
                .getDisplayName(TextStyle.SHORT_STANDALONE, locale)
                .replace(".", "");
    }
}
