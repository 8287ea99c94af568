package se.ekonomiuppfoljning.reminders;

import java.util.List;

/**
 * How the reminders go out.
 *
 * @param daysBefore the reminder days: how many days before a period's deadline (0 = on the deadline day). A
 *                   reminder day missed (the server was down, the deadline was set late) is made up by the next
 *                   run before the deadline: on a given day the reminder of the nearest reminder day not yet passed
 *                   goes out, if it has not already.
 * @param portalUrl  the portal's address as the users reach it, for the links in the messages
 */
public record ReminderSettings(List<Integer> daysBefore, String portalUrl) {

    /** Three days before the deadline, and on the deadline day. */
    public static final List<Integer> DEFAULT_DAYS_BEFORE = List.of(3, 0);

    public ReminderSettings {
        if (daysBefore.isEmpty() || daysBefore.stream().anyMatch(d -> d < 0 || d > 60)) {
            throw new IllegalArgumentException(
                    "reminder days before the deadline must be 0..60, at least one: " + daysBefore);
        }
        daysBefore = daysBefore.stream().distinct().sorted().toList();
        String url = portalUrl.strip();
        if (!url.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
            throw new IllegalArgumentException(
                    "the portal URL must be an http(s) address without query, was '" + portalUrl + "'");
        }
        portalUrl = url.replaceAll("/+$", "");
    }

    public int maxDaysBefore() {
        return daysBefore.get(daysBefore.size() - 1);
    }

    /** The reminder day that applies {@code daysLeft} days before the deadline (0..{@link #maxDaysBefore()}). */
    int reminderDay(long daysLeft) {
        return daysBefore.stream()
                .filter(d -> d >= daysLeft)
                .findFirst()
                .orElseThrow(
                        () -> new IllegalArgumentException(daysLeft + " days left is before the first reminder day"));
    }
}
