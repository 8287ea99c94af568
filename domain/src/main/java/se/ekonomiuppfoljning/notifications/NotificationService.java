package se.ekonomiuppfoljning.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.ekonomiuppfoljning.actions.ActionView;
import se.ekonomiuppfoljning.actions.OverdueActions;
import se.ekonomiuppfoljning.actions.OverdueReason;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.cycle.CycleAccess;
import se.ekonomiuppfoljning.cycle.DeadlineRepository;
import se.ekonomiuppfoljning.cycle.Question;
import se.ekonomiuppfoljning.cycle.QuestionRepository;
import se.ekonomiuppfoljning.cycle.ReportState;
import se.ekonomiuppfoljning.cycle.UnitReport;
import se.ekonomiuppfoljning.cycle.UnitReportRepository;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.organisation.Unit;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.reminders.ResponsibleChiefs;
import se.ekonomiuppfoljning.security.AccessScope;
import se.ekonomiuppfoljning.security.CurrentUser;
import se.ekonomiuppfoljning.security.PermissionDeniedException;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.security.UserAccountRepository;

/**
 * The caller's notifications, derived when they look from what the portal already stores, each read with one query
 * for all the caller's units (no query per unit), and only what the caller may see:
 * <ul>
 *     <li>{@link NotificationKind#QUESTION_ANSWERED}: the caller's own questions answered within the horizon, on
 *     units still in their scope.</li>
 *     <li>{@link NotificationKind#MONTH_SENT_BACK}: months now sent back whose unit the caller answers for (its
 *     responsible chief, by the e-mail reminders' rule {@link ResponsibleChiefs}; a substitute while acting), unless
 *     they sent it back themselves.</li>
 *     <li>{@link NotificationKind#DEADLINE_NEAR}: a period's deadline from today to {@code deadlineDays} ahead, while
 *     months the caller answers for are neither ready nor approved.</li>
 *     <li>{@link NotificationKind#ACTION_OVERDUE}: the overdue åtgärder of those units (the rule of Mina uppgifter
 *     and the reminders, {@link OverdueActions}).</li>
 * </ul>
 * A notification disappears when what it tells is over (the month saved again, the åtgärd done). Only the read
 * state is stored, per user and notification key; a user marks only notifications of their own list.
 */
public class NotificationService {

    private final OrganisationRepository organisations;
    private final UserAccountRepository users;
    private final QuestionRepository questions;
    private final UnitReportRepository reports;
    private final DeadlineRepository deadlines;
    private final OverdueActions overdueActions;
    private final NotificationReads reads;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final int deadlineDays;
    private final Duration horizon;

    /**
     * @param deadlineDays how many days before a deadline it is notified
     * @param horizon      how long an answered question stays in the list
     */
    public NotificationService(
            OrganisationRepository organisations,
            UserAccountRepository users,
            QuestionRepository questions,
            UnitReportRepository reports,
            DeadlineRepository deadlines,
            OverdueActions overdueActions,
            NotificationReads reads,
            CurrentUser currentUser,
            Clock clock,
            int deadlineDays,
            Duration horizon) {
        if (deadlineDays < 0 || horizon.isNegative()) {
            throw new IllegalArgumentException("deadlineDays and horizon must not be negative");
        }
        this.organisations = organisations;
        this.users = users;
        this.questions = questions;
        this.reports = reports;
        this.deadlines = deadlines;
        this.overdueActions = overdueActions;
        this.reads = reads;
        this.currentUser = currentUser;
        this.clock = clock;
        this.deadlineDays = deadlineDays;
        this.horizon = horizon;
    }

    /** The caller's notifications, newest first, each marked read or unread. */
    public List<Notification> mine() {
        UserAccount user = currentUser.require();
        List<Notification> found = derive(user);
        Set<String> read = found.isEmpty()
                ? Set.of()
                : reads.readAmong(
                        user.username(), found.stream().map(Notification::key).toList());
        return found.stream()
                .map(n -> n.asRead(read.contains(n.key())))
                .sorted(Comparator.comparing(Notification::at).reversed().thenComparing(Notification::key))
                .toList();
    }

    /** How many of the caller's notifications are unread. */
    public int unreadCount() {
        return (int) mine().stream().filter(n -> !n.read()).count();
    }

    /**
     * Marks one of the caller's notifications read. A key that is not in the caller's own list (another user's, or
     * one that is over) is refused.
     */
    public void markRead(String key) {
        UserAccount user = currentUser.require();
        boolean own = derive(user).stream().anyMatch(n -> n.key().equals(key));
        if (!own) {
            throw new PermissionDeniedException(user.username(), "mark a notification read that is not theirs");
        }
        reads.markRead(user.username(), List.of(key), clock.instant());
    }

    /** Marks every notification in the caller's list read. */
    public void markAllRead() {
        UserAccount user = currentUser.require();
        List<String> keys = derive(user).stream().map(Notification::key).toList();
        if (!keys.isEmpty()) {
            reads.markRead(user.username(), keys, clock.instant());
        }
    }

