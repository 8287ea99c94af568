package se.ekonomiuppfoljning.overview;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.ekonomiuppfoljning.actions.ActionCounts;
import se.ekonomiuppfoljning.actions.ActionService;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.cycle.ForecastFigures;
import se.ekonomiuppfoljning.cycle.ThresholdRepository;
import se.ekonomiuppfoljning.cycle.Thresholds;
import se.ekonomiuppfoljning.cycle.UnitsCycle;
import se.ekonomiuppfoljning.cycle.UnitsCycleService;
import se.ekonomiuppfoljning.followup.FigureRepository;
import se.ekonomiuppfoljning.followup.Figures;
import se.ekonomiuppfoljning.organisation.CommitteeCode;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.organisation.Unit;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.AccessScope;
import se.ekonomiuppfoljning.security.CurrentUser;
import se.ekonomiuppfoljning.security.ScopeCache;

/**
 * Kommunöversikt: for a period, every upper node (a node with units below it: the kommun, each förvaltning, each
 * avdelning with enheter) in the caller's scope, in tree order, each as its follow-up table's total counts it (the
 * units of its subtree in its committee's frame): the figures, the helårsprognos, a status by the thresholds, the
 * trend of the deviation to date, the months not ready and the overdue åtgärder.
 * <p>
 * Everything is read once for all rows, for the units in the caller's scope only: the figures per unit through the
 * follow-up's own query ({@link FigureRepository#figuresByUnit}, summed with {@link Figures#plus} as the follow-up
 * table sums them, for every month of the year up to the period at once for the trend), the reports ({@link
 * UnitsCycleService#sums}), the open åtgärder ({@link ActionService#countsByUnit}) and the thresholds; the sums per
 * row are made here, in Java. A chief of one unit gets no rows (their start is their own table).
 */
public class OverviewService {

    private final OrganisationRepository organisations;
    private final FigureRepository figures;
    private final UnitsCycleService cycles;
    private final ActionService actions;
    private final ThresholdRepository thresholds;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ScopeCache scopes = new ScopeCache();

    public OverviewService(
            OrganisationRepository organisations,
            FigureRepository figures,
            UnitsCycleService cycles,
            ActionService actions,
            ThresholdRepository thresholds,
            CurrentUser currentUser,
            Clock clock) {
        this.organisations = organisations;
        this.figures = figures;
        this.cycles = cycles;
        this.actions = actions;
        this.thresholds = thresholds;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The overview of the latest period with actuals (this month when there are none). */
    public KommunOverview overview() {
        List<Period> periods = periods();
        return overview(periods.isEmpty() ? Period.of(YearMonth.now(clock)) : periods.get(0));
    }

    /** The overview of the given period. */
    public KommunOverview overview(Period period) {
        Organisation organisation = organisations.load();
        AccessScope scope = scopes.resolve(organisation, currentUser.require());
        List<Listed> listed = new ArrayList<>();
        for (UnitCode root : scope.roots()) {
            list(organisation, organisation.require(root), 0, listed);
        }
        List<Period> periods = periods();
        if (listed.isEmpty()) {
            return new KommunOverview(period, periods, List.of(), thresholds.load());
        }
        Map<UnitCode, Set<UnitCode>> counted = new LinkedHashMap<>();
        Set<UnitCode> all = new LinkedHashSet<>();
        for (Listed node : listed) {
            Set<UnitCode> units = counted(organisation, node.unit().code());
            units.forEach(scope::requireReadable);
            counted.put(node.unit().code(), units);
            all.addAll(units);
        }
        // Every month up to the period at once, for the trend; the period's own is the figures' read.
        List<Map<UnitCode, Figures>> byMonth = figures.figuresByUnitPerMonth(scope, all, period.year(), period.month());
        Map<UnitCode, Figures> own = byMonth.get(byMonth.size() - 1);
        Map<UnitCode, UnitsCycle> cycle = cycles.sums(counted, period, own);
        Map<UnitCode, ActionCounts> open = actions.countsByUnit(all);
        Thresholds limits = thresholds.load();

        List<OverviewRow> rows = new ArrayList<>();
        for (Listed node : listed) {
            UnitCode code = node.unit().code();
            Set<UnitCode> units = Objects.requireNonNull(counted.get(code));
            Figures sum = sum(own, units);
            UnitsCycle rowCycle = cycle.getOrDefault(code, UnitsCycle.NONE);
            List<TrendPoint> trend = new ArrayList<>();
            for (int month = 1; month <= byMonth.size(); month++) {
                trend.add(new TrendPoint(
                        new Period(period.year(), month),
                        sum(byMonth.get(month - 1), units).ytdDeviation()));
            }
            int overdue = 0;
            for (UnitCode unit : units) {
                ActionCounts count = open.get(unit);
                overdue += count == null ? 0 : count.overdue();
            }
            rows.add(new OverviewRow(
                    node.unit(),
                    node.depth(),
                    organisation
                            .committeeOf(code)
                            .flatMap(organisation::committee)
                            .orElse(null),
                    sum,
                    rowCycle,
                    OverviewStatus.of(ForecastFigures.of(sum, rowCycle.forecast()), limits),
                    trend,
                    rowCycle.units() - rowCycle.ready(),
                    overdue,
                    outsideFrame(organisation, code, units)));
        }
        return new KommunOverview(period, periods, rows, limits);
    }

    /** The periods with actuals, newest first. */
    private List<Period> periods() {
        List<Period> stored = new ArrayList<>(figures.periodsWithActuals());
        Collections.reverse(stored);
        return stored;
    }

    private record Listed(Unit unit, int depth) {}

    /** The node and its descendants that have units below them, parents first. */
    private static void list(Organisation organisation, Unit unit, int depth, List<Listed> into) {
        if (!organisation.hasChildren(unit.code())) {
            return;
        }
        into.add(new Listed(unit, depth));
        for (Unit child : organisation.children(unit.code())) {
            list(organisation, child, depth + 1, into);
        }
    }

    /** The units of the node's subtree that its total counts: those in its committee's frame (all without one). */
    static Set<UnitCode> counted(Organisation organisation, UnitCode node) {
        Optional<CommitteeCode> frame = organisation.committeeOf(node);
        Set<UnitCode> counted = new LinkedHashSet<>();
        for (UnitCode unit : organisation.subtree(node)) {
            if (frame.isEmpty() || organisation.countsInFrame(unit, frame.get())) {
                counted.add(unit);
            }
        }
        return counted;
    }

    /** The topmost units of the subtree left out of its total (TIA-avdelningen under KLS). */
    private static List<Unit> outsideFrame(Organisation organisation, UnitCode node, Set<UnitCode> counted) {
        List<Unit> outside = new ArrayList<>();
        for (UnitCode unit : organisation.subtree(node)) {
            Unit u = organisation.require(unit);
            if (!counted.contains(unit) && u.parent() != null && counted.contains(u.parent())) {
                outside.add(u);
            }
        }
        return outside;
    }

    private static Figures sum(Map<UnitCode, Figures> own, Set<UnitCode> units) {
        Figures sum = Figures.ZERO;
        for (UnitCode unit : units) {
            Figures figures = own.get(unit);
            if (figures != null) {
                sum = sum.plus(figures);
            }
        }
        return sum;
    }
}
