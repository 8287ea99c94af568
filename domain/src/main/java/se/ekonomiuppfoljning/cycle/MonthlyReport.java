package se.ekonomiuppfoljning.cycle;

import java.util.List;
import java.util.Optional;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.common.Problem;
import se.ekonomiuppfoljning.organisation.Unit;

/**
 * A unit's report opened: the stored report (or a not-started one, version 0), the figures of the unit's subtree
 * with the forecast, why an analysis is mandatory (one problem per reason, empty when it is not) and what the caller may do.
 *
 * @param textsWithheld   the caller may not read the month's texts yet (a politician before the month is
 *                        approved): {@code report} carries none (see {@link UnitReport#withoutTexts()})
 * @param analysisWritten whether the stored report has an analysis, also when its texts are withheld
 * @param fourEyesRefusal why the caller, a reviewer, may not approve this report (four eyes); empty when they may
 */
public record MonthlyReport(
        Unit unit,
        Period period,
        UnitReport report,
        ForecastFigures figures,
        List<Problem> analysisReasons,
        boolean mayEdit,
        boolean mayMarkReady,
        boolean mayReview,
        boolean textsWithheld,
        boolean analysisWritten,
        Optional<Problem> fourEyesRefusal) {

    public MonthlyReport {
        analysisReasons = List.copyOf(analysisReasons);
    }

    public boolean analysisRequired() {
        return !analysisReasons.isEmpty();
    }

    public boolean analysisMissing() {
        return analysisRequired() && !analysisWritten;
    }

    /** Whether the caller may approve the report now: a reviewer, the report ready, and four eyes kept. */
    public boolean mayApprove() {
        return mayReview && report.state() == ReportState.READY && fourEyesRefusal.isEmpty();
    }
}
