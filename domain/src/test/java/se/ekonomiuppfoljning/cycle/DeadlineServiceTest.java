package se.ekonomiuppfoljning.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.common.AuditEntry;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.common.Problem;
import se.ekonomiuppfoljning.common.RuleViolationException;
import se.ekonomiuppfoljning.security.PermissionDeniedException;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.testdata.InMemoryAuditLog;
import se.ekonomiuppfoljning.testdata.InMemoryDeadlines;
import se.ekonomiuppfoljning.testdata.InMemoryOrganisation;
import se.ekonomiuppfoljning.testdata.SeedKommun;

class DeadlineServiceTest {

    private static final Period FEBRUARY = new Period(2026, 2);

    private final InMemoryDeadlines deadlines = new InMemoryDeadlines();
    private final Map<Period, LocalDate> stored = deadlines.stored;
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final AtomicReference<UserAccount> caller = new AtomicReference<>();
    private final DeadlineService service = new DeadlineService(
            deadlines, new InMemoryOrganisation(SeedKommun.organisation()), audit, caller::get, Clock.systemUTC());

    @Test
    void the_economist_of_the_whole_kommun_sets_the_deadline_and_everyone_reads_it() {
        caller.set(SeedKommun.economist("kommunekonom", SeedKommun.KOMMUN));
        service.setDeadline(FEBRUARY, LocalDate.of(2026, 3, 10));

        caller.set(SeedKommun.politician("anna", SeedKommun.KS));
        assertThat(service.deadline(FEBRUARY)).contains(LocalDate.of(2026, 3, 10));
        assertThat(audit.entries).singleElement().extracting(AuditEntry::after).isEqualTo("sista dag=2026-03-10");
    }

    @Test
    void a_chief_may_not_and_a_day_inside_the_period_is_refused() {
        caller.set(SeedKommun.chief("eva", SeedKommun.OVERFORMYNDAR));
        assertThatThrownBy(() -> service.setDeadline(FEBRUARY, LocalDate.of(2026, 3, 10)))
                .isInstanceOf(PermissionDeniedException.class);
        caller.set(SeedKommun.admin("admin"));
        assertThatThrownBy(() -> service.setDeadline(FEBRUARY, LocalDate.of(2026, 2, 20)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.problem())
                                .isEqualTo(Problem.of(CycleProblem.DEADLINE_NOT_AFTER_PERIOD, "2026-02-28")));
        assertThat(stored).isEmpty();
    }

    @Test
    void anEconomistOfOneCommitteesUnitsCannotSetTheWholeKommunsDeadline() {
        caller.set(SeedKommun.economist("martin", SeedKommun.KLS));
        assertThat(service.maySetDeadlines()).isFalse();
        assertThatThrownBy(() -> service.setDeadline(FEBRUARY, LocalDate.of(2026, 3, 10)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(stored).isEmpty();
        assertThat(audit.entries).isEmpty();

        caller.set(SeedKommun.admin("admin"));
        assertThat(service.maySetDeadlines()).isTrue();
        service.setDeadline(FEBRUARY, LocalDate.of(2026, 3, 12));
        assertThat(audit.entries)
                .singleElement()
                .satisfies(e -> assertThat(e.username()).isEqualTo("admin"));
    }

    @Test
    void a_deadline_counts_as_passed_only_from_the_day_after_it_by_the_clock() {
        stored.put(FEBRUARY, LocalDate.of(2026, 3, 10));
        caller.set(SeedKommun.chief("eva", SeedKommun.OVERFORMYNDAR));
        java.util.function.Function<String, DeadlineService> on = day -> new DeadlineService(
                deadlines,
                new InMemoryOrganisation(SeedKommun.organisation()),
                audit,
                caller::get,
                Clock.fixed(java.time.Instant.parse(day + "T10:00:00Z"), java.time.ZoneId.of("Europe/Stockholm")));

        assertThat(on.apply("2026-03-10").passedDeadline(FEBRUARY)).isEmpty();
        assertThat(on.apply("2026-03-11").passedDeadline(FEBRUARY)).contains(LocalDate.of(2026, 3, 10));
        assertThat(on.apply("2026-03-11").passedDeadline(new Period(2026, 3))).isEmpty(); // none set
    }
}
