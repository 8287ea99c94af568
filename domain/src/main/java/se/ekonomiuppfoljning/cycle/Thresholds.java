package se.ekonomiuppfoljning.cycle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.ekonomiuppfoljning.common.Problem;
import se.ekonomiuppfoljning.common.RuleViolationException;
import se.ekonomiuppfoljning.common.SwedishFormat;

/**
 * The kommun's limits beyond which a unit must write an ekonomisk analys. An analysis is mandatory when any of:
 * <ul>
 *     <li>the YTD deviation (budget − actual) is below −{@code ytdDeviationKronor} kronor;</li>
 *     <li>the YTD deviation is below −{@code ytdDeviationPercent} % of the YTD budget (of its absolute value, so
 *     that revenue units with a negative budget work the same way);</li>
 *     <li>the forecast deviation (annual budget − helårsprognos) is negative.</li>
 * </ul>
 * Defaults: 100 000 kr and 5 %.
 */
public record Thresholds(BigDecimal ytdDeviationKronor, BigDecimal ytdDeviationPercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static final Thresholds DEFAULT = new Thresholds(new BigDecimal("100000.00"), new BigDecimal("5.00"));

    public Thresholds {
        if (ytdDeviationKronor.signum() < 0 || ytdDeviationPercent.signum() < 0) {
            throw new RuleViolationException(CycleProblem.THRESHOLDS_NEGATIVE);
        }
        if (ytdDeviationPercent.compareTo(HUNDRED) > 0) {
            throw new RuleViolationException(CycleProblem.THRESHOLD_PERCENT_OVER_100);
        }
    }

    /** Why an analysis is mandatory for these figures, one problem per reason; empty when it is not. */
    public List<Problem> analysisReasons(ForecastFigures figures) {
        List<Problem> reasons = new ArrayList<>();
        BigDecimal ytdDeviation = figures.figures().ytdDeviation();
        if (ytdDeviation.compareTo(ytdDeviationKronor.negate()) < 0) {
            reasons.add(Problem.of(CycleProblem.ANALYSIS_YTD_OVER_KRONOR, tkr(ytdDeviation), tkr(ytdDeviationKronor)));
        }
        BigDecimal percentLimit = figures.figures()
                .ytdBudget()
                .abs()
                .multiply(ytdDeviationPercent)
                .divide(HUNDRED, 2, RoundingMode.HALF_UP);
        if (ytdDeviation.compareTo(percentLimit.negate()) < 0) {
            reasons.add(Problem.of(
                    CycleProblem.ANALYSIS_YTD_OVER_PERCENT,
                    tkr(ytdDeviation),
                    SwedishFormat.percent(Optional.of(ytdDeviationPercent.setScale(1, RoundingMode.HALF_UP)))));
        }
        if (figures.forecastDeviation().signum() < 0) {
            reasons.add(Problem.of(CycleProblem.ANALYSIS_FORECAST_NEGATIVE, tkr(figures.forecastDeviation())));
        }
        return reasons;
    }

    public boolean analysisRequired(ForecastFigures figures) {
        return !analysisReasons(figures).isEmpty();
    }

    private static String tkr(BigDecimal kronor) {
        return SwedishFormat.tkr(kronor);
    }
}
