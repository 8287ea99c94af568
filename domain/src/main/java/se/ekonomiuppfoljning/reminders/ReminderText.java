package se.ekonomiuppfoljning.reminders;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.ekonomiuppfoljning.actions.ActionView;
import se.ekonomiuppfoljning.actions.OverdueReason;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.cycle.CycleAccess;
import se.ekonomiuppfoljning.cycle.ProgressRow;
import se.ekonomiuppfoljning.cycle.ProgressState;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.Unit;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.EmailAddress;
import se.ekonomiuppfoljning.security.UserAccount;

/**
 * The reminder's Swedish text, worded from the resource {@link #RESOURCE} beside this class: plain text, one line
 * per unit or åtgärd with a link to the portal. Texts from the portal's data (unit names, an åtgärd's description)
 * are put on one line and shortened and inserted as they are (never read as a pattern); nothing is markup.
 * The links follow the portal's routes: {@code /rapport/<enhet>/<period>} and {@code /uppgifter}.
 */
final class ReminderText {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", SWEDISH);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", SWEDISH);

    /** The texts, beside this class (UTF-8). */
    static final String RESOURCE = "reminder.properties";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");
    private static final Properties TEXTS = load();

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
        String subject = text(units.isEmpty() ? "subject.overdueOnly" : "subject", month, deadline.format(DAY));
        StringBuilder body = new StringBuilder();
        body.append(text("greeting", MailMessage.singleLine(recipient.displayName(), 200)))
                .append("\n\n");
        body.append(text("deadline", month, deadline.format(WEEKDAY), when(daysLeft)))
                .append('\n');
        if (!units.isEmpty()) {
            body.append('\n')
                    .append(text(units.size() == 1 ? "remaining.one" : "remaining.many", String.valueOf(units.size())))
                    .append('\n');
            for (ProgressRow row : units) {
                body.append("- ")
                        .append(unit(row.unit()))
                        .append(": ")
                        .append(missing(row))
                        .append('\n');
                body.append("  ")
                        .append(reportLink(portalUrl, row.unit().code(), period))
                        .append('\n');
            }
        }
        if (!overdue.isEmpty()) {
            body.append('\n')
                    .append(text("overdue", String.valueOf(overdue.size())))
                    .append('\n');
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
                body.append("  ")
                        .append(text(
                                "overdue.line",
                                MailMessage.singleLine(action.responsible(), 100),
                                String.valueOf(action.dueDate()),
                                view.overdueReasons().stream()
                                        .sorted()
                                        .map(ReminderText::reason)
                                        .collect(Collectors.joining("; "))))
                        .append('\n');
                body.append("  ")
                        .append(reportLink(portalUrl, action.unit(), period))
                        .append('\n');
            }
        }
        body.append('\n').append(text("tasks", portalUrl)).append("\n\n");
        body.append(text("footer")).append('\n');
        return new MailMessage(address, recipient.displayName(), subject, body.toString());
    }

    /**
     * What the unit's chief still has to do: its report's state where it is not marked ready, and a mandatory
     * analysis not written, e.g. "återskickad; ekonomisk analys saknas".
     */
    static String missing(ProgressRow row) {
        List<String> parts = new ArrayList<>();
        ProgressState state = row.state();
        if (state != ProgressState.READY && state != ProgressState.APPROVED) {
            parts.add(text("missing." + state.name()));
        }
        if (row.analysisMissing() && state != ProgressState.APPROVED) {
            parts.add(text("missing.analysis"));
        }
        return String.join("; ", parts);
    }

    /** Why an åtgärd is overdue, e.g. "Slutdatumet har passerats". */
    static String reason(OverdueReason reason) {
        return text("overdue." + reason.name());
    }

    private static String when(long daysLeft) {
        if (daysLeft == 0) {
            return text("when.today");
        }
        return daysLeft == 1 ? text("when.tomorrow") : text("when.days", String.valueOf(daysLeft));
    }

    /** The resource's text under {@code key}, its {0}, {1} … replaced by the arguments (inserted as they are). */
    private static String text(String key, String... arguments) {
        String pattern = TEXTS.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("No reminder text " + key + " in " + RESOURCE);
        }
        StringBuilder out = new StringBuilder(pattern.length() + 64);
        Matcher placeholder = PLACEHOLDER.matcher(pattern);
        while (placeholder.find()) {
            placeholder.appendReplacement(
                    out, Matcher.quoteReplacement(arguments[Integer.parseInt(placeholder.group(1))]));
        }
        placeholder.appendTail(out);
        return out.toString();
    }

    private static Properties load() {
        try (InputStream in = ReminderText.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            Properties texts = new Properties();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unit(Unit unit) {
        return unit.code().value() + " " + MailMessage.singleLine(unit.name(), 120);
    }

    private static String reportLink(String portalUrl, UnitCode unit, Period period) {
        return portalUrl + "/rapport/"
                + URLEncoder.encode(unit.value(), StandardCharsets.UTF_8).replace("+", "%20") + "/" + period;
    }
}
