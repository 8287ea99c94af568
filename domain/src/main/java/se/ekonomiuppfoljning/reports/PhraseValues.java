package se.ekonomiuppfoljning.reports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.organisation.Unit;

/**
 * The values of the template's common placeholders for a node, a period and a date: {@code {enhet}},
 * {@code {enhetsnamn}}, {@code {kortnamn}}, {@code {månad}}, {@code {mån}}, {@code {år}}, {@code {datum}}. Shared by
 * every document built from the template (the tjänsteskrivelse, the protokollsutdrag).
 */
public final class PhraseValues {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private PhraseValues() {}

    public static Map<String, String> of(Unit node, Period period, LocalDate date) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(Placeholder.UNIT.token(), inText(node.name()));
        values.put(Placeholder.UNIT_NAME.token(), node.name());
        values.put(Placeholder.SHORT_NAME.token(), node.displayShortName());
        values.put(Placeholder.MONTH.token(), monthName(period));
        values.put(Placeholder.MONTH_SHORT.token(), shortMonthName(period));
        values.put(Placeholder.YEAR.token(), Integer.toString(period.year()));
        values.put(Placeholder.DATE.token(), date.toString());
        return values;
    }

    /** "februari". */
    static String monthName(Period period) {
        return period.toYearMonth().format(DateTimeFormatter.ofPattern("LLLL", SWEDISH));
    }

    /** "feb". */
    static String shortMonthName(Period period) {
        return period.toYearMonth()
                .format(DateTimeFormatter.ofPattern("LLL", SWEDISH))
                .replace(".", "");
    }

    /**
     * A name as it reads inside a sentence: "Kommunledningsstaben" → "kommunledningsstaben"; an abbreviation
     * ("IT", "KLS") stays as it is.
     */
    static String inText(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && Character.isLowerCase(name.charAt(1))) {
            return Character.toLowerCase(name.charAt(0)) + name.substring(1);
        }
        return name;
    }
}
