package se.ekonomiuppfoljning.followup;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.followup.FollowUpOverview.NodeOption;
import se.ekonomiuppfoljning.organisation.CommitteeCode;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.organisation.Unit;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.AccessScope;
import se.ekonomiuppfoljning.security.CurrentUser;
import se.ekonomiuppfoljning.security.ScopeCache;
import se.ekonomiuppfoljning.security.UserAccount;

/**
 * The follow-up page's use cases: the table for a node and period, and one unit opened. Each call resolves
 * the caller's scope and refuses units outside it; the repository receives the scope as well.
 */
public class FollowUpService {

    private final OrganisationRepository organisations;
    private final FigureRepository figures;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ScopeCache scopes = new ScopeCache();

    public FollowUpService(
            OrganisationRepository organisations, FigureRepository figures, CurrentUser currentUser, Clock clock) {
        this.organisations = organisations;
        this.figures = figures;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The nodes and periods the caller may choose among, and the default choice. */
    public FollowUpOverview overview() {
        Organisation organisation = organisations.load();
        AccessScope scope = scopeOf(organisation);
        List<NodeOption> nodes = new ArrayList<>();
        for (UnitCode root : scope.roots()) {
            addOptions(organisation, organisation.require(root), 0, nodes);
        }
        List<Period> stored = figures.periodsWithActuals();
        Period latest = stored.isEmpty() ? Period.of(YearMonth.now(clock)) : stored.get(stored.size() - 1);
        Period first = stored.isEmpty() ? latest : stored.get(0);
        List<Period> periods = new ArrayList<>();
        for (Period p = new Period(latest.year(), 12);
                p.compareTo(new Period(first.year(), 1)) >= 0;
                p = p.previous()) {
            periods.add(p);
        }
        UnitCode defaultNode = scope.roots().isEmpty() ? null : scope.roots().get(0);
        return new FollowUpOverview(nodes, periods, latest, defaultNode);
    }

    private static void addOptions(Organisation organisation, Unit unit, int depth, List<NodeOption> into) {
        if (depth == 0 || organisation.hasChildren(unit.code())) {
            into.add(new NodeOption(unit.code(), unit.name(), depth));
        }
        for (Unit child : organisation.children(unit.code())) {
            addOptions(organisation, child, depth + 1, into);
        }
    }

    /**
     * The caller's own table: their single scope root as a node, or, with several separate roots, one row
     * each and no total.
     */
    public FollowUpTable myTable(Period period) {
        Organisation organisation = organisations.load();
        AccessScope scope = scopeOf(organisation);
        if (scope.roots().size() == 1) {
            return table(organisation, scope, scope.roots().get(0), period);
        }
        List<FollowUpRow> rows = rowsFor(organisation, scope, scope.roots(), period, Optional.empty());
        return new FollowUpTable(null, period, rows, null);
    }

    /** The table of a node: its children as rows, the total over those in the node's frame. */
    public FollowUpTable table(UnitCode node, Period period) {
        Organisation organisation = organisations.load();
        AccessScope scope = scopeOf(organisation);
        scope.requireReadable(node);
        return table(organisation, scope, node, period);
    }

    private FollowUpTable table(Organisation organisation, AccessScope scope, UnitCode nodeCode, Period period) {
        Unit node = organisation.require(nodeCode);
        if (!organisation.hasChildren(nodeCode)) {
            return new FollowUpTable(
                    node, period, rowsFor(organisation, scope, List.of(nodeCode), period, Optional.empty()), null);
        }
        Optional<CommitteeCode> frame = organisation.committeeOf(nodeCode);
        Set<UnitCode> subtree = organisation.subtree(nodeCode);
        Map<UnitCode, Figures> own = figures.figuresByUnit(scope, subtree, period);
        List<UnitCode> listed = new ArrayList<>();
        if (own.containsKey(nodeCode)) {
            listed.add(nodeCode); // bookings on the node itself get a row of their own
        }
        organisation.children(nodeCode).forEach(c -> listed.add(c.code()));
        List<FollowUpRow> rows = new ArrayList<>();
        for (UnitCode code : listed) {
            Set<UnitCode> units = code.equals(nodeCode) ? Set.of(code) : organisation.subtree(code);
            rows.add(row(organisation, code, sum(own, units), frame));
        }
        Figures total = Figures.ZERO;
        for (UnitCode unit : subtree) {
            if (frame.isEmpty() || organisation.countsInFrame(unit, frame.get())) {
                total = total.plus(own.getOrDefault(unit, Figures.ZERO));
            }
        }
        return new FollowUpTable(node, period, rows, total);
    }

    private List<FollowUpRow> rowsFor(
            Organisation organisation,
            AccessScope scope,
            List<UnitCode> listed,
            Period period,
            Optional<CommitteeCode> frame) {
        Set<UnitCode> all = new LinkedHashSet<>();
        listed.forEach(code -> all.addAll(organisation.subtree(code)));
        Map<UnitCode, Figures> own = figures.figuresByUnit(scope, all, period);
        return listed.stream()
                .map(code -> row(organisation, code, sum(own, organisation.subtree(code)), frame))
                .toList();
    }

    private FollowUpRow row(Organisation organisation, UnitCode code, Figures sum, Optional<CommitteeCode> frame) {
        boolean inTotal = frame.isEmpty() || organisation.countsInFrame(code, frame.get());
        return new FollowUpRow(
                organisation.require(code),
                sum,
                inTotal,
                organisation.hasChildren(code),
                organisation.committeeOf(code).flatMap(organisation::committee).orElse(null));
    }

    private static Figures sum(Map<UnitCode, Figures> own, Set<UnitCode> units) {
        Figures sum = Figures.ZERO;
        for (UnitCode unit : units) {
            sum = sum.plus(own.getOrDefault(unit, Figures.ZERO));
        }
        return sum;
    }

    /** One unit opened: its subtree's twelve months (with cumulative sums) and its accounts. */
    public UnitDetail unitDetail(UnitCode code, Period period) {
        Organisation organisation = organisations.load();
        AccessScope scope = scopeOf(organisation);
        scope.requireReadable(code);
        Set<UnitCode> subtree = organisation.subtree(code);
        Map<Integer, MonthFigures> byMonth = new TreeMap<>();
        figures.figuresByMonth(scope, subtree, period.year()).forEach(m -> byMonth.put(m.month(), m));
        List<UnitDetail.Month> months = new ArrayList<>();
        BigDecimal cumulativeBudget = BigDecimal.ZERO;
        BigDecimal cumulativeActual = BigDecimal.ZERO;
        Set<Period> bookedMonths = Set.copyOf(figures.periodsWithActuals());
        for (int month = 1; month <= 12; month++) {
            MonthFigures m = byMonth.getOrDefault(month, new MonthFigures(month, BigDecimal.ZERO, BigDecimal.ZERO));
            cumulativeBudget = cumulativeBudget.add(m.budget());
            cumulativeActual = cumulativeActual.add(m.actual());
            boolean booked = bookedMonths.contains(new Period(period.year(), month));
            months.add(new UnitDetail.Month(
                    month, m.budget(), booked ? m.actual() : null, cumulativeBudget, booked ? cumulativeActual : null));
        }
        Figures total = sum(figures.figuresByUnit(scope, subtree, period), subtree);
        List<Unit> path = organisation.ancestors(code).stream()
                .filter(u -> scope.canRead(u.code()))
                .toList();
        return new UnitDetail(
                organisation.require(code),
                period,
                total,
                months,
                figures.figuresByAccount(scope, subtree, period),
                path);
    }

    /** The caller's path to a node, within their scope, for the breadcrumb. */
    public List<Unit> pathTo(UnitCode code) {
        Organisation organisation = organisations.load();
        AccessScope scope = scopeOf(organisation);
        scope.requireReadable(code);
        return organisation.ancestors(code).stream()
                .filter(u -> scope.canRead(u.code()))
                .toList();
    }

    private AccessScope scopeOf(Organisation organisation) {
        UserAccount user = currentUser.require();
        return scopes.resolve(organisation, user);
    }
}
