package se.ekonomiuppfoljning.cycle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.followup.FigureRepository;
import se.ekonomiuppfoljning.followup.Figures;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.AccessScope;

/**
 * Where every unit of a node's subtree stands in the period: the state of its report and whether a mandatory
 * analysis is missing. One computation for the reviewer's progress list and "Mina uppgifter" (through
 * {@link MonthlyReportService#progress}, in the caller's scope) and for the e-mail reminders (in the system's
 * scope). It checks no caller: whoever uses it has resolved the scope.
 */
public final class Progress {

    private final FigureRepository figures;
    private final UnitReportRepository reports;
    private final ThresholdRepository thresholds;

    public Progress(FigureRepository figures, UnitReportRepository reports, ThresholdRepository thresholds) {
        this.figures = figures;
        this.reports = reports;
        this.thresholds = thresholds;
    }

    /** The node first, parents before children; figures and reports are read through {@code scope}. */
    public List<ProgressRow> rows(Organisation organisation, AccessScope scope, UnitCode node, Period period) {
        scope.requireReadable(node);
        Set<UnitCode> subtree = organisation.subtree(node);
        Map<UnitCode, Figures> own = figures.figuresByUnit(scope, subtree, period);
        Map<UnitCode, UnitReport> stored = new HashMap<>();
        reports.findAll(scope.restrict(subtree), period).forEach(r -> stored.put(r.unit(), r));
        Thresholds limits = thresholds.load();
        int nodeDepth = organisation.ancestors(node).size();
        List<ProgressRow> rows = new ArrayList<>();
        for (UnitCode code : subtree) {
            UnitReport report = stored.getOrDefault(code, UnitReport.notStarted(code, period));
            ForecastFigures forecast =
                    ForecastFigures.of(Forecasts.sum(own, organisation.subtree(code)), report.forecast());
            boolean required = limits.analysisRequired(forecast);
            rows.add(new ProgressRow(
                    organisation.require(code),
                    organisation.ancestors(code).size() - nodeDepth,
                    ProgressState.of(report),
                    required,
                    required && !report.hasAnalysis(),
                    report.version(),
                    report.hasAnalysis()));
        }
        return rows;
    }
}
