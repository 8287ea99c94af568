package se.ekonomiuppfoljning.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.security.CurrentUser;
import se.ekonomiuppfoljning.security.PermissionDeniedException;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;

/**
 * The administrator reads the audit trail ("Granskningslogg"): filtered by actor, unit, kind and days, paged, and
 * exported. Administrators only, whatever door the call comes through.
 */
public class AuditService {

    /** The most entries one page asks for. */
    public static final int MAX_PAGE = 500;
    /** The most entries one export holds; a narrower filter gives the rest. */
    public static final int MAX_EXPORT = 10_000;

    private final AuditTrail trail;
    private final CurrentUser currentUser;
    private final Clock clock;

    /** @param clock its zone is the kommun's, in which the filter's days begin and end */
    public AuditService(AuditTrail trail, CurrentUser currentUser, Clock clock) {
        this.trail = trail;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public long count(AuditFilter filter) {
        requireAdministrator("count audit entries");
        return trail.count(query(filter));
    }

    /** One page of the matching entries, newest first. */
    public List<AuditRecord> find(AuditFilter filter, long offset, int limit) {
        requireAdministrator("read the audit trail");
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        return limit == 0 ? List.of() : trail.find(query(filter), offset, Math.min(limit, MAX_PAGE));
    }

    /** The matching entries for a file, newest first, at most {@link #MAX_EXPORT}. */
    public List<AuditRecord> export(AuditFilter filter) {
        requireAdministrator("export the audit trail");
        return trail.find(query(filter), 0, MAX_EXPORT);
    }

    /** The kinds of entity in the trail, for choosing one. */
    public List<String> kinds() {
        requireAdministrator("read the audit trail");
        return trail.kinds();
    }

    private AuditQuery query(AuditFilter filter) {
        return new AuditQuery(
                filter.actor(),
                filter.unit(),
                filter.kind(),
                startOf(filter.from()),
                filter.to() == null ? null : startOf(filter.to().plusDays(1)));
    }

    private @Nullable Instant startOf(@Nullable LocalDate day) {
        return day == null ? null : day.atStartOfDay(clock.getZone()).toInstant();
    }

    private void requireAdministrator(String operation) {
        UserAccount caller = currentUser.require();
        if (!caller.enabled() || !caller.has(Role.ADMIN)) {
            throw new PermissionDeniedException(caller.username(), operation);
        }
    }
}
