/**
 * The e-mail reminders: on when {@code spring.mail.host} is set (or {@code uppfoljning.reminders.enabled=true}),
 * a daily scheduled job over the domain's {@code ReminderService}, and the mail adapter over Spring's
 * {@code JavaMailSender}.
 */
@NullMarked
package se.ekonomiuppfoljning.app.reminders;

import org.jspecify.annotations.NullMarked;
