package se.ekonomiuppfoljning.common;

/** One field that an audited change changed: its value before and after (empty where it had none). */
public record FieldChange(AuditField field, String before, String after) {}
