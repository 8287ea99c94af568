package se.ekonomiuppfoljning.cycle;

import java.util.List;

import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.organisation.Unit;

/**
 * A unit's report opened: the stored report (or a not-started one, version 0), the figures of the unit's subtree
 * with the forecast, why an analysis is mandatory (Swedish, empty when it is not) and what the caller may do.
 */
public record MonthlyReport(Unit unit, Period period, UnitReport report, ForecastFigures figures,
                            List<String> analysisReasons, boolean mayEdit, boolean mayMarkReady, boolean mayReview) {

    public MonthlyReport {
        analysisReasons = List.copyOf(analysisReasons);
    }

    public boolean analysisRequired() {
        return !analysisReasons.isEmpty();
    }

    public boolean analysisMissing() {
        return analysisRequired() && !report.hasAnalysis();
    }
}
