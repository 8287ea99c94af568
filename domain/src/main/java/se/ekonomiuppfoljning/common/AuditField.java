package se.ekonomiuppfoljning.common;

/**
 * One field of an entity's text in the audit trail ({@code key=value} lines, as the entity's {@code describe()}
 * writes them).
 *
 * @param key  the key as stored in the trail (a storage format: old entries keep it, so it never changes)
 * @param code the field's name for the bundles ({@code audit.field.<code>})
 * @param kind how its value is shown
 */
public record AuditField(String key, String code, Kind kind) {

    /** How a value is shown: as written, as kronor (shown in tkr), or as a constant of the named enum. */
    public enum Kind {
        TEXT,
        KRONOR,
        REPORT_STATE,
        FOLLOW_UP_STATUS,
        DECISION_LEVEL,
        ACTION_STATUS
    }

    public static AuditField text(String key, String code) {
        return new AuditField(key, code, Kind.TEXT);
    }
}
