package se.ekonomiuppfoljning.actions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.AuditChanges;
import se.ekonomiuppfoljning.common.AuditEntry;
import se.ekonomiuppfoljning.common.AuditLog;
import se.ekonomiuppfoljning.common.ConcurrentEditException;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.common.PlainText;
import se.ekonomiuppfoljning.common.Problem;
import se.ekonomiuppfoljning.common.RuleViolationException;
import se.ekonomiuppfoljning.common.TextField;
import se.ekonomiuppfoljning.cycle.CycleAccess;
import se.ekonomiuppfoljning.cycle.ForecastFigures;
import se.ekonomiuppfoljning.cycle.Forecasts;
import se.ekonomiuppfoljning.cycle.ReportState;
import se.ekonomiuppfoljning.cycle.UnitReport;
import se.ekonomiuppfoljning.cycle.UnitReportRepository;
import se.ekonomiuppfoljning.followup.FigureRepository;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.AccessScope;
import se.ekonomiuppfoljning.security.CurrentUser;
import se.ekonomiuppfoljning.security.PermissionDeniedException;
import se.ekonomiuppfoljning.security.UserAccount;

/**
 * The åtgärder of units: list those still open (they follow the unit from month to month until done or
 * cancelled), create and update them, propose their decision level, find the overdue ones, and read an action's
 * history. Reading needs the unit in scope (politicians read only); writing needs a chief or economist with the
 * unit in their assignments (see {@link CycleAccess}). Every change is written to the {@link AuditLog}, which is
 * also the action's history.
 * <p>
 * Deciding is a reviewer's act ({@link CycleAccess#mayReview}: an economist of the unit or a chief above it): taking
 * a proposed action to beslutad, pågår or genomförd, recording or changing a political decision (the protocol's
 * organ, date and §), cancelling a decided action and changing what a decided action says (what, cause, effect,
 * level). An operational action is decided by a reviewer other than the one who proposed it (four eyes); a
 * political one was decided by its organ, and the reviewer records the protocol's reference. The unit's chief
 * proposes, edits and withdraws (avbruten) their proposals, and of a decided action reports its course: responsible,
 * due date, pågår and genomförd.
 * <p>
 * A reader who may not edit the unit (a politician) reads an action once it is decided or once the month it was
 * raised in is approved, the same rule as the month's texts.
 */
public class ActionService {

    public static final String AUDIT_ENTITY = "ACTION";
    /** Days a political action may stay undecided after its creation before it is overdue. */
    public static final int DEFAULT_POLITICAL_DECISION_DAYS = 30;

    private static final BigDecimal MAX_KRONOR = new BigDecimal("9999999999999.99");

    private final OrganisationRepository organisations;
    private final FigureRepository figures;
    private final UnitReportRepository reports;
    private final ActionRepository actions;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final OverdueActions overdueRule;

