package se.ekonomiuppfoljning.audit;

import java.util.List;

/** The port for reading the audit trail; filters and pages in the store, since the trail grows without end. */
public interface AuditTrail {

    /** How many entries match. */
    long count(AuditQuery query);

    /** The matching entries, newest first, {@code limit} of them from {@code offset}. */
    List<AuditRecord> find(AuditQuery query, long offset, int limit);

    /** The kinds of entity found in the trail, sorted. */
    List<String> kinds();
}
