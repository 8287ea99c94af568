package se.ekonomiuppfoljning.app.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import se.ekonomiuppfoljning.app.PortalTest;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.cycle.CycleAccess;
import se.ekonomiuppfoljning.cycle.DeadlineService;
import se.ekonomiuppfoljning.reminders.ReminderRun;

/**
 * Two nodes on one database run the reminder job at the same moment: only one run happens. The other node is a
 * second ShedLock provider of its own on the same database, holding the job's lock while it runs the job; this
 * node's scheduled method, called through the Spring proxy from another thread meanwhile, must skip. The mail
 * server then holds each reminder of the period once. Its own period (February 2024) keeps it apart from
 * {@link ReminderMailTest}.
 */
@PortalTest
class ReminderLockTest {

    private static final Period PERIOD = new Period(2024, 2);

    @Autowired
    ReminderJob job;

    @Autowired
    GreenMail greenMail;

    @Autowired
    DeadlineService deadlines;

    @Autowired
    DataSource dataSource;

    @Autowired
    Clock clock;

    private final ExecutorService thisNode = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() throws InterruptedException {
        SecurityContextHolder.clearContext();
        thisNode.shutdown();
        assertThat(thisNode.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    }

    private List<MimeMessage> received() {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> subject(m).contains(CycleAccess.monthName(PERIOD)))
                .toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return ((InternetAddress) message.getAllRecipients()[0]).getAddress();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void while_one_node_runs_the_reminder_job_the_other_node_skips_it_and_each_reminder_goes_out_once()
            throws Throwable {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated("controller", null, List.of()));
        deadlines.setDeadline(PERIOD, LocalDate.now(clock)); // the deadline day: a reminder day
        SecurityContextHolder.clearContext();

        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        LockingTaskExecutor otherNode = new DefaultLockingTaskExecutor(
                new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                        .withJdbcTemplate(jdbc)
                        .usingDbTime()
                        .build()));
        LockConfiguration lock =
                new LockConfiguration(Instant.now(), ReminderJob.LOCK, Duration.ofMinutes(5), Duration.ZERO);

        LockingTaskExecutor.TaskResult<Runs> result = otherNode.executeWithLock(
                () -> {
                    // The lock is the other node's now, in the table, until the database's clock passes lock_until.
                    Map<String, Object> row = jdbc.queryForMap(
                            "SELECT lock_until > UTC_TIMESTAMP(3) AS held FROM shedlock WHERE name = ?",
                            ReminderJob.LOCK);
                    assertThat(row.get("held")).isIn(1, 1L, true);
                    // This node's scheduled run, at the same moment, in a thread of its own as the scheduler's.
                    Optional<ReminderRun> thisNodesRun =
                            thisNode.submit(job::sendDueReminders).get(1, TimeUnit.MINUTES);
                    // The other node's run: the same job, which already holds the lock in this thread.
                    Optional<ReminderRun> otherNodesRun = job.sendDueReminders();
                    return new Runs(thisNodesRun, otherNodesRun);
                },
                lock);

        assertThat(result.wasExecuted()).isTrue();
        Runs runs = result.getResult();
        assertThat(runs.thisNode()).as("the run that found the lock taken").isEmpty();
        ReminderRun run = runs.otherNode().orElseThrow();
        List<String> recipients =
                received().stream().map(ReminderLockTest::recipient).toList();
        assertThat(recipients).isNotEmpty().doesNotHaveDuplicates();
        assertThat(run.sent()).filteredOn(k -> k.period().equals(PERIOD)).hasSameSizeAs(recipients);

        // The lock row stays, freed: the next run (on either node) takes it again.
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT locked_by, lock_until <= UTC_TIMESTAMP(3) AS free FROM shedlock WHERE name = ?",
                ReminderJob.LOCK);
        assertThat((String) row.get("locked_by")).isNotBlank();
        assertThat(row.get("free")).isIn(1, 1L, true);
        assertThat(job.sendDueReminders())
                .as("a later run takes the freed lock")
                .isPresent();
        assertThat(received()).hasSameSizeAs(recipients);
    }

    private record Runs(Optional<ReminderRun> thisNode, Optional<ReminderRun> otherNode) {}
}
