package se.ekonomiuppfoljning.app.reminders;

import java.util.Optional;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import se.ekonomiuppfoljning.reminders.ReminderRun;
import se.ekonomiuppfoljning.reminders.ReminderService;

/**
 * Sends the reminders due today, once a day ({@code uppfoljning.reminders.cron}, default 07:00 in the kommun's
 * time zone). It runs as the system: the service needs no user and gets none. Running it more often is safe (no
 * reminder goes out twice) and makes up for a day the server was down at that hour.
 * <p>
 * With two or more nodes on one database the job runs on one node at a time: it holds the ShedLock lock
 * {@value #LOCK} (table {@code shedlock}, the database's clock) while it runs, and at least
 * {@code uppfoljning.reminders.lock-at-least-for} (default 5 minutes) so that a node whose clock is a little behind
 * does not run it again right after; a node that finds the lock taken skips the run. A node that dies holding it
 * frees it after {@code uppfoljning.reminders.lock-at-most-for} (default 30 minutes). The lock is the first guard;
 * the {@code reminder_sent} claims stay the second, so a run after the lock has expired still sends nothing twice.
 */
public class ReminderJob {

    /** The name of the job's lock, the primary key of its row in {@code shedlock}. */
    public static final String LOCK = "reminders";

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final ReminderService reminders;

    ReminderJob(ReminderService reminders) {
        this.reminders = reminders;
    }

    @Scheduled(
            cron = "${uppfoljning.reminders.cron:0 0 7 * * *}",
            zone = "${uppfoljning.reminders.zone:Europe/Stockholm}")
    @SchedulerLock(
            name = LOCK,
            lockAtMostFor = "${uppfoljning.reminders.lock-at-most-for:PT30M}",
            lockAtLeastFor = "${uppfoljning.reminders.lock-at-least-for:PT5M}")
    public Optional<ReminderRun> sendDueReminders() {
        // Through the Spring proxy, the lock's interceptor answers Optional.empty() when another run holds the lock.
        ReminderRun run = reminders.sendDueReminders();
        if (!run.sent().isEmpty() || run.alreadySent() > 0) {
            log.info(
                    "Reminders of {}: {} sent, {} sent before",
                    run.day(),
                    run.sent().size(),
                    run.alreadySent());
        }
        if (!run.failed().isEmpty()) {
            log.warn(
                    "Reminders of {} the mail server did not take (tried again at the next run): {}",
                    run.day(),
                    String.join("; ", run.failed()));
        }
        if (!run.withoutAddress().isEmpty()) {
            log.warn(
                    "Reminders of {} not sent: no e-mail address for {}",
                    run.day(),
                    run.withoutAddress().stream().sorted().collect(Collectors.joining(", ")));
        }
        if (!run.withoutChief().isEmpty()) {
            log.warn(
                    "Reminders of {}: no chief at or above units {}",
                    run.day(),
                    run.withoutChief().stream().map(Object::toString).sorted().collect(Collectors.joining(", ")));
        }
        return Optional.of(run);
    }
}
