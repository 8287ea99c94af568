package se.ekonomiuppfoljning.app.reminders;

import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import se.ekonomiuppfoljning.reminders.ReminderRun;
import se.ekonomiuppfoljning.reminders.ReminderService;

/**
 * Sends the reminders due today, once a day ({@code uppfoljning.reminders.cron}, default 07:00 in the kommun's
 * time zone). It runs as the system: the service needs no user and gets none. Running it more often is safe (no
 * reminder goes out twice) and makes up for a day the server was down at that hour.
 */
public class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final ReminderService reminders;

    ReminderJob(ReminderService reminders) {
        this.reminders = reminders;
    }

    @Scheduled(
            cron = "${uppfoljning.reminders.cron:0 0 7 * * *}",
            zone = "${uppfoljning.reminders.zone:Europe/Stockholm}")
    public ReminderRun sendDueReminders() {
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
        return run;
    }
}
