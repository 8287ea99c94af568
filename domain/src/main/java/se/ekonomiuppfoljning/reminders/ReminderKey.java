package se.ekonomiuppfoljning.reminders;

import java.time.LocalDate;
import se.ekonomiuppfoljning.common.Period;

/**
 * One reminder that goes out at most once: to a user, for a period's deadline, at one of the configured reminder
 * days ({@code daysBefore} the deadline, 0 = on the day). A deadline moved to another date gets its reminders
 * anew.
 */
public record ReminderKey(String username, Period period, LocalDate deadline, int daysBefore) {}
