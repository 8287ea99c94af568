package se.ekonomiuppfoljning.testdata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import se.ekonomiuppfoljning.audit.AuditQuery;
import se.ekonomiuppfoljning.audit.AuditRecord;
import se.ekonomiuppfoljning.audit.AuditTrail;
import se.ekonomiuppfoljning.common.AuditEntry;
import se.ekonomiuppfoljning.common.AuditLog;

/** The audit trail as a list; read as the store does (filters, newest first, paged). */
public final class InMemoryAuditLog implements AuditLog, AuditTrail {

    public final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public void record(AuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public List<AuditEntry> entriesFor(String entity, String entityId) {
        return entries.stream()
                .filter(e -> e.entity().equals(entity) && e.entityId().equals(entityId))
                .toList();
    }

    @Override
    public long count(AuditQuery query) {
        return matching(query).size();
    }

    @Override
    public List<AuditRecord> find(AuditQuery query, long offset, int limit) {
        return matching(query).stream().skip(offset).limit(limit).toList();
    }

    @Override
    public List<String> kinds() {
        return entries.stream().map(AuditEntry::entity).distinct().sorted().toList();
    }

    private List<AuditRecord> matching(AuditQuery q) {
        return IntStream.range(0, entries.size())
                .mapToObj(i -> new AuditRecord(i + 1, entries.get(i)))
                .filter(r -> q.actor() == null || r.entry().username().equalsIgnoreCase(q.actor()))
                .filter(r ->
                        q.unit() == null || q.unit().equalsIgnoreCase(r.entry().unitCode()))
                .filter(r -> q.kind() == null || r.entry().entity().equalsIgnoreCase(q.kind()))
                .filter(r -> q.from() == null || !r.entry().at().isBefore(q.from()))
                .filter(r -> q.until() == null || r.entry().at().isBefore(q.until()))
                .sorted(Comparator.comparing((AuditRecord r) -> r.entry().at())
                        .thenComparing(AuditRecord::id)
                        .reversed())
                .toList();
    }
}
