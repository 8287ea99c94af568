package se.ekonomiuppfoljning.notifications;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.organisation.UnitCode;

/**
 * One thing for the user, with what its words need: the page it opens is the unit's month when it names a unit and
 * a period, else the user's tasks (Mina uppgifter).
 *
 * @param key      stable while the event is the same (a month sent back again, or an åtgärd given a new due date, is
 *                 a new notification); what the read state is stored by
 * @param at       when it happened, for the order (newest first)
 * @param unitName the unit's name; empty when it names no unit
 * @param deadline the period's deadline ({@link NotificationKind#DEADLINE_NEAR}); null otherwise
 * @param count    how many months are not ready ({@link NotificationKind#DEADLINE_NEAR}); 0 otherwise
 * @param detail   who answered or sent back (their name), or the åtgärd's text; empty where none
 */
public record Notification(
        String key,
        NotificationKind kind,
        Instant at,
        @Nullable UnitCode unit,
        String unitName,
        @Nullable Period period,
        @Nullable LocalDate deadline,
        int count,
        String detail,
        boolean read) {

    Notification asRead(boolean isRead) {
        return new Notification(key, kind, at, unit, unitName, period, deadline, count, detail, isRead);
    }

    /** Whether it opens the unit's month page (else the user's tasks). */
    public boolean opensMonth() {
        return unit != null && period != null;
    }
}
