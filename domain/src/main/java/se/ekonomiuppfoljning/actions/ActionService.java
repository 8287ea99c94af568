package se.ekonomiuppfoljning.actions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.common.SwedishFormat;
import se.ekonomiuppfoljning.cycle.AuditEntry;
import se.ekonomiuppfoljning.cycle.AuditLog;
import se.ekonomiuppfoljning.cycle.ConcurrentEditException;
import se.ekonomiuppfoljning.cycle.CycleAccess;
import se.ekonomiuppfoljning.cycle.ForecastFigures;
import se.ekonomiuppfoljning.cycle.Forecasts;
import se.ekonomiuppfoljning.cycle.PlainText;
import se.ekonomiuppfoljning.cycle.RuleViolationException;
import se.ekonomiuppfoljning.cycle.UnitReport;
import se.ekonomiuppfoljning.cycle.UnitReportRepository;
import se.ekonomiuppfoljning.followup.FigureRepository;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.AccessScope;
import se.ekonomiuppfoljning.security.CurrentUser;
import se.ekonomiuppfoljning.security.UserAccount;

/**
 * The åtgärder of units: list those still open (they follow the unit from month to month until done or
 * cancelled), create and update them, propose their decision level, find the overdue ones, and read an action's
 * history. Reading needs the unit in scope (politicians read only); writing needs a chief or economist with the
 * unit in their assignments (see {@link CycleAccess}). Every change is written to the {@link AuditLog}, which is
 * also the action's history.
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

    public ActionService(OrganisationRepository organisations, FigureRepository figures, UnitReportRepository reports,
                         ActionRepository actions, AuditLog audit, CurrentUser currentUser, Clock clock,
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

    public ActionService(OrganisationRepository organisations, FigureRepository figures, UnitReportRepository reports,
                         ActionRepository actions, AuditLog audit, CurrentUser currentUser, Clock clock) {
        this(organisations, figures, reports, actions, audit, currentUser, clock, DEFAULT_POLITICAL_DECISION_DAYS);
    }

    /** The unit's own open actions, whatever period they were raised in, by due date. */
    public List<ActionView> openActions(UnitCode unit) {
        UserAccount user = currentUser.require();
        Organisation organisation = organisations.load();
        AccessScope.resolve(organisation, user).requireReadable(unit);
        return actions.open(java.util.Set.of(unit)).stream().map(this::view).toList();
    }

    /** The overdue actions of the node's subtree, as far as the caller's scope reaches. */
    public List<ActionView> overdue(UnitCode node) {
        UserAccount user = currentUser.require();
        Organisation organisation = organisations.load();
        AccessScope scope = AccessScope.resolve(organisation, user);
        scope.requireReadable(node);
        return overdueRule.of(scope.restrict(organisation.subtree(node)), LocalDate.now(clock));
    }

    public ActionView action(long id) {
        UserAccount user = currentUser.require();
        Action action = require(id);
        AccessScope.resolve(organisations.load(), user).requireReadable(action.unit());
        return view(action);
    }

    /** The action's changes, oldest first. */
    public List<AuditEntry> history(long id) {
        UserAccount user = currentUser.require();
        Action action = require(id);
        AccessScope.resolve(organisations.load(), user).requireReadable(action.unit());
        return audit.entriesFor(AUDIT_ENTITY, Long.toString(id));
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

    /** A new action; without a level it gets the proposed one, and it may be raised above it but not lowered. */
    public ActionView create(UnitCode unit, Period period, ActionDraft draft) {
        UserAccount user = currentUser.require();
        Organisation organisation = organisations.load();
        CycleAccess.requireEditor(organisation, user, unit, "create an action");
        ForecastFigures forecast = forecast(organisation, AccessScope.resolve(organisation, user), unit, period);
        DecisionLevel proposed = proposal(forecast);
        DecisionLevel level = draft.decisionLevel() == null ? proposed : draft.decisionLevel();
        requireNotBelow(level, proposed, forecast);
        ActionStatus status = draft.status() == null ? ActionStatus.FORESLAGEN : draft.status();
        Instant now = clock.instant();
        Action action = checked(new Action(0, unit, period, PlainText.clean(draft.what(), "Åtgärden"),
                PlainText.clean(draft.cause(), "Orsaken"),
                PlainText.clean(draft.responsible(), "Ansvarig", PlainText.MAX_SHORT_LENGTH), draft.dueDate(),
                kronor(draft.expectedEffect()), level, status, draft.decision(), user.username(), now,
                user.username(), now, 1));
        Action stored = action.withId(actions.insert(action));
        audit.record(new AuditEntry(user.username(), now, AUDIT_ENTITY, Long.toString(stored.id()), null,
                stored.describe()).withUnit(stored.unit().value()));
        return view(stored);
    }

    /**
     * Changes an open action the user edited at {@code expectedVersion}. A done or cancelled action is closed for
     * changes; a decided action cannot become proposed again; the level may not go below the proposal for the
     * period the action was raised in.
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
            throw new RuleViolationException("Åtgärden är " + before.status().label().toLowerCase()
                    + " och kan inte längre ändras.");
        }
        ActionStatus status = draft.status() == null ? before.status() : draft.status();
        if (before.status().decided() && status == ActionStatus.FORESLAGEN) {
            throw new RuleViolationException("En beslutad åtgärd kan inte bli föreslagen igen.");
        }
        DecisionLevel level = draft.decisionLevel() == null ? before.decisionLevel() : draft.decisionLevel();
        if (level != before.decisionLevel()) {
            ForecastFigures forecast = forecast(organisation, AccessScope.resolve(organisation, user), before.unit(),
                    before.period());
            requireNotBelow(level, proposal(forecast), forecast);
        }
        Instant now = clock.instant();
        Action after = checked(new Action(id, before.unit(), before.period(), PlainText.clean(draft.what(), "Åtgärden"),
                PlainText.clean(draft.cause(), "Orsaken"),
                PlainText.clean(draft.responsible(), "Ansvarig", PlainText.MAX_SHORT_LENGTH), draft.dueDate(),
                kronor(draft.expectedEffect()), level, status, draft.decision(), before.createdBy(), before.createdAt(),
                user.username(), now, before.version() + 1));
        if (!actions.update(after, before.version())) {
            throw stale(require(id), draft, expectedVersion);
        }
        audit.record(new AuditEntry(user.username(), now, AUDIT_ENTITY, Long.toString(id), before.describe(),
                after.describe()).withUnit(after.unit().value()));
        return view(after);
    }

    private ForecastFigures forecast(Organisation organisation, AccessScope scope, UnitCode unit, Period period) {
        @Nullable UnitReport report = reports.find(unit, period).orElse(null);
        return Forecasts.of(figures, organisation, scope, unit, period, report);
    }

    private static DecisionLevel proposal(ForecastFigures forecast) {
        return forecast.withinFrame() ? DecisionLevel.VERKSAMHETSNIVA : DecisionLevel.POLITISK_NIVA;
    }

    private static void requireNotBelow(DecisionLevel level, DecisionLevel proposed, ForecastFigures forecast) {
        if (level.isBelow(proposed)) {
            throw new RuleViolationException("Åtgärden kan inte hanteras på verksamhetsnivå: helårsprognosen "
                    + SwedishFormat.tkr(forecast.forecast()) + " tkr överstiger årsbudgeten "
                    + SwedishFormat.tkr(forecast.figures().annualBudget()) + " tkr, så den ska beslutas på politisk nivå.");
        }
    }

    /** The rules every stored action keeps. */
    private static Action checked(Action action) {
        if (action.what().isEmpty()) {
            throw new RuleViolationException("Beskriv åtgärden.");
        }
        if (action.cause().isEmpty()) {
            throw new RuleViolationException("Ange orsaken till avvikelsen som åtgärden gäller.");
        }
        if (action.responsible().isEmpty()) {
            throw new RuleViolationException("Ange vem som är ansvarig för åtgärden.");
        }
        if (action.decision() != null && action.decisionLevel() != DecisionLevel.POLITISK_NIVA) {
            throw new RuleViolationException("Beslutsreferens (organ, datum, §) anges bara för åtgärder på politisk nivå.");
        }
        if (action.decisionLevel() == DecisionLevel.POLITISK_NIVA && action.status().decided()
                && action.decision() == null) {
            throw new RuleViolationException("En beslutad åtgärd på politisk nivå behöver beslutsreferens: organ, datum och §.");
        }
        return action;
    }

    private static BigDecimal kronor(BigDecimal amount) {
        if (amount.stripTrailingZeros().scale() > 2 || amount.abs().compareTo(MAX_KRONOR) > 0) {
            throw new RuleViolationException("Den förväntade effekten anges i kronor med högst två decimaler.");
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    private Action require(long id) {
        return actions.find(id).orElseThrow(() -> new RuleViolationException("Åtgärden finns inte (id " + id + ")."));
    }

    private static ConcurrentEditException stale(Action current, ActionDraft attempted, long expectedVersion) {
        return new ConcurrentEditException("Åtgärden \"" + current.what() + "\"", current, attempted, expectedVersion);
    }

    private ActionView view(Action action) {
        return overdueRule.view(action, LocalDate.now(clock));
    }
}
