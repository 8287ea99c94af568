package se.ekonomiuppfoljning.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.SwedishFormat;

/**
 * The portal's CSV, one format for the API and the pages' downloads: UTF-8, semicolon-separated, CRLF line ends,
 * a header line, the rows and the total row (no title, no footnotes: every line is data). Amounts in whole tkr
 * without thousands separators and with "-" for negatives, percentages with a decimal comma and "–" where none
 * exists, dates as ÅÅÅÅ-MM-DD and times as ÅÅÅÅ-MM-DD TT:MM.
 *
 * <p>Text is quoted where it holds a semicolon, a quote or a line break (commons-csv, {@link #FORMAT}: the importer
 * reads with the same format). Text that a spreadsheet would take
 * for a formula (starting with =, +, -, @, tab or carriage return) gets a leading apostrophe, so that an
 * åtgärd's text cannot run as a formula in the reader's Excel.
 */
public final class CsvWriter {

    public static final String SEPARATOR = ";";
    public static final String LINE_END = "\r\n";
    /** The byte order mark Excel needs to read a CSV as UTF-8. */
    public static final String BOM = "\uFEFF";

    /**
     * The portal's CSV format, for writing and reading: {@code ;}, {@code "} quotes (doubled inside), CRLF. A field
     * is quoted where it holds the separator, a quote or a line break (and, as commons-csv's minimal quoting has it,
     * where it begins with a character up to {@code #} such as a space, or ends in a blank).
     */
    public static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setDelimiter(';')
            .setQuote('"')
            .setRecordSeparator(LINE_END)
            .setQuoteMode(QuoteMode.MINIMAL)
            .get();

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private CsvWriter() {}

    /** The CSV text, without a byte order mark (as the API answers). */
    public static String write(ExportTable table) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(table.headers().stream().map(CsvWriter::orNull).toList());
            for (List<ExportCell> row : table.rows()) {
                printer.printRecord(fields(row));
            }
            if (table.totalRow().isPresent()) {
                printer.printRecord(fields(table.totalRow().get()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return out.toString();
    }

    /** The same text as UTF-8 with a byte order mark, for a file that a user opens in Excel. */
    public static byte[] forExcel(ExportTable table) {
        return (BOM + write(table)).getBytes(StandardCharsets.UTF_8);
    }

    static String value(ExportCell cell) {
        if (cell instanceof ExportCell.Text text) {
            return guarded(text.value());
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

    private static List<@Nullable String> fields(List<ExportCell> cells) {
        return cells.stream().map(c -> orNull(value(c))).toList();
    }

    /**
     * An empty field as null: commons-csv writes null as nothing, where it would quote an empty first field ({@code
     * ""}); the portal's files keep an empty field empty.
     */
    private static @Nullable String orNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private static String guarded(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
