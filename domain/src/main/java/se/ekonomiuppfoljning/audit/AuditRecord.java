package se.ekonomiuppfoljning.audit;

import se.ekonomiuppfoljning.common.AuditEntry;

/** A stored audit entry with its id (which orders entries recorded in the same millisecond). */
public record AuditRecord(long id, AuditEntry entry) {}
