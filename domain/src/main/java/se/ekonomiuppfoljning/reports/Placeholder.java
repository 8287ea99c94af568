package se.ekonomiuppfoljning.reports;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * A placeholder the documents' texts may name in braces, e.g. {@code {månad}}. Its word is the template's own (a
 * kommun's stored texts use it), read from the resource {@code placeholders.properties} beside this class.
 */
public enum Placeholder {
    /** The node's name as in running text ("kommunledningsstaben"). */
    UNIT,
    /** The node's name as written ("Kommunledningsstaben"). */
    UNIT_NAME,
    /** The node's short name ("KLS"). */
    SHORT_NAME,
    /** The month's name ("februari"). */
    MONTH,
    /** The month's short name ("feb"). */
    MONTH_SHORT,
    YEAR,
    /** The document's date. */
    DATE,
    /** A deviation in tkr as printed. */
    DEVIATION,
    /** The committee a unit outside the total reports to. */
    COMMITTEE,
    /** The total row's label. */
    TOTAL,
    /** How many units a chart shows. */
    COUNT,
    /** Of how many units. */
    OF,
    /** The deciding organ's name. */
    ORGAN,
    /** A decision's §. */
    PARAGRAPH,
    /** A case's title. */
    TITLE,
    /** A case's diarienummer. */
    CASE_NUMBER,
    /** The date of the meeting that decided. */
    MEETING_DATE,
    /** Units' names, comma-separated (those whose month was not approved). */
    UNITS,
    /** A helårsprognos in tkr as printed. */
    FORECAST;

    /** The word between the braces. */
    public String token() {
        return Objects.requireNonNull(Tokens.BY_PLACEHOLDER.get(this));
    }

    /** Every placeholder's word. */
    public static Set<String> tokens() {
        Set<String> tokens = new LinkedHashSet<>();
        for (Placeholder placeholder : values()) {
            tokens.add(placeholder.token());
        }
        return Set.copyOf(tokens);
    }

    /** Loaded once, with the defaults' reader. */
    private static final class Tokens {
        static final Map<Placeholder, String> BY_PLACEHOLDER = load();

        private static Map<Placeholder, String> load() {
            Properties words = DocumentResources.load(Placeholder.class, "placeholders.properties");
            Map<Placeholder, String> tokens = new EnumMap<>(Placeholder.class);
            for (Placeholder placeholder : values()) {
                String word = words.getProperty(placeholder.name());
                if (word == null) {
                    throw new IllegalStateException("placeholders.properties has no word for " + placeholder);
                }
                tokens.put(placeholder, word);
            }
            return tokens;
        }
    }
}
