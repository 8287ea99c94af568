package se.ekonomiuppfoljning.cycle;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.organisation.Unit;

/**
 * One line of the prognossäkerhet table, in kronor, never rounded.
 *
 * @param unit     null for the total
 * @param outcome  the year's actual (to date while the year is not closed)
 * @param forecasts one per month with actuals, in order
 */
public record ForecastAccuracyRow(
        String name,
        @Nullable Unit unit,
        boolean inTotal,
        BigDecimal annualBudget,
        BigDecimal outcome,
        List<MonthForecast> forecasts) {

    /** The mean of |forecast − outcome| over the months; empty without a month. */
    public Optional<BigDecimal> meanAbsoluteDeviation() {
        if (forecasts.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (MonthForecast forecast : forecasts) {
            sum = sum.add(forecast.deviationFrom(outcome).abs());
        }
        return Optional.of(sum.divide(BigDecimal.valueOf(forecasts.size()), MathContext.DECIMAL64));
    }

    /** The last month's forecast; empty without a month. */
    public Optional<BigDecimal> latestForecast() {
        return forecasts.isEmpty()
                ? Optional.empty()
                : Optional.of(forecasts.get(forecasts.size() - 1).forecast());
    }

    /**
     * The mean of |forecast − the latest forecast| over the months before the latest, for a year whose outcome is
     * not in yet; empty with fewer than two months.
     */
    public Optional<BigDecimal> meanAbsoluteDeviationFromLatest() {
        if (forecasts.size() < 2) {
            return Optional.empty();
        }
        BigDecimal latest = forecasts.get(forecasts.size() - 1).forecast();
        BigDecimal sum = BigDecimal.ZERO;
        for (MonthForecast forecast : forecasts.subList(0, forecasts.size() - 1)) {
            sum = sum.add(forecast.deviationFrom(latest).abs());
        }
        return Optional.of(sum.divide(BigDecimal.valueOf(forecasts.size() - 1L), MathContext.DECIMAL64));
    }

    /**
     * The forecast a unit gave (or, without one, the portal's proposal: actual to date + the remaining budget) in
     * one month.
     *
     * @param ownForecasts how many of the forecasts summed here were the units' own (1 or 0 for a unit)
     * @param forecastsSummed how many forecasts were summed (1 for a unit)
     */
    public record MonthForecast(Period period, BigDecimal forecast, int ownForecasts, int forecastsSummed) {

        /** Forecast − outcome: positive when the forecast was too high. */
        public BigDecimal deviationFrom(BigDecimal outcome) {
            return forecast.subtract(outcome);
        }

        public boolean allOwn() {
            return ownForecasts == forecastsSummed;
        }
    }
}
