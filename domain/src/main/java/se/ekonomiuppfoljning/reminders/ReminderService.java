package se.ekonomiuppfoljning.reminders;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import se.ekonomiuppfoljning.actions.ActionView;
import se.ekonomiuppfoljning.actions.OverdueActions;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.cycle.DeadlineRepository;
import se.ekonomiuppfoljning.cycle.Progress;
import se.ekonomiuppfoljning.cycle.ProgressRow;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.organisation.Unit;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.AccessScope;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.security.UserAccountRepository;

/**
 * The e-mail reminders before the periods' deadlines. On a reminder day of a period (see
 * {@link ReminderSettings#daysBefore()}) every responsible chief (see {@link ResponsibleChiefs}) gets ONE message
 * listing what is left: each unit whose month awaits them ({@link ProgressRow#awaitsChief()}: not ready, sent back,
 * analysis missing) and each overdue åtgärd of their units (the åtgärd's responsible person is free text, so the
 * unit's chief is reminded and the text names the person). Nobody gets the same reminder twice: each is claimed
 * in the {@link ReminderLog} before it is sent, and released again if the mail server does not take it.
 * <p>
 * This service runs as the system, not on behalf of a user: it reads the whole organisation through
 * {@link AccessScope#system} and checks no caller. Only the application's scheduled job calls it (an ArchUnit rule
 * keeps the UI from it).
 */
public class ReminderService {

    private final OrganisationRepository organisations;
    private final UserAccountRepository users;
    private final DeadlineRepository deadlines;
    private final Progress progress;
    private final OverdueActions overdueActions;
    private final ReminderLog log;
    private final MailSender mail;
    private final Clock clock;
    private final ReminderSettings settings;

    public ReminderService(
            OrganisationRepository organisations,
            UserAccountRepository users,
            DeadlineRepository deadlines,
            Progress progress,
            OverdueActions overdueActions,
            ReminderLog log,
            MailSender mail,
            Clock clock,
            ReminderSettings settings) {
        this.organisations = organisations;
        this.users = users;
        this.deadlines = deadlines;
        this.progress = progress;
        this.overdueActions = overdueActions;
        this.log = log;
        this.mail = mail;
        this.clock = clock;
        this.settings = settings;
    }

    /** Sends the reminders due today, by the application's clock. */
    public ReminderRun sendDueReminders() {
        return sendDueReminders(LocalDate.now(clock));
    }

    /** Sends the reminders due on {@code today} that have not been sent before. */
    public ReminderRun sendDueReminders(LocalDate today) {
        Map<Period, LocalDate> due = deadlines.deadlinesBetween(today, today.plusDays(settings.maxDaysBefore()));
        List<ReminderKey> sent = new ArrayList<>();
        int alreadySent = 0;
        List<String> failed = new ArrayList<>();
        Set<String> withoutAddress = new TreeSet<>();
        Set<UnitCode> withoutChief = new TreeSet<>();
        if (due.isEmpty()) {
            return new ReminderRun(today, sent, alreadySent, failed, withoutAddress, withoutChief);
        }
        Organisation organisation = organisations.load();
        AccessScope system = AccessScope.system(organisation);
        ResponsibleChiefs chiefs = new ResponsibleChiefs(organisation, users.findAll());
        List<ActionView> overdue = overdueActions.of(system.visibleUnits(), today);
        for (Map.Entry<Period, LocalDate> entry : due.entrySet()) {
            Period period = entry.getKey();
            LocalDate deadline = entry.getValue();
            long daysLeft = ChronoUnit.DAYS.between(today, deadline);
            Map<String, Recipient> recipients = new TreeMap<>();
            for (Unit root : organisation.roots()) {
                for (ProgressRow row : progress.rows(organisation, system, root.code(), period)) {
                    if (row.awaitsChief()) {
                        List<UserAccount> responsible = chiefs.of(row.unit().code());
                        if (responsible.isEmpty()) {
                            withoutChief.add(row.unit().code());
                        }
                        responsible.forEach(c -> recipient(recipients, c).units.add(row));
                    }
                }
            }
            for (ActionView action : overdue) {
                List<UserAccount> responsible = chiefs.of(action.action().unit());
                if (responsible.isEmpty()) {
                    withoutChief.add(action.action().unit());
                }
                responsible.forEach(c -> recipient(recipients, c).actions.add(action));
            }
            for (Recipient recipient : recipients.values()) {
                UserAccount user = recipient.user;
                if (user.email() == null) {
                    withoutAddress.add(user.username());
                    continue;
                }
                ReminderKey key = new ReminderKey(user.username(), period, deadline, settings.reminderDay(daysLeft));
                if (!log.claim(key, user.email(), clock.instant())) {
                    alreadySent++;
                    continue;
                }
                try {
                    mail.send(ReminderText.message(
                            user,
                            user.email(),
                            organisation,
                            period,
                            deadline,
                            daysLeft,
                            List.copyOf(recipient.units),
                            List.copyOf(recipient.actions),
                            settings.portalUrl()));
                    sent.add(key);
                } catch (MailDeliveryException notSent) {
                    log.release(key);
                    failed.add(user.username() + ": " + notSent.getMessage());
                }
            }
        }
        return new ReminderRun(today, sent, alreadySent, failed, withoutAddress, withoutChief);
    }

    private static Recipient recipient(Map<String, Recipient> recipients, UserAccount user) {
        return recipients.computeIfAbsent(user.username(), u -> new Recipient(user));
    }

    /** What one chief is reminded of: units in the organisation's order, åtgärder by due date. */
    private static final class Recipient {
        final UserAccount user;
        final Set<ProgressRow> units = new LinkedHashSet<>();
        final Set<ActionView> actions = new LinkedHashSet<>();

        Recipient(UserAccount user) {
            this.user = user;
        }
    }
}
