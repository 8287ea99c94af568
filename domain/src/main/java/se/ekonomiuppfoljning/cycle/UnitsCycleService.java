package se.ekonomiuppfoljning.cycle;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.followup.FigureRepository;
import se.ekonomiuppfoljning.followup.Figures;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.AccessScope;
import se.ekonomiuppfoljning.security.CurrentUser;

/**
 * The month of the units under each row of a report: what a node's row shows for the cycle (the sum of its units'
 * helårsprognoser, how many of their months are ready and approved), so that a node's row says what its units
 * wrote and not what the node's own month holds. One read of the figures and reports for all rows, through the
 * caller's scope; every row must be readable.
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

    /** Each row's units in the period, in the order of {@code rows}. */
    public Map<UnitCode, UnitsCycle> of(Collection<UnitCode> rows, Period period) {
        Organisation organisation = organisations.load();
        AccessScope scope = AccessScope.resolve(organisation, currentUser.require());
        Set<UnitCode> all = new HashSet<>();
        for (UnitCode row : rows) {
            scope.requireReadable(row);
            all.addAll(organisation.subtree(row));
        }
        Map<UnitCode, Figures> own = figures.figuresByUnit(scope, all, period);
        Map<UnitCode, UnitReport> stored = new HashMap<>();
        reports.findAll(scope.restrict(all), period).forEach(r -> stored.put(r.unit(), r));
        Map<UnitCode, UnitsCycle> result = new LinkedHashMap<>();
        for (UnitCode row : rows) {
            UnitsCycle sum = UnitsCycle.NONE;
            for (UnitCode code : organisation.subtree(row)) {
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
            result.put(row, sum);
        }
        return result;
    }
}
