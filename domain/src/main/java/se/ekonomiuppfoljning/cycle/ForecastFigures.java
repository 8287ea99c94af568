package se.ekonomiuppfoljning.cycle;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.followup.Figures;

/**
 * A unit's figures for a period with its helårsprognos, in kronor, never rounded.
 *
 * @param proposal the forecast the portal proposes: the YTD actual plus the budget of the remaining months
 *                 (annual budget − YTD budget)
 * @param forecast the unit's own forecast where one is saved, else the proposal
 */
public record ForecastFigures(Figures figures, BigDecimal proposal, BigDecimal forecast, boolean ownForecast) {

    public static ForecastFigures of(Figures figures, @Nullable BigDecimal savedForecast) {
        BigDecimal proposal = proposal(figures);
        return new ForecastFigures(
                figures, proposal, savedForecast == null ? proposal : savedForecast, savedForecast != null);
    }

    /** YTD actual + the remaining months' budget. */
    public static BigDecimal proposal(Figures figures) {
        return figures.ytdActual().add(figures.annualBudget().subtract(figures.ytdBudget()));
    }

    /** Prognosavvikelse: annual budget − forecast; negative means the year ends over budget. */
    public BigDecimal forecastDeviation() {
        return figures.annualBudget().subtract(forecast);
    }

    /** Whether the forecast stays within the annual budget frame (the forecast deviation is not negative). */
    public boolean withinFrame() {
        return forecastDeviation().signum() >= 0;
    }
}
