package se.ekonomiuppfoljning.ui.cycle;

import java.util.Locale;
import se.ekonomiuppfoljning.cycle.MonthlyReport;
import se.ekonomiuppfoljning.ui.base.PeriodLabels;
import se.ekonomiuppfoljning.ui.export.ExportLinks;

/** How the month page's tables are named when downloaded. */
final class MonthExport {

    private MonthExport() {}

    static String fileName(String table, MonthlyReport report) {
        return ExportLinks.fileName(
                table, report.unit().code().value(), report.period().toString());
    }

    static String title(MonthlyReport report, Locale locale) {
        return report.unit().name() + " (" + report.unit().code().value() + "), "
                + PeriodLabels.full(report.period(), locale);
    }
}
