package se.ekonomiuppfoljning.followup;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.export.CsvWriter;
import se.ekonomiuppfoljning.export.ExportColumns;
import se.ekonomiuppfoljning.export.ExportTable;
import se.ekonomiuppfoljning.organisation.UnitCode;

/**
 * The follow-up table as CSV for machines, the same for the API ({@code /api/v1/followup.csv}) and the page's
 * download: the name, the nine figures as the page rounds them, and whether the row counts in the total ("ja",
 * "nej"; empty on the total row). The layout is fixed: other systems read it; columns are only ever added at the
 * end: the helårsprognos, the prognosavvikelse and whether any part of the forecast is the portal's proposal
 * ("ja", "nej") follow where the caller gives the forecasts, and last the row's ansvar code (empty on the total).
 */
public final class FollowUpCsv {

    public static final List<String> HEADERS = List.of(
            "namn",
            "budget månad",
            "redovisning månad",
            "avvikelse månad",
            "% av budget månad",
            "årsbudget",
            "budget t o m",
            "redovisning t o m",
            "avvikelse t o m",
            "% av budget t o m",
            "ingår i totalen");

    /** The columns after {@link #HEADERS} where the forecasts are given, then the row's ansvar code. */
    public static final List<String> FORECAST_HEADERS =
            List.of("helårsprognos", "prognosavvikelse", "prognos delvis förslag", "ansvar");

    private static final ExportColumns<Line> COLUMNS = figures();

    private static final ExportColumns<Line> WITH_FORECASTS = figures()
            .amount(FORECAST_HEADERS.get(0), l -> l.forecast().forecast())
            .amount(FORECAST_HEADERS.get(1), l -> l.forecast().deviation())
            .text(FORECAST_HEADERS.get(2), l -> l.forecast().proposal() ? "ja" : "nej")
            .text(FORECAST_HEADERS.get(3), Line::code);

    private FollowUpCsv() {}

    private static ExportColumns<Line> figures() {
        return new ExportColumns<Line>()
                .text(HEADERS.get(0), Line::name)
                .amount(HEADERS.get(1), l -> l.figures().monthBudget())
                .amount(HEADERS.get(2), l -> l.figures().monthActual())
                .amount(HEADERS.get(3), l -> l.figures().monthDeviation())
                .percent(HEADERS.get(4), l -> l.figures().monthPercent())
                .amount(HEADERS.get(5), l -> l.figures().annualBudget())
                .amount(HEADERS.get(6), l -> l.figures().ytdBudget())
                .amount(HEADERS.get(7), l -> l.figures().ytdActual())
                .amount(HEADERS.get(8), l -> l.figures().ytdDeviation())
                .percent(HEADERS.get(9), l -> l.figures().ytdPercent())
                .text(HEADERS.get(10), Line::inTotal);
    }

    /** The table in the CSV's layout (the total labelled "Totalt KLS"), without the forecasts. */
    public static ExportTable table(FollowUpTable table) {
        return table(table, null);
    }

    /** The table in the CSV's layout with each row's and the total's forecast after the figures. */
    public static ExportTable table(FollowUpTable table, @Nullable Forecasts forecasts) {
        List<Line> rows = table.rows().stream()
                .map(r -> new Line(
                        r.unit().name(),
                        r.unit().code().value(),
                        r.figures(),
                        r.inTotal() ? "ja" : "nej",
                        forecasts == null
                                ? Forecast.NONE
                                : forecasts.row(r.unit().code())))
                .toList();
        @Nullable
        Line total = table.totalFigures()
                .map(f -> new Line(
                        "Totalt " + table.totalName().orElse(""),
                        "",
                        f,
                        "",
                        forecasts == null || forecasts.total() == null ? Forecast.NONE : forecasts.total()))
                .orElse(null);
        String node = table.node() == null ? "" : table.node().code().value() + " ";
        String title = node + table.period(); // a CSV has no title line; the page's xlsx is titled by the page
        return (forecasts == null ? COLUMNS : WITH_FORECASTS).table(title, title, rows, total, List.of());
    }

    /** The CSV text without the forecasts (UTF-8 when encoded, no byte order mark). */
    public static String write(FollowUpTable table) {
        return write(table, null);
    }

    /** The CSV text (UTF-8 when encoded, no byte order mark). */
    public static String write(FollowUpTable table, @Nullable Forecasts forecasts) {
        return CsvWriter.write(table(table, forecasts));
    }

    /** A row's helårsprognos and prognosavvikelse in kronor, and whether any part of it is the portal's proposal. */
    public record Forecast(BigDecimal forecast, BigDecimal deviation, boolean proposal) {
        static final Forecast NONE = new Forecast(BigDecimal.ZERO, BigDecimal.ZERO, false);
    }

    /** The forecasts of a table's rows by unit, and of its total where it has one. */
    public record Forecasts(
            Map<UnitCode, Forecast> rows, @Nullable Forecast total) {

        Forecast row(UnitCode unit) {
            return rows.getOrDefault(unit, Forecast.NONE);
        }
    }

    private record Line(String name, String code, Figures figures, String inTotal, Forecast forecast) {}
}