    private List<Notification> derive(UserAccount user) {
        if (!user.enabled()) {
            return List.of();
        }
        Organisation organisation = organisations.load();
        List<Notification> found = new ArrayList<>(answeredQuestions(organisation, user));
        if (CycleAccess.mayEdit(user) && user.has(Role.CHEF)) {
            found.addAll(chiefsNotifications(organisation, user));
        }
        return found;
    }

    private List<Notification> answeredQuestions(Organisation organisation, UserAccount user) {
        if (!user.has(Role.POLITIKER)) {
            return List.of();
        }
        AccessScope scope = AccessScope.resolve(organisation, user);
        List<Notification> found = new ArrayList<>();
        for (Question q :
                questions.answeredAskedBy(user.username(), clock.instant().minus(horizon))) {
            if (!q.askedBy().equals(user.username()) || !q.answered() || !scope.canRead(q.unit())) {
                continue;
            }
            Instant answeredAt = q.answeredAt() == null ? q.askedAt() : q.answeredAt();
            found.add(new Notification(
                    "Q:" + q.id(),
                    NotificationKind.QUESTION_ANSWERED,
                    answeredAt,
                    q.unit(),
                    unitName(organisation, q.unit()),
                    q.period(),
                    null,
                    0,
                    q.answeredByName() == null ? "" : q.answeredByName(),
                    false));
        }
        return found;
    }

    /** The months sent back, the near deadlines and the overdue åtgärder of the units the chief answers for. */
    private List<Notification> chiefsNotifications(Organisation organisation, UserAccount user) {
        AccessScope editing = CycleAccess.editingScope(organisation, user);
        List<UserAccount> everyone = new ArrayList<>();
        for (UserAccount stored : users.findAll()) {
            if (!stored.username().equals(user.username())) {
                everyone.add(stored);
            }
        }
        everyone.add(user); // the acting account: with the units of the chiefs the user stands in for today
        ResponsibleChiefs chiefs = new ResponsibleChiefs(organisation, everyone);
        Set<UnitCode> mine = new LinkedHashSet<>();
        for (UnitCode unit : editing.visibleUnits()) {
            if (chiefs.isResponsible(user.username(), unit)) {
                mine.add(unit);
            }
        }
        if (mine.isEmpty()) {
            return List.of();
        }
        Map<String, String> names =
                everyone.stream().collect(Collectors.toMap(UserAccount::username, u -> shownName(u), (a, b) -> a));
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        List<Notification> found = new ArrayList<>();
        for (UnitReport report : reports.findInState(mine, ReportState.SENT_BACK)) {
            if (!mine.contains(report.unit()) || report.updatedBy().equals(user.username())) {
                continue;
            }
            found.add(new Notification(
                    "S:" + report.unit().value() + ":" + report.period() + ":"
                            + report.updatedAt().toEpochMilli(),
                    NotificationKind.MONTH_SENT_BACK,
                    report.updatedAt(),
                    report.unit(),
                    unitName(organisation, report.unit()),
                    report.period(),
                    null,
                    0,
                    names.getOrDefault(report.updatedBy(), report.updatedBy()),
                    false));
        }
        for (Map.Entry<Period, LocalDate> due :
                deadlines.deadlinesBetween(today, today.plusDays(deadlineDays)).entrySet()) {
            Set<UnitCode> finished = reports.findAll(mine, due.getKey()).stream()
                    .filter(r -> r.state() == ReportState.READY || r.state() == ReportState.APPROVED)
                    .map(UnitReport::unit)
                    .collect(Collectors.toSet());
            int left = (int) mine.stream().filter(u -> !finished.contains(u)).count();
            if (left > 0) {
                found.add(new Notification(
                        "D:" + due.getKey() + ":" + due.getValue(),
                        NotificationKind.DEADLINE_NEAR,
                        due.getValue()
                                .minusDays(deadlineDays)
                                .atStartOfDay(zone)
                                .toInstant(),
                        null,
                        "",
                        due.getKey(),
                        due.getValue(),
                        left,
                        "",
                        false));
            }
        }
        for (ActionView overdue : overdueActions.of(mine, today)) {
            var action = overdue.action();
            if (!mine.contains(action.unit())) {
                continue;
            }
            Set<OverdueReason> reasons = EnumSet.copyOf(overdue.overdueReasons());
            Instant at = reasons.contains(OverdueReason.PAST_DUE_DATE)
                    ? action.dueDate().plusDays(1).atStartOfDay(zone).toInstant()
                    : action.createdAt();
            found.add(new Notification(
                    "A:" + action.id() + ":" + action.dueDate() + ":"
                            + reasons.stream().map(Enum::name).collect(Collectors.joining(",")),
                    NotificationKind.ACTION_OVERDUE,
                    at,
                    action.unit(),
                    unitName(organisation, action.unit()),
                    action.period(),
                    null,
                    0,
                    action.what(),
                    false));
        }
        return found;
    }

    private static String unitName(Organisation organisation, UnitCode code) {
        return organisation.unit(code).map(Unit::name).orElse(code.value());
    }

    private static String shownName(UserAccount user) {
        return user.displayName().isBlank() ? user.username() : user.displayName();
    }
}
