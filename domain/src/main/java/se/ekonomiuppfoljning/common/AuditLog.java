package se.ekonomiuppfoljning.common;

import java.util.List;

/** The port to the audit trail, written by the cycle's services on every change. */
public interface AuditLog {

    void record(AuditEntry entry);

    /** The entries of one entity, oldest first. */
    List<AuditEntry> entriesFor(String entity, String entityId);
}
