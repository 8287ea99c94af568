package se.ekonomiuppfoljning.cycle;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.cycle.ForecastAccuracyRow.MonthForecast;
import se.ekonomiuppfoljning.followup.FigureRepository;
import se.ekonomiuppfoljning.followup.Figures;
import se.ekonomiuppfoljning.organisation.CommitteeCode;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.organisation.Unit;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.AccessScope;
import se.ekonomiuppfoljning.security.CurrentUser;

/**
 * Prognossäkerhet: how well each month's helårsprognos foretold the year's outcome, per unit and for a node's
 * total (a förvaltning, or the kommun per committee frame). The rows are the node's children as on the follow-up
 * page; a row's forecast in a month is the unit's own saved forecast or, where it saved none, the portal's
 * proposal (actual to date + the remaining budget), and the table says how many were the units' own. Anybody
 * with the node in scope may read it; the figures are read through the caller's scope.
 */
public class ForecastAccuracyService {

    private final OrganisationRepository organisations;
    private final FigureRepository figures;
    private final UnitReportRepository reports;
    private final CurrentUser currentUser;

    public ForecastAccuracyService(
            OrganisationRepository organisations,
            FigureRepository figures,
            UnitReportRepository reports,
            CurrentUser currentUser) {
        this.organisations = organisations;
        this.figures = figures;
        this.reports = reports;
        this.currentUser = currentUser;
    }

    /** The years with actuals, latest first. */
    public List<Integer> years() {
        currentUser.require();
        return figures.periodsWithActuals().stream()
                .map(Period::year)
                .distinct()
                .sorted(Comparator.reverseOrder())
                .toList();
    }

    /**
     * The year the page opens on: the latest closed year (one with December actuals), else the latest year with
     * actuals; empty without actuals.
     */
    public Optional<Integer> defaultYear() {
        currentUser.require();
        List<Period> periods = figures.periodsWithActuals();
        Optional<Integer> closed =
                periods.stream().filter(p -> p.month() == 12).map(Period::year).max(Comparator.naturalOrder());
        return closed.isPresent() ? closed : periods.stream().map(Period::year).max(Comparator.naturalOrder());
    }

    public ForecastAccuracy accuracy(UnitCode nodeCode, int year) {
        Organisation organisation = organisations.load();
        AccessScope scope = AccessScope.resolve(organisation, currentUser.require());
        scope.requireReadable(nodeCode);
        Unit node = organisation.require(nodeCode);
        boolean single = !organisation.hasChildren(nodeCode);
        List<UnitCode> listed = single
                ? List.of(nodeCode)
                : organisation.children(nodeCode).stream().map(Unit::code).toList();
        Optional<CommitteeCode> frame = single ? Optional.empty() : organisation.committeeOf(nodeCode);
        Set<UnitCode> subtree = organisation.subtree(nodeCode);
        Map<UnitCode, Set<UnitCode>> subtrees = new HashMap<>();
        listed.forEach(code -> subtrees.put(code, organisation.subtree(code)));

        List<Period> months = figures.periodsWithActuals().stream()
                .filter(p -> p.year() == year)
                .toList();
        Map<UnitCode, Figures> yearEnd = figures.figuresByUnit(scope, subtree, new Period(year, 12));
        Map<UnitCode, List<MonthForecast>> forecasts = new LinkedHashMap<>();
        listed.forEach(code -> forecasts.put(code, new ArrayList<>()));
        for (Period month : months) {
            Map<UnitCode, Figures> own = figures.figuresByUnit(scope, subtree, month);
            Map<UnitCode, UnitReport> stored = new HashMap<>();
            reports.findAll(scope.restrict(listed), month).forEach(r -> stored.put(r.unit(), r));
            for (UnitCode code : listed) {
                UnitReport report = stored.get(code);
                BigDecimal saved = report == null ? null : report.forecast();
                ForecastFigures figure =
                        ForecastFigures.of(Forecasts.sum(own, requireNonNull(subtrees.get(code))), saved);
                requireNonNull(forecasts.get(code))
                        .add(new MonthForecast(month, figure.forecast(), figure.ownForecast() ? 1 : 0, 1));
            }
        }

        List<ForecastAccuracyRow> rows = new ArrayList<>();
        for (UnitCode code : listed) {
            Figures outcome = Forecasts.sum(yearEnd, requireNonNull(subtrees.get(code)));
            boolean inTotal = frame.isEmpty() || organisation.countsInFrame(code, frame.get());
            Unit unit = organisation.require(code);
            rows.add(new ForecastAccuracyRow(
                    unit.name(),
                    unit,
                    inTotal,
                    outcome.annualBudget(),
                    outcome.ytdActual(),
                    List.copyOf(forecasts.get(code))));
        }
        ForecastAccuracyRow total = single ? null : total(node, rows, months);
        boolean outcomeFinal = months.contains(new Period(year, 12));
        Period last = months.isEmpty() ? null : months.get(months.size() - 1);
        return new ForecastAccuracy(node, year, outcomeFinal, last, months, rows, total);
    }

    private static ForecastAccuracyRow total(Unit node, List<ForecastAccuracyRow> rows, List<Period> months) {
        BigDecimal budget = BigDecimal.ZERO;
        BigDecimal outcome = BigDecimal.ZERO;
        List<MonthForecast> sums = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            BigDecimal forecast = BigDecimal.ZERO;
            int own = 0;
            int summed = 0;
            for (ForecastAccuracyRow row : rows) {
                if (row.inTotal()) {
                    MonthForecast month = row.forecasts().get(i);
                    forecast = forecast.add(month.forecast());
                    own += month.ownForecasts();
                    summed += month.forecastsSummed();
                }
            }
            sums.add(new MonthForecast(months.get(i), forecast, own, summed));
        }
        for (ForecastAccuracyRow row : rows) {
            if (row.inTotal()) {
                budget = budget.add(row.annualBudget());
                outcome = outcome.add(row.outcome());
            }
        }
        return new ForecastAccuracyRow(
                "Totalt " + node.displayShortName(), null, true, budget, outcome, List.copyOf(sums));
    }
}
