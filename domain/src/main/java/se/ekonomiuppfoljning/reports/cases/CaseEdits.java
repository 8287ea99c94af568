package se.ekonomiuppfoljning.reports.cases;

import java.time.Instant;
import java.util.Optional;
import se.ekonomiuppfoljning.common.AuditEntry;
import se.ekonomiuppfoljning.common.AuditLog;
import se.ekonomiuppfoljning.common.ConcurrentEditException;
import se.ekonomiuppfoljning.security.UserAccount;

/**
 * A change of a stored case, for the services that change one: the version the editor started from is checked before
 * and at the update (optimistic locking), and every change is audited.
 */
final class CaseEdits {

    /** The audit trail's entity of a case. */
    static final String AUDIT_ENTITY = "REPORT_CASE";

    private final CaseAccess access;
    private final CaseRepository cases;
    private final AuditLog audit;

    CaseEdits(CaseAccess access, CaseRepository cases, AuditLog audit) {
        this.access = access;
        this.cases = cases;
        this.audit = audit;
    }

    /** The case to change, if the caller may change it and it still has the version they started from. */
    ReportCase current(long id, long expectedVersion) {
        ReportCase current = access.readable(id);
        access.requireEditor(current.node());
        if (current.version() != expectedVersion) {
            throw new ConcurrentEditException(CaseAccess.title(current), current, null, expectedVersion);
        }
        return current;
    }

    /** Stores a new case as the next version of its node and period, and audits it. */
    ReportCase insert(ReportCase draft, UserAccount user, Instant now) {
        return audited(cases.insert(draft), user, now);
    }

    /** Stores a new case as the first of its node and period and audits it; empty when the node and period has one. */
    Optional<ReportCase> insertFirst(ReportCase draft, UserAccount user, Instant now) {
        return cases.insertFirst(draft).map(created -> audited(created, user, now));
    }

    private ReportCase audited(ReportCase created, UserAccount user, Instant now) {
        audit.record(new AuditEntry(
                user.username(), now, AUDIT_ENTITY, Long.toString(created.id()), null, created.describe()));
        return created;
    }

    /** Stores the changed case if nobody changed it meanwhile, and audits the change. */
    ReportCase save(ReportCase before, ReportCase after, UserAccount user, long expectedVersion) {
        if (!cases.update(after, expectedVersion)) {
            ReportCase stored = cases.find(before.id()).orElse(before);
            throw new ConcurrentEditException(CaseAccess.title(before), stored, null, expectedVersion);
        }
        audit.record(new AuditEntry(
                user.username(),
                after.updatedAt(),
                AUDIT_ENTITY,
                Long.toString(after.id()),
                before.describe(),
                after.describe()));
        return after;
    }
}