    public ActionService(
            OrganisationRepository organisations,
            FigureRepository figures,
            UnitReportRepository reports,
            ActionRepository actions,
            AuditLog audit,
            CurrentUser currentUser,
            Clock clock,
            int politicalDecisionDays) {
        this.overdueRule = new OverdueActions(actions, politicalDecisionDays, clock.getZone());
        this.organisations = organisations;
        this.figures = figures;
        this.reports = reports;
        this.actions = actions;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public ActionService(
            OrganisationRepository organisations,
            FigureRepository figures,
            UnitReportRepository reports,
            ActionRepository actions,
            AuditLog audit,
            CurrentUser currentUser,
            Clock clock) {
        this(organisations, figures, reports, actions, audit, currentUser, clock, DEFAULT_POLITICAL_DECISION_DAYS);
    }

    /** The unit's own open actions, whatever period they were raised in, by due date. */
    public List<ActionView> openActions(UnitCode unit) {
        UserAccount user = currentUser.require();
        Organisation organisation = organisations.load();
        AccessScope.resolve(organisation, user).requireReadable(unit);
        return actions.open(Set.of(unit)).stream()
                .filter(a -> readable(organisation, user, a))
                .map(this::view)
                .toList();
    }

    /** The overdue actions of the node's subtree, as far as the caller's scope reaches. */
    public List<ActionView> overdue(UnitCode node) {
        UserAccount user = currentUser.require();
        Organisation organisation = organisations.load();
        AccessScope scope = AccessScope.resolve(organisation, user);
        scope.requireReadable(node);
        return overdueRule.of(scope.restrict(organisation.subtree(node)), LocalDate.now(clock)).stream()
                .filter(v -> readable(organisation, user, v.action()))
                .toList();
    }

    /**
     * How many åtgärder are open, and how many of those overdue, under each row (a unit, or every unit below a
     * node), as far as the caller may read them; one read for all rows, every row must be readable.
     */
    public Map<UnitCode, ActionCounts> counts(Collection<UnitCode> rows) {
        UserAccount user = currentUser.require();
        Organisation organisation = organisations.load();
        AccessScope scope = AccessScope.resolve(organisation, user);
        Set<UnitCode> all = new HashSet<>();
        for (UnitCode row : rows) {
            scope.requireReadable(row);
            all.addAll(organisation.subtree(row));
        }
        LocalDate today = LocalDate.now(clock);
        List<ActionView> open = actions.open(scope.restrict(all)).stream()
                .filter(a -> readable(organisation, user, a))
                .map(a -> overdueRule.view(a, today))
                .toList();
        Map<UnitCode, ActionCounts> result = new LinkedHashMap<>();
        for (UnitCode row : rows) {
            Set<UnitCode> subtree = organisation.subtree(row);
            List<ActionView> under = open.stream()
                    .filter(v -> subtree.contains(v.action().unit()))
                    .toList();
            result.put(row, new ActionCounts(under.size(), (int)
                    under.stream().filter(ActionView::overdue).count()));
        }
        return result;
    }

    /**
     * How many åtgärder each unit has open itself (not its sub-units'), and how many of those are overdue, as far as
     * the caller may read them; one read for all units, every unit must be readable. Units without open ones are
     * absent.
     */
    public Map<UnitCode, ActionCounts> countsByUnit(Collection<UnitCode> units) {
        UserAccount user = currentUser.require();
        Organisation organisation = organisations.load();
        AccessScope scope = AccessScope.resolve(organisation, user);
        units.forEach(scope::requireReadable);
        LocalDate today = LocalDate.now(clock);
        Map<UnitCode, ActionCounts> result = new LinkedHashMap<>();
        for (Action action : actions.open(Set.copyOf(units))) {
            if (readable(organisation, user, action)) {
                boolean overdue = overdueRule.view(action, today).overdue();
                result.merge(
                        action.unit(),
                        new ActionCounts(1, overdue ? 1 : 0),
                        (a, b) -> new ActionCounts(a.open() + b.open(), a.overdue() + b.overdue()));
            }
        }
        return result;
    }

    public ActionView action(long id) {
        UserAccount user = currentUser.require();
        return view(requireReadable(user, require(id)));
    }

    /** The action's changes, oldest first. */
    public List<AuditEntry> history(long id) {
        UserAccount user = currentUser.require();
        Action action = requireReadable(user, require(id));
        return audit.entriesFor(AUDIT_ENTITY, Long.toString(action.id()));
    }

    /**
     * The changes of the åtgärder that belong to the unit's month, for its Ändringshistorik: those raised in the
     * period and those still open (listed on the month's page), each change with its action, oldest first. For
     * the readers of the month's own history (see {@link CycleAccess#mayReadHistory}).
     */
    public List<ActionChange> monthHistory(UnitCode unit, Period period) {
        UserAccount user = currentUser.require();
        Organisation organisation = organisations.load();
        AccessScope.resolve(organisation, user).requireReadable(unit);
        if (!CycleAccess.mayReadHistory(organisation, user, unit)) {
            throw new PermissionDeniedException(user.username(), "read the audit trail of " + unit);
        }
        Map<Long, Action> month = new LinkedHashMap<>();
        actions.raisedIn(unit, period).forEach(a -> month.put(a.id(), a));
        actions.open(Set.of(unit)).stream()
                .filter(a -> a.period().compareTo(period) <= 0)
                .forEach(a -> month.putIfAbsent(a.id(), a));
        List<ActionChange> changes = new ArrayList<>();
        for (Action action : month.values()) {
            audit.entriesFor(AUDIT_ENTITY, Long.toString(action.id()))
                    .forEach(e -> changes.add(new ActionChange(action, e)));
        }
        changes.sort(Comparator.comparing((ActionChange c) -> c.entry().at())
                .thenComparingLong(c -> c.action().id()));
        return changes;
    }

    /** Whether the caller may take the action's decisions (see the class comment); false for a closed action. */
    public boolean mayDecide(ActionView view) {
        UserAccount user = currentUser.require();
        Action action = view.action();
        return !action.status().closed() && CycleAccess.mayReview(organisations.load(), user, action.unit());
    }

    /**
     * Why the caller may not decide the proposed action although they review its unit (four eyes); empty when
     * nothing stands in the way.
     */
    public Optional<Problem> fourEyesRefusal(ActionView view) {
        UserAccount user = currentUser.require();
        return fourEyes(user, view.action().decisionLevel(), view.action().createdBy());
    }

    /**
     * The level the portal proposes for a new action of the unit in the period: operational while the helårsprognos
     * stays within the unit's annual budget, political when it exceeds it.
     */
    public DecisionLevel proposedLevel(UnitCode unit, Period period) {
        UserAccount user = currentUser.require();
        Organisation organisation = organisations.load();
        AccessScope scope = AccessScope.resolve(organisation, user);
        scope.requireReadable(unit);
        return proposal(forecast(organisation, scope, unit, period));
    }

    /**
     * Whether the unit needs an åtgärd on political level or a political decision in the period: its helårsprognos
     * exceeds its annual budget and it has no political åtgärd raised in the period or earlier that is not
     * cancelled (proposed, decided, under way or done). Information for the chief, not a refusal: operational
     * åtgärder are allowed beside it.
     */
    public boolean politicalActionNeeded(UnitCode unit, Period period) {
        UserAccount user = currentUser.require();
        Organisation organisation = organisations.load();
        AccessScope scope = AccessScope.resolve(organisation, user);
        scope.requireReadable(unit);
        if (forecast(organisation, scope, unit, period).withinFrame()) {
            return false;
        }
        List<Action> raised = new ArrayList<>(actions.open(Set.of(unit)));
        for (int month = 1; month <= period.month(); month++) {
            raised.addAll(actions.raisedIn(unit, new Period(period.year(), month)));
        }
        // Only what the caller may read counts: a politician learns nothing of a proposal in a month not approved.
        return raised.stream()
                .filter(a -> readable(organisation, user, a))
                .noneMatch(a -> a.decisionLevel() == DecisionLevel.POLITISK_NIVA
                        && a.status() != ActionStatus.AVBRUTEN
                        && a.period().compareTo(period) <= 0);
    }

    /**
     * A new action; without a level it gets the proposed one. An operational action is allowed whatever the forecast:
     * a chief acts within their delegation beside the political action or decision the unit may need (see
     * {@link #politicalActionNeeded}).
     */
    public ActionView create(UnitCode unit, Period period, ActionDraft draft) {
        UserAccount user = currentUser.require();
        Organisation organisation = organisations.load();
        CycleAccess.requireEditor(organisation, user, unit, "create an action");
        DecisionLevel level = draft.decisionLevel() == null
                ? proposal(forecast(organisation, AccessScope.resolve(organisation, user), unit, period))
                : draft.decisionLevel();
        ActionStatus status = draft.status() == null ? ActionStatus.FORESLAGEN : draft.status();
        if (status == ActionStatus.AVBRUTEN) {
            throw new RuleViolationException(ActionProblem.NEW_ACTION_CANCELLED);
        }
        if (status.decided() || draft.decision() != null) {
            requireDecider(organisation, user, unit);
            fourEyes(user, level, user.username()).ifPresent(reason -> {
                throw new RuleViolationException(reason);
            });
        }
        Instant now = clock.instant();
        Action action = checked(new Action(
                0,
                unit,
                period,
                PlainText.clean(draft.what(), TextField.ACTION_WHAT),
                PlainText.clean(draft.cause(), TextField.ACTION_CAUSE),
                PlainText.clean(draft.responsible(), TextField.RESPONSIBLE, PlainText.MAX_SHORT_LENGTH),
                draft.dueDate(),
                kronor(draft.expectedEffect()),
                level,
                status,
                draft.decision(),
                user.username(),
                now,
                user.username(),
                now,
                1));
        Action stored = action.withId(actions.insert(action));
        audit.record(
                new AuditEntry(user.username(), now, AUDIT_ENTITY, Long.toString(stored.id()), null, stored.describe())
                        .withUnit(stored.unit().value()));
        return view(stored);
    }

    /**
     * Changes an open action the user edited at {@code expectedVersion}. A done or cancelled action is closed for
     * changes; a decided action cannot become proposed again.
     */
    public ActionView update(long id, ActionDraft draft, long expectedVersion) {
        UserAccount user = currentUser.require();
        Organisation organisation = organisations.load();
        Action before = require(id);
        CycleAccess.requireEditor(organisation, user, before.unit(), "change an action");
        if (before.version() != expectedVersion) {
            throw stale(before, draft, expectedVersion);
        }
        if (before.status().closed()) {
            throw new RuleViolationException(
                    before.status() == ActionStatus.AVBRUTEN
                            ? ActionProblem.CANCELLED_LOCKED
                            : ActionProblem.DONE_LOCKED);
        }
        ActionStatus status = draft.status() == null ? before.status() : draft.status();
        if (before.status().decided() && status == ActionStatus.FORESLAGEN) {
            throw new RuleViolationException(ActionProblem.DECIDED_CANNOT_BE_PROPOSED);
        }
        DecisionLevel level = draft.decisionLevel() == null ? before.decisionLevel() : draft.decisionLevel();
        boolean deciding = !before.status().decided() && status.decided();
        if (deciding || !Objects.equals(before.decision(), draft.decision())) {
            requireDecider(organisation, user, before.unit());
        }
        // Four eyes on the decision itself: the proposer neither decides nor types or changes the protocol's
        // reference, whatever the action's status (a reference added to a proposal, or changed on a decided one).
        if (deciding || (draft.decision() != null && !Objects.equals(before.decision(), draft.decision()))) {
            fourEyes(user, level, before.createdBy()).ifPresent(reason -> {
                throw new RuleViolationException(reason);
            });
        }
        // ... and whoever wrote any of the proposal's content (what, cause, effect) is its proposer too: a reviewer
        // cannot rewrite a chief's proposal and decide it, in one step or in two. (The level is not content: the one
        // who records a political decision may raise the level as the organ decided.)
        if (deciding && (contentChanged(before, draft) || rewroteContent(user, before.id()))) {
            fourEyes(user, level, user.username()).ifPresent(reason -> {
                throw new RuleViolationException(reason);
            });
        }
        if (before.status().decided() && !CycleAccess.mayReview(organisation, user, before.unit())) {
            if (status == ActionStatus.AVBRUTEN) {
                throw new RuleViolationException(ActionProblem.DECIDED_CANCELLED_BY_REVIEWER_ONLY);
            }
            if (!PlainText.clean(draft.what(), TextField.ACTION_WHAT).equals(before.what())
                    || !PlainText.clean(draft.cause(), TextField.ACTION_CAUSE).equals(before.cause())
                    || kronor(draft.expectedEffect()).compareTo(before.expectedEffect()) != 0
                    || level != before.decisionLevel()) {
                throw new RuleViolationException(ActionProblem.DECIDED_CHANGED_BY_REVIEWER_ONLY);
            }
        }
        Instant now = clock.instant();
        Action after = checked(new Action(
                id,
                before.unit(),
                before.period(),
                PlainText.clean(draft.what(), TextField.ACTION_WHAT),
                PlainText.clean(draft.cause(), TextField.ACTION_CAUSE),
                PlainText.clean(draft.responsible(), TextField.RESPONSIBLE, PlainText.MAX_SHORT_LENGTH),
                draft.dueDate(),
                kronor(draft.expectedEffect()),
                level,
                status,
                draft.decision(),
                before.createdBy(),
                before.createdAt(),
                user.username(),
                now,
                before.version() + 1));
        if (!actions.update(after, before.version())) {
            throw stale(require(id), draft, expectedVersion);
        }
        audit.record(new AuditEntry(
                        user.username(), now, AUDIT_ENTITY, Long.toString(id), before.describe(), after.describe())
                .withUnit(after.unit().value()));
        return view(after);
    }

    /** Refuses a user who is not a reviewer of the unit: deciding is not the unit's own chief's act. */
    private static void requireDecider(Organisation organisation, UserAccount user, UnitCode unit) {
        if (!CycleAccess.mayReview(organisation, user, unit)) {
            throw new RuleViolationException(ActionProblem.DECIDING_IS_FOR_REVIEWERS);
        }
    }

    /**
     * Four eyes: nobody decides an åtgärd they proposed, at either level. For a political åtgärd the organ decided,
     * but the one who records its protocol's reference must still be another person than the proposer, or a proposer
     * who is also a reviewer could raise the level and record a decision that was never taken.
     */
    private static boolean contentChanged(Action before, ActionDraft draft) {
        return !PlainText.clean(draft.what(), TextField.ACTION_WHAT).equals(before.what())
                || !PlainText.clean(draft.cause(), TextField.ACTION_CAUSE).equals(before.cause())
                || kronor(draft.expectedEffect()).compareTo(before.expectedEffect()) != 0;
    }

    /** The content fields of an åtgärd in its audit text: who changed one of them wrote the proposal too. */
    private static final Set<String> CONTENT_FIELDS = Set.of("what", "cause", "expectedEffect");

    /** Whether the user changed the åtgärd's content after it was proposed (read from its audit trail). */
    private boolean rewroteContent(UserAccount user, long id) {
        return audit.entriesFor(AUDIT_ENTITY, Long.toString(id)).stream()
                .filter(entry -> entry.username().equals(user.username()) && entry.before() != null)
                .anyMatch(
                        entry -> AuditChanges.between(ActionAuditFields.FIELDS, entry.before(), entry.after()).stream()
                                .anyMatch(change ->
                                        CONTENT_FIELDS.contains(change.field().code())));
    }

    private static Optional<Problem> fourEyes(UserAccount user, DecisionLevel level, String proposedBy) {
        if (user.username().equals(proposedBy)) {
            return Optional.of(Problem.of(
                    level == DecisionLevel.VERKSAMHETSNIVA
                            ? ActionProblem.PROPOSER_DECIDES_OPERATIONAL
                            : ActionProblem.PROPOSER_RECORDS_POLITICAL));
        }
        return Optional.empty();
    }

    private boolean readable(Organisation organisation, UserAccount user, Action action) {
        ReportState raisedIn = reports.find(action.unit(), action.period())
                .map(UnitReport::state)
                .orElse(ReportState.DRAFT);
        return CycleAccess.mayReadAction(
                organisation, user, action.unit(), action.status().decided(), raisedIn);
    }

    /** The action if the caller may read it: its unit in scope, and decided or of an approved month for a reader. */
    private Action requireReadable(UserAccount user, Action action) {
        Organisation organisation = organisations.load();
        AccessScope.resolve(organisation, user).requireReadable(action.unit());
        if (!readable(organisation, user, action)) {
            throw new PermissionDeniedException(
                    user.username(), "read action " + action.id() + " of a month not yet approved");
        }
        return action;
    }

    private ForecastFigures forecast(Organisation organisation, AccessScope scope, UnitCode unit, Period period) {
        @Nullable UnitReport report = reports.find(unit, period).orElse(null);
        return Forecasts.of(figures, organisation, scope, unit, period, report);
    }

    private static DecisionLevel proposal(ForecastFigures forecast) {
        return forecast.withinFrame() ? DecisionLevel.VERKSAMHETSNIVA : DecisionLevel.POLITISK_NIVA;
    }

    /** The rules every stored action keeps. */
    private static Action checked(Action action) {
        if (action.what().isEmpty()) {
            throw new RuleViolationException(ActionProblem.WHAT_MISSING);
        }
        if (action.cause().isEmpty()) {
            throw new RuleViolationException(ActionProblem.CAUSE_MISSING);
        }
        if (action.responsible().isEmpty()) {
            throw new RuleViolationException(ActionProblem.RESPONSIBLE_MISSING);
        }
        if (action.decision() != null && action.decisionLevel() != DecisionLevel.POLITISK_NIVA) {
            throw new RuleViolationException(ActionProblem.DECISION_REFERENCE_ONLY_POLITICAL);
        }
        if (action.decisionLevel() == DecisionLevel.POLITISK_NIVA
                && action.status().decided()
                && action.decision() == null) {
            throw new RuleViolationException(ActionProblem.POLITICAL_DECISION_REFERENCE_MISSING);
        }
        return action;
    }

    private static BigDecimal kronor(BigDecimal amount) {
        if (amount.stripTrailingZeros().scale() > 2 || amount.abs().compareTo(MAX_KRONOR) > 0) {
            throw new RuleViolationException(ActionProblem.EFFECT_NOT_KRONOR);
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    private Action require(long id) {
        return actions.find(id)
                .orElseThrow(() -> new RuleViolationException(ActionProblem.NOT_FOUND, String.valueOf(id)));
    }

    private static ConcurrentEditException stale(Action current, ActionDraft attempted, long expectedVersion) {
        return new ConcurrentEditException(
                Problem.of(ActionProblem.ACTION_TITLE, current.what()), current, attempted, expectedVersion);
    }

    private ActionView view(Action action) {
        return overdueRule.view(action, LocalDate.now(clock));
    }
}
