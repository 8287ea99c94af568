package se.ekonomiuppfoljning.reminders;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import se.ekonomiuppfoljning.actions.ActionView;
import se.ekonomiuppfoljning.actions.OverdueReason;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.cycle.CycleAccess;
import se.ekonomiuppfoljning.cycle.ProgressRow;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.Unit;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.EmailAddress;
import se.ekonomiuppfoljning.security.UserAccount;

/**
 * The reminder's Swedish text: plain text, one line per unit or åtgärd with a link to the portal. Texts from the
 * portal's data (unit names, an åtgärd's description) are put on one line and shortened; nothing is markup.
 * The links follow the portal's routes: {@code /rapport/<enhet>/<period>} and {@code /uppgifter}.
 */
final class ReminderText {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", SWEDISH);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", SWEDISH);

    private ReminderText() {}

    static MailMessage message(
            UserAccount recipient,
            EmailAddress address,
            Organisation organisation,
            Period period,
            LocalDate deadline,
            long daysLeft,
            List<ProgressRow> units,
            List<ActionView> overdue,
            String portalUrl) {
        String month = CycleAccess.monthName(period);
        String subject = (units.isEmpty()
                ? "Påminnelse: försenade åtgärder (månadsrapport " + month + ", sista dag " + deadline.format(DAY) + ")"
                : "Påminnelse: månadsrapport " + month + ", sista dag " + deadline.format(DAY));
        StringBuilder body = new StringBuilder();
        body.append("Hej ")
                .append(MailMessage.singleLine(recipient.displayName(), 200))
                .append("!\n\n");
        body.append("Sista dag för månadsrapporterna för ")
                .append(month)
                .append(" är ")
                .append(deadline.format(WEEKDAY))
                .append(" (")
                .append(when(daysLeft))
                .append(").\n");
        if (!units.isEmpty()) {
            body.append("\nDet här återstår för ")
                    .append(units.size() == 1 ? "din enhet" : "dina enheter")
                    .append(" (")
                    .append(units.size())
                    .append("):\n");
            for (ProgressRow row : units) {
                body.append("- ")
                        .append(unit(row.unit()))
                        .append(": ")
                        .append(row.missing())
                        .append('\n');
                body.append("  ")
                        .append(reportLink(portalUrl, row.unit().code(), period))
                        .append('\n');
            }
        }
        if (!overdue.isEmpty()) {
            body.append("\nFörsenade åtgärder (").append(overdue.size()).append("):\n");
            for (ActionView view : overdue) {
                var action = view.action();
                String unit = organisation
                        .unit(action.unit())
                        .map(ReminderText::unit)
                        .orElse(action.unit().value());
                body.append("- ")
                        .append(unit)
                        .append(": ")
                        .append(MailMessage.singleLine(action.what(), 120))
                        .append('\n');
                body.append("  Ansvarig: ")
                        .append(MailMessage.singleLine(action.responsible(), 100))
                        .append(". Slutdatum: ")
                        .append(action.dueDate())
                        .append(". ")
                        .append(view.overdueReasons().stream()
                                .sorted()
                                .map(OverdueReason::label)
                                .collect(Collectors.joining("; ")))
                        .append(".\n");
                body.append("  ")
                        .append(reportLink(portalUrl, action.unit(), period))
                        .append('\n');
            }
        }
        body.append("\nMina uppgifter i portalen: ").append(portalUrl).append("/uppgifter\n\n");
        body.append("Det här är ett automatiskt meddelande från Ekonomiuppföljning och skickas en gång per "
                + "påminnelsedag. Svara inte på det.\n");
        return new MailMessage(address, recipient.displayName(), subject, body.toString());
    }

    private static String when(long daysLeft) {
        if (daysLeft == 0) {
            return "i dag";
        }
        return daysLeft == 1 ? "i morgon" : "om " + daysLeft + " dagar";
    }

    private static String unit(Unit unit) {
        return unit.code().value() + " " + MailMessage.singleLine(unit.name(), 120);
    }

    private static String reportLink(String portalUrl, UnitCode unit, Period period) {
        return portalUrl + "/rapport/"
                + URLEncoder.encode(unit.value(), StandardCharsets.UTF_8).replace("+", "%20") + "/" + period;
    }
}
