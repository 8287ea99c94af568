package se.ekonomiuppfoljning.cycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.security.CurrentUser;
import se.ekonomiuppfoljning.security.PermissionDeniedException;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;

/**
 * The last day for the units' monthly reports of a period, set by the ekonomichef (an economist) and shown to
 * everyone. A deadline before the period has ended makes no sense and is refused.
 */
public class DeadlineService {

    private final DeadlineRepository deadlines;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    public DeadlineService(DeadlineRepository deadlines, AuditLog audit, CurrentUser currentUser, Clock clock) {
        this.deadlines = deadlines;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public Optional<LocalDate> deadline(Period period) {
        currentUser.require();
        return deadlines.deadline(period);
    }

    public void setDeadline(Period period, LocalDate deadline) {
        UserAccount user = currentUser.require();
        if (!user.has(Role.EKONOM)) {
            throw new PermissionDeniedException(user.username(), "set a period's deadline");
        }
        if (!deadline.isAfter(period.toYearMonth().atEndOfMonth())) {
            throw new RuleViolationException("Sista dagen måste ligga efter periodens slut (" + period.toYearMonth().atEndOfMonth() + ").");
        }
        Optional<LocalDate> before = deadlines.deadline(period);
        deadlines.save(period, deadline);
        audit.record(new AuditEntry(user.username(), clock.instant(), "DEADLINE", period.toString(),
                before.map(d -> "sista dag=" + d).orElse(null), "sista dag=" + deadline));
    }
}
