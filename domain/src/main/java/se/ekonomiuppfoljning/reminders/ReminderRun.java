package se.ekonomiuppfoljning.reminders;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import se.ekonomiuppfoljning.organisation.UnitCode;

/**
 * What one run of the reminders did, for the log.
 *
 * @param sent           the reminders sent now
 * @param alreadySent    reminders due but sent before, not sent again
 * @param failed         the reminders the mail server did not take (user: why); they go out at the next run
 * @param withoutAddress users who should have had a reminder but have no e-mail address
 * @param withoutChief   unfinished units (or units with overdue åtgärder) with no chief at or above them
 */
public record ReminderRun(
        LocalDate day,
        List<ReminderKey> sent,
        int alreadySent,
        List<String> failed,
        Set<String> withoutAddress,
        Set<UnitCode> withoutChief) {

    public ReminderRun {
        sent = List.copyOf(sent);
        failed = List.copyOf(failed);
        withoutAddress = Set.copyOf(withoutAddress);
        withoutChief = Set.copyOf(withoutChief);
    }
}
