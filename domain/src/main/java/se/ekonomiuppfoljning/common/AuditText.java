package se.ekonomiuppfoljning.common;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An entity's text for the audit trail: one {@code key=value} line per field, in the entity's order. A value's line
 * breaks and backslashes are escaped ({@code \n}, {@code \r}, {@code \\}), so a line typed into a text field, such as
 * {@code kommentar=…}, can never pass for a field of its own. The text ends with {@link #ESCAPED_MARK}; entries
 * written before values were escaped have no mark and are read as they were written ({@link AuditChanges}).
 */
public final class AuditText {

    /** The last line of an escaped text; its first line stays the entity's first field. */
    static final String ESCAPED_MARK = "\nformat=escaped";

    private AuditText() {}

    /** The entity's text: each field's key with its value, in the fields' order; a null value is written empty. */
    public static String of(List<AuditField> fields, @Nullable Object... values) {
        if (values.length != fields.size()) {
            throw new IllegalArgumentException(fields.size() + " fields, " + values.length + " values");
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            text.append(fields.get(i).key())
                    .append('=')
                    .append(escape(value == null ? "" : value.toString()))
                    .append('\n');
        }
        return text.append(ESCAPED_MARK.substring(1)).toString();
    }

    /** Whether the stored text was written with escaped values. */
    static boolean escaped(String stored) {
        return stored.endsWith(ESCAPED_MARK);
    }

    /**
     * The stored text as people read it: an escaped text without its mark, its values' line breaks restored; an
     * older text as it is.
     */
    public static @Nullable String readable(@Nullable String stored) {
        if (stored == null || !escaped(stored)) {
            return stored;
        }
        return unescape(stored.substring(0, stored.length() - ESCAPED_MARK.length()));
    }

    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(
                        switch (next) {
                            case 'n' -> '\n';
                            case 'r' -> '\r';
                            default -> next;
                        });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
