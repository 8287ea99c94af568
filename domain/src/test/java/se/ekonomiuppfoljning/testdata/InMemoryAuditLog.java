package se.ekonomiuppfoljning.testdata;

import java.util.ArrayList;
import java.util.List;

import se.ekonomiuppfoljning.cycle.AuditEntry;
import se.ekonomiuppfoljning.cycle.AuditLog;

/** The audit trail as a list. */
public final class InMemoryAuditLog implements AuditLog {

    public final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public void record(AuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public List<AuditEntry> entriesFor(String entity, String entityId) {
        return entries.stream().filter(e -> e.entity().equals(entity) && e.entityId().equals(entityId)).toList();
    }
}
