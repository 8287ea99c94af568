package se.ekonomiuppfoljning.overview;

import se.ekonomiuppfoljning.cycle.ForecastFigures;
import se.ekonomiuppfoljning.cycle.Thresholds;

/**
 * A row's verdict by the kommun's thresholds ({@link Thresholds}): over the frame when the helårsprognos exceeds the
 * annual budget; at risk when the forecast stays within it but the deviation to date passes a threshold (in kronor or
 * in % of the budget to date), the same limits beyond which a unit must write an ekonomisk analys; else within.
 */
public enum OverviewStatus {
    INOM_RAM,
    RISK,
    OVER_RAM;

    public static OverviewStatus of(ForecastFigures figures, Thresholds thresholds) {
        if (!figures.withinFrame()) {
            return OVER_RAM;
        }
        return thresholds.analysisRequired(figures) ? RISK : INOM_RAM;
    }
}
