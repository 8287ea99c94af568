/**
 * E-mail reminders before a period's deadline: to the chiefs whose units' months are unfinished and to the chiefs
 * of units with overdue åtgärder, each at most once per period, deadline and reminder day. Runs as the system (a
 * scheduled job in {@code app}), never on behalf of a user.
 */
@NullMarked
package se.ekonomiuppfoljning.reminders;

import org.jspecify.annotations.NullMarked;
