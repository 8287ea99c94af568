package se.ekonomiuppfoljning.cycle;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.followup.FigureRepository;
import se.ekonomiuppfoljning.followup.Figures;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.AccessScope;

/**
 * A unit's figures for the cycle: the sums over the unit's subtree (its own bookings and its sub-units', as its row
 * in the follow-up table), read through the caller's scope.
 */
public final class Forecasts {

    private Forecasts() {}

    public static Figures subtreeFigures(
            FigureRepository figures, Organisation organisation, AccessScope scope, UnitCode unit, Period period) {
        Set<UnitCode> subtree = organisation.subtree(unit);
        return sum(figures.figuresByUnit(scope, subtree, period), subtree);
    }

    public static ForecastFigures of(
            FigureRepository figures,
            Organisation organisation,
            AccessScope scope,
            UnitCode unit,
            Period period,
            @Nullable UnitReport report) {
        return ForecastFigures.of(
                subtreeFigures(figures, organisation, scope, unit, period), report == null ? null : report.forecast());
    }

    static Figures sum(Map<UnitCode, Figures> own, Set<UnitCode> units) {
        Figures sum = Figures.ZERO;
        for (UnitCode unit : units) {
            sum = sum.plus(own.getOrDefault(unit, Figures.ZERO));
        }
        return sum;
    }
}
