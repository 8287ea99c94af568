package se.ekonomiuppfoljning.export;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import se.ekonomiuppfoljning.common.SwedishFormat;

/**
 * The portal's CSV, one format for the API and the pages' downloads: UTF-8, semicolon-separated, CRLF line ends,
 * a header line, the rows and the total row (no title, no footnotes: every line is data). Amounts in whole tkr
 * without thousands separators and with "-" for negatives, percentages with a decimal comma and "–" where none
 * exists, dates as ÅÅÅÅ-MM-DD and times as ÅÅÅÅ-MM-DD TT:MM.
 *
 * <p>Text is quoted where it holds a semicolon, a quote or a line break. Text that a spreadsheet would take
 * for a formula (starting with =, +, -, @, tab or carriage return) gets a leading apostrophe, so that an
 * åtgärd's text cannot run as a formula in the reader's Excel.
 */
public final class CsvWriter {

    public static final String SEPARATOR = ";";
    public static final String LINE_END = "\r\n";
    /** The byte order mark Excel needs to read a CSV as UTF-8. */
    public static final String BOM = "\uFEFF";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private CsvWriter() {}

    /** The CSV text, without a byte order mark (as the API answers). */
    public static String write(ExportTable table) {
        List<String> lines = new ArrayList<>();
        lines.add(String.join(
                SEPARATOR, table.headers().stream().map(CsvWriter::field).toList()));
        table.rows().forEach(row -> lines.add(line(row)));
        table.totalRow().ifPresent(total -> lines.add(line(total)));
        return String.join(LINE_END, lines) + LINE_END;
    }

    /** The same text as UTF-8 with a byte order mark, for a file that a user opens in Excel. */
    public static byte[] forExcel(ExportTable table) {
        return (BOM + write(table)).getBytes(StandardCharsets.UTF_8);
    }

    private static String line(List<ExportCell> cells) {
        return String.join(SEPARATOR, cells.stream().map(CsvWriter::value).toList());
    }

    static String value(ExportCell cell) {
        if (cell instanceof ExportCell.Text text) {
            return field(guarded(text.value()));
        } else if (cell instanceof ExportCell.Amount amount) {
            return SwedishFormat.plainTkr(amount.kronor());
        } else if (cell instanceof ExportCell.Percent percent) {
            return SwedishFormat.plainPercent(percent.value());
        } else if (cell instanceof ExportCell.Date date) {
            return DATE.format(date.date());
        } else if (cell instanceof ExportCell.DateTime time) {
            return TIME.format(time.time());
        } else if (cell instanceof ExportCell.WholeNumber number) {
            return Long.toString(number.value());
        }
        throw new IllegalStateException("unknown cell " + cell);
    }

    private static String guarded(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static String field(String text) {
        boolean quote = text.contains(SEPARATOR) || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
