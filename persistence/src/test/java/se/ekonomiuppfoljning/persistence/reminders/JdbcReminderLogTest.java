package se.ekonomiuppfoljning.persistence.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.cycle.DeadlineRepository;
import se.ekonomiuppfoljning.persistence.PersistenceTest;
import se.ekonomiuppfoljning.reminders.ReminderKey;
import se.ekonomiuppfoljning.reminders.ReminderLog;
import se.ekonomiuppfoljning.security.EmailAddress;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.security.UserAccountRepository;

@PersistenceTest
class JdbcReminderLogTest {

    private static final Period FEBRUARY = new Period(2026, 2);
    private static final LocalDate DEADLINE = LocalDate.of(2026, 3, 10);
    private static final EmailAddress EVA = new EmailAddress("eva.lind@kommun.example");
    private static final Instant NOW = Instant.parse("2026-03-07T05:30:00Z");

    @Autowired
    ReminderLog log;

    @Autowired
    UserAccountRepository users;

    @Autowired
    DeadlineRepository deadlines;

    @BeforeEach
    void aUser() {
        users.save(new UserAccount("eva", "Eva Lind", Set.of(Role.ADMIN), Set.of(), Set.of(), true, EVA), "x");
    }

    @Test
    void a_reminder_is_claimed_once_and_after_a_release_again() {
        ReminderKey key = new ReminderKey("eva", FEBRUARY, DEADLINE, 3);
        assertThat(log.claim(key, EVA, NOW)).isTrue();
        assertThat(log.claim(key, EVA, NOW.plusSeconds(60))).isFalse();
        // Another reminder day, another deadline, another period: each its own reminder.
        assertThat(log.claim(new ReminderKey("eva", FEBRUARY, DEADLINE, 0), EVA, NOW))
                .isTrue();
        assertThat(log.claim(new ReminderKey("eva", FEBRUARY, DEADLINE.plusDays(2), 3), EVA, NOW))
                .isTrue();
        assertThat(log.claim(new ReminderKey("eva", new Period(2026, 3), DEADLINE, 3), EVA, NOW))
                .isTrue();

        log.release(key);
        assertThat(log.claim(key, EVA, NOW)).isTrue();
    }

    @Test
    void the_deadlines_between_two_days_are_found_both_days_included() {
        deadlines.save(FEBRUARY, DEADLINE);
        deadlines.save(new Period(2026, 3), LocalDate.of(2026, 4, 13));
        deadlines.save(new Period(2026, 1), LocalDate.of(2026, 3, 7));

        assertThat(deadlines.deadlinesBetween(LocalDate.of(2026, 3, 7), DEADLINE))
                .containsExactly(
                        java.util.Map.entry(new Period(2026, 1), LocalDate.of(2026, 3, 7)),
                        java.util.Map.entry(FEBRUARY, DEADLINE));
        assertThat(deadlines.deadlinesBetween(LocalDate.of(2026, 3, 11), LocalDate.of(2026, 4, 12)))
                .isEmpty();
    }
}
