package se.ekonomiuppfoljning.cycle;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.followup.FigureRepository;
import se.ekonomiuppfoljning.followup.Figures;
import se.ekonomiuppfoljning.followup.FollowUpCsv;
import se.ekonomiuppfoljning.followup.FollowUpRow;
import se.ekonomiuppfoljning.followup.FollowUpTable;
import se.ekonomiuppfoljning.organisation.CommitteeCode;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.organisation.Unit;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.AccessScope;
import se.ekonomiuppfoljning.security.CurrentUser;

/**
 * The month of the units under each row of a report: what a node's row shows for the cycle (the sum of its units'
 * helårsprognoser, how many of their months are ready and approved), so that a node's row says what its units
 * wrote and not what the node's own month holds; and the same over the units a table's total counts. One read of
 * the figures and reports for all rows, through the caller's scope; every row must be readable.
 */
public class UnitsCycleService {

    private final OrganisationRepository organisations;
    private final FigureRepository figures;
    private final UnitReportRepository reports;
    private final CurrentUser currentUser;

    public UnitsCycleService(
            OrganisationRepository organisations,
            FigureRepository figures,
            UnitReportRepository reports,
            CurrentUser currentUser) {
        this.organisations = organisations;
        this.figures = figures;
        this.reports = reports;
        this.currentUser = currentUser;
    }

    /** Each row's units (the row's whole subtree) in the period, in the order of {@code rows}. */
    public Map<UnitCode, UnitsCycle> of(Collection<UnitCode> rows, Period period) {
        Organisation organisation = organisations.load();
        Read read = read(organisation, rows, period);
        Map<UnitCode, UnitsCycle> result = new LinkedHashMap<>();
        rows.forEach(row -> result.put(row, read.sum(organisation.subtree(row))));
        return result;
    }

    /**
     * The cycle beside a follow-up table: each row's units as the row's figures count them (a node's own bookings
     * row only those), and the total over the units the table's total counts (those in the node's frame).
     */
    public TableCycle of(FollowUpTable table) {
        Organisation organisation = organisations.load();
        Unit node = table.node();
        Collection<UnitCode> listed =
                table.rows().stream().map(r -> r.unit().code()).toList();
        Set<UnitCode> asked = new HashSet<>(listed);
        if (node != null) {
            asked.add(node.code());
        }
        Read read = read(organisation, asked, table.period());
        Map<UnitCode, UnitsCycle> rows = new LinkedHashMap<>();
        for (FollowUpRow row : table.rows()) {
            UnitCode code = row.unit().code();
            boolean ownBookings = node != null && code.equals(node.code()) && organisation.hasChildren(code);
            rows.put(code, read.sum(ownBookings ? Set.of(code) : organisation.subtree(code)));
        }
        UnitsCycle total = null;
        if (node != null && table.total() != null) {
            Optional<CommitteeCode> frame = organisation.committeeOf(node.code());
            Set<UnitCode> counted = new HashSet<>();
            for (UnitCode unit : organisation.subtree(node.code())) {
                if (frame.isEmpty() || organisation.countsInFrame(unit, frame.get())) {
                    counted.add(unit);
                }
            }
            total = read.sum(counted);
        }
        return new TableCycle(rows, total);
    }

    /**
     * The cycle summed over given sets of units, one set per row (e.g. the units a node's total counts, as
     * {@link #of(FollowUpTable)} sums its total), over the figures per unit the caller has already read for the
     * period through its scope ({@link FigureRepository#figuresByUnit}), so that they are not read twice: one read
     * of the reports for all rows. Every unit must be readable.
     */
    public Map<UnitCode, UnitsCycle> sums(
            Map<UnitCode, Set<UnitCode>> rows, Period period, Map<UnitCode, Figures> own) {
        Organisation organisation = organisations.load();
        AccessScope scope = AccessScope.resolve(organisation, currentUser.require());
        Set<UnitCode> all = new HashSet<>();
        for (Set<UnitCode> units : rows.values()) {
            for (UnitCode unit : units) {
                scope.requireReadable(unit);
                all.add(unit);
            }
        }
        Map<UnitCode, UnitReport> stored = new HashMap<>();
        reports.findAll(all, period).forEach(r -> stored.put(r.unit(), r));
        Read read = new Read(organisation, own, stored);
        Map<UnitCode, UnitsCycle> result = new LinkedHashMap<>();
        rows.forEach((row, units) -> result.put(row, read.sum(units)));
        return result;
    }

    private Read read(Organisation organisation, Collection<UnitCode> rows, Period period) {
        AccessScope scope = AccessScope.resolve(organisation, currentUser.require());
        Set<UnitCode> all = new HashSet<>();
        for (UnitCode row : rows) {
            scope.requireReadable(row);
            all.addAll(organisation.subtree(row));
        }
        Map<UnitCode, UnitReport> stored = new HashMap<>();
        reports.findAll(scope.restrict(all), period).forEach(r -> stored.put(r.unit(), r));
        return new Read(organisation, figures.figuresByUnit(scope, all, period), stored);
    }

    /** The cycle of a table's rows, and of its total where it has one. */
    public record TableCycle(
            Map<UnitCode, UnitsCycle> rows, @Nullable UnitsCycle total) {

        public UnitsCycle row(UnitCode unit) {
            return rows.getOrDefault(unit, UnitsCycle.NONE);
        }

        /** The forecasts as the follow-up CSV adds them after its figures. */
        public FollowUpCsv.Forecasts forCsv() {
            Map<UnitCode, FollowUpCsv.Forecast> byUnit = new LinkedHashMap<>();
            rows.forEach((unit, cycle) -> byUnit.put(unit, csv(cycle)));
            return new FollowUpCsv.Forecasts(byUnit, total == null ? null : csv(total));
        }

        private static FollowUpCsv.Forecast csv(UnitsCycle cycle) {
            return new FollowUpCsv.Forecast(cycle.forecast(), cycle.forecastDeviation(), cycle.anyProposal());
        }
    }

    /** What was read once for all rows. */
    private record Read(Organisation organisation, Map<UnitCode, Figures> own, Map<UnitCode, UnitReport> stored) {

        UnitsCycle sum(Set<UnitCode> units) {
            UnitsCycle sum = UnitsCycle.NONE;
            for (UnitCode code : units) {
                Figures bookings = own.getOrDefault(code, Figures.ZERO);
                UnitReport report = stored.get(code);
                if (organisation.hasChildren(code)) {
                    sum = sum.plus(UnitsCycle.ofNodeBookings(ForecastFigures.of(bookings, null)));
                } else if (report == null) {
                    sum = sum.plus(UnitsCycle.ofUnit(ForecastFigures.of(bookings, null), ProgressState.NOT_STARTED));
                } else {
                    sum = sum.plus(UnitsCycle.ofUnit(
                            ForecastFigures.of(bookings, report.forecast()), ProgressState.of(report)));
                }
            }
            return sum;
        }
    }
}
