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
        values.put("enhet", TjansteskrivelseBuilder.inText(node.name()));
        values.put("enhetsnamn", node.name());
        values.put("kortnamn", node.displayShortName());
        values.put("månad", TjansteskrivelseBuilder.monthName(period));
        values.put("mån", TjansteskrivelseBuilder.shortMonthName(period));
        values.put("år", Integer.toString(period.year()));
        values.put("datum", date.toString());
        return values;
    }
}
