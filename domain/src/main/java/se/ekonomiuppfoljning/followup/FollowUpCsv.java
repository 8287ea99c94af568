package se.ekonomiuppfoljning.followup;

import java.util.List;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.export.CsvWriter;
import se.ekonomiuppfoljning.export.ExportColumns;
import se.ekonomiuppfoljning.export.ExportTable;

/**
 * The follow-up table as CSV for machines, the same for the API ({@code /api/v1/followup.csv}) and the page's
 * download: the name, the nine figures as the page rounds them, and whether the row counts in the total ("ja",
 * "nej"; empty on the total row). The layout is fixed: other systems read it.
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

    private static final ExportColumns<Line> COLUMNS = new ExportColumns<Line>()
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

    private FollowUpCsv() {}

    /** The table in the CSV's layout (the total labelled "Totalt KLS"). */
    public static ExportTable table(FollowUpTable table) {
        List<Line> rows = table.rows().stream()
                .map(r -> new Line(r.unit().name(), r.figures(), r.inTotal() ? "ja" : "nej"))
                .toList();
        @Nullable
        Line total = table.totalFigures()
                .map(f -> new Line("Totalt " + table.totalName().orElse(""), f, ""))
                .orElse(null);
        String node = table.node() == null ? "" : table.node().code().value() + " ";
        String title = "Uppföljning " + node + table.period(); // the sheet's name and title of the page's xlsx
        return COLUMNS.table(title, title, rows, total, List.of());
    }

    /** The CSV text (UTF-8 when encoded, no byte order mark). */
    public static String write(FollowUpTable table) {
        return CsvWriter.write(table(table));
    }

    private record Line(String name, Figures figures, String inTotal) {}
}
