package se.ekonomiuppfoljning.cycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import se.ekonomiuppfoljning.common.AuditEntry;
import se.ekonomiuppfoljning.common.AuditLog;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.common.RuleViolationException;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.security.CurrentUser;
import se.ekonomiuppfoljning.security.KommunWideAccess;
import se.ekonomiuppfoljning.security.UserAccount;

/**
 * The last day for the units' monthly reports of a period, one for the whole kommun, shown to everyone. Set by an
 * economist whose scope is the whole kommun or an administrator ({@link KommunWideAccess}): an economist of one
 * part of the kommun would set every other unit's deadline too. A deadline before the period has ended makes no
 * sense and is refused. Every change is audited.
 */
public class DeadlineService {

    private final DeadlineRepository deadlines;
    private final OrganisationRepository organisations;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    public DeadlineService(
            DeadlineRepository deadlines,
            OrganisationRepository organisations,
            AuditLog audit,
            CurrentUser currentUser,
            Clock clock) {
        this.deadlines = deadlines;
        this.organisations = organisations;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public Optional<LocalDate> deadline(Period period) {
        currentUser.require();
        return deadlines.deadline(period);
    }

    /** The period's deadline once it has passed (today, by the clock, is after it); empty before and without one. */
    public Optional<LocalDate> passedDeadline(Period period) {
        currentUser.require();
        LocalDate today = LocalDate.now(clock);
        return deadlines.deadline(period).filter(today::isAfter);
    }

    /** Whether the caller may set the deadlines (the page offers the date picker only then). */
    public boolean maySetDeadlines() {
        return KommunWideAccess.maySetKommunSettings(organisations.load(), currentUser.require());
    }

    public void setDeadline(Period period, LocalDate deadline) {
        UserAccount user = KommunWideAccess.requireKommunSettings(
                organisations.load(), currentUser.require(), "set a period's deadline");
        if (!deadline.isAfter(period.toYearMonth().atEndOfMonth())) {
            throw new RuleViolationException(
                    CycleProblem.DEADLINE_NOT_AFTER_PERIOD,
                    period.toYearMonth().atEndOfMonth().toString());
        }
        Optional<LocalDate> before = deadlines.deadline(period);
        deadlines.save(period, deadline);
        audit.record(new AuditEntry(
                user.username(),
                clock.instant(),
                "DEADLINE",
                period.toString(),
                before.map(d -> "sista dag=" + d).orElse(null),
                "sista dag=" + deadline));
    }
}
