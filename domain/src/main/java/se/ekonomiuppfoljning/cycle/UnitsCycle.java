package se.ekonomiuppfoljning.cycle;

import java.math.BigDecimal;

/**
 * The month of the units under one row of a report (a unit alone, or every unit below a node), in kronor, never
 * rounded. A unit is a node of the tree without children: it writes the month; a node sums what its units wrote.
 *
 * @param units        how many units are summed
 * @param ownForecasts how many of them saved a forecast of their own; the others count with the portal's proposal
 * @param forecast     the sum of the units' helårsprognoser (own where saved, else the proposal), plus the proposal
 *                     over bookings made on a node itself
 * @param annualBudget the annual budget of everything summed, as the figures' own
 * @param ready        months marked ready or approved
 * @param approved     months approved
 */
public record UnitsCycle(
        int units, int ownForecasts, BigDecimal forecast, BigDecimal annualBudget, int ready, int approved) {

    public static final UnitsCycle NONE = new UnitsCycle(0, 0, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0);

    /** One unit's month: its own forecast where it saved one, else the proposal over its figures. */
    static UnitsCycle ofUnit(ForecastFigures figures, ProgressState state) {
        boolean ready = state == ProgressState.READY || state == ProgressState.APPROVED;
        return new UnitsCycle(
                1,
                figures.ownForecast() ? 1 : 0,
                figures.forecast(),
                figures.figures().annualBudget(),
                ready ? 1 : 0,
                state == ProgressState.APPROVED ? 1 : 0);
    }

    /** Bookings on a node itself: no month of their own, the proposal counts. */
    static UnitsCycle ofNodeBookings(ForecastFigures figures) {
        return new UnitsCycle(0, 0, figures.proposal(), figures.figures().annualBudget(), 0, 0);
    }

    public UnitsCycle plus(UnitsCycle other) {
        return new UnitsCycle(
                units + other.units,
                ownForecasts + other.ownForecasts,
                forecast.add(other.forecast),
                annualBudget.add(other.annualBudget),
                ready + other.ready,
                approved + other.approved);
    }

    /** Prognosavvikelse: annual budget − forecast; negative means the year ends over budget. */
    public BigDecimal forecastDeviation() {
        return annualBudget.subtract(forecast);
    }

    /** Whether any unit counts with the portal's proposal instead of a forecast of its own. */
    public boolean anyProposal() {
        return ownForecasts < units || (units == 0 && forecast.signum() != 0);
    }

    public boolean withinFrame() {
        return forecastDeviation().signum() >= 0;
    }
}
