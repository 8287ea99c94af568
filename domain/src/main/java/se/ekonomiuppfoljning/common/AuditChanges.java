package se.ekonomiuppfoljning.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What an audited change changed, field by field, from the entity's text before and after. The text is the
 * entity's fields in a fixed order, each starting a line with {@code key=}; a value may span lines (a text with
 * line breaks): in a text written by {@link AuditText} the line breaks inside a value are escaped, so each line is one
 * field; in an older text a line starts the next field only where that field's key is the next one expected.
 */
public final class AuditChanges {

    private AuditChanges() {}

    /** The fields whose values differ, in the entity's order; empty when nothing changed. */
    public static List<FieldChange> between(List<AuditField> fields, @Nullable String before, @Nullable String after) {
        Map<String, String> old = parse(fields, before);
        Map<String, String> now = parse(fields, after);
        List<FieldChange> changes = new ArrayList<>();
        for (AuditField field : fields) {
            String was = old.getOrDefault(field.key(), "");
            String is = now.getOrDefault(field.key(), "");
            if (!was.equals(is)) {
                changes.add(new FieldChange(field, was, is));
            }
        }
        return changes;
    }

    /** The values by key; a key missing from the text (an older entry) has none. */
    static Map<String, String> parse(List<AuditField> fields, @Nullable String text) {
        Map<String, String> values = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return values;
        }
        if (AuditText.escaped(text)) {
            String body = text.substring(0, text.length() - AuditText.ESCAPED_MARK.length());
            for (String line : body.split("\n", -1)) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    values.putIfAbsent(line.substring(0, eq), AuditText.unescape(line.substring(eq + 1)));
                }
            }
            return values;
        }
        String rest = text;
        for (int i = 0; i < fields.size(); i++) {
            String prefix = fields.get(i).key() + "=";
            if (!rest.startsWith(prefix)) {
                continue;
            }
            rest = rest.substring(prefix.length());
            int end = nextField(fields, i + 1, rest);
            values.put(fields.get(i).key(), rest.substring(0, end));
            rest = end < rest.length() ? rest.substring(end + 1) : "";
        }
        return values;
    }

    /** Where the value ends: at the line break before the first later key that follows, else at the end. */
    private static int nextField(List<AuditField> fields, int from, String rest) {
        int end = rest.length();
        for (int j = from; j < fields.size(); j++) {
            int at = rest.indexOf("\n" + fields.get(j).key() + "=");
            if (at >= 0 && at < end) {
                end = at;
                break;
            }
        }
        return end;
    }
}
