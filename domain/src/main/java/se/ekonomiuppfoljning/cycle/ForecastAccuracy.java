package se.ekonomiuppfoljning.cycle;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.organisation.Unit;

/**
 * Prognossäkerhet of a node for a year: for each listed unit (the node's children, as on the follow-up page) and
 * the node's total, each month's helårsprognos against the year's outcome. A year whose outcome is not in yet
 * (no December actuals) is never compared with its outcome to date, a few months' actuals against a whole year's
 * forecast: each month's forecast is compared with the latest month's instead.
 *
 * @param outcomeFinal     whether December's actuals are in, so that the outcome is the whole year's; before that
 *                         the outcome is the actuals to date and the comparison is preliminary
 * @param lastActualPeriod the last month of the year with actuals, null when there are none
 * @param months           the months with actuals, in order: the months that have a forecast to compare
 * @param total            the total over the rows in the node's frame; null for a single unit
 */
public record ForecastAccuracy(
        Unit node,
        int year,
        boolean outcomeFinal,
        @Nullable Period lastActualPeriod,
        List<Period> months,
        List<ForecastAccuracyRow> rows,
        @Nullable ForecastAccuracyRow total) {

    public Optional<ForecastAccuracyRow> totalRow() {
        return Optional.ofNullable(total);
    }

    /** What a row's forecasts are compared with: the outcome of a closed year, else the latest forecast. */
    public BigDecimal reference(ForecastAccuracyRow row) {
        return outcomeFinal ? row.outcome() : row.latestForecast().orElse(row.outcome());
    }

    /**
     * The mean of |forecast − reference| of a row: over every month against the outcome of a closed year, else
     * over the months before the latest against the latest forecast (empty before a second month).
     */
    public Optional<BigDecimal> meanDeviation(ForecastAccuracyRow row) {
        return outcomeFinal ? row.meanAbsoluteDeviation() : row.meanAbsoluteDeviationFromLatest();
    }
}
