package se.ekonomiuppfoljning.reports;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.organisation.Unit;

/**
 * The values of the template's common placeholders for a node, a period and a date: {@code {enhet}},
 * {@code {enhetsnamn}}, {@code {kortnamn}}, {@code {månad}}, {@code {mån}}, {@code {år}}, {@code {datum}}. Shared by
 * every document built from the template (the tjänsteskrivelse, the protokollsutdrag).
 */
public final class PhraseValues {

    private PhraseValues() {}

    public static Map<String, String> of(Unit node, Period period, LocalDate date) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(Placeholder.UNIT.token(), TjansteskrivelseBuilder.inText(node.name()));
        values.put(Placeholder.UNIT_NAME.token(), node.name());
        values.put(Placeholder.SHORT_NAME.token(), node.displayShortName());
        values.put(Placeholder.MONTH.token(), TjansteskrivelseBuilder.monthName(period));
        values.put(Placeholder.MONTH_SHORT.token(), TjansteskrivelseBuilder.shortMonthName(period));
        values.put(Placeholder.YEAR.token(), Integer.toString(period.year()));
        values.put(Placeholder.DATE.token(), date.toString());
        return values;
    }
}
