package se.ekonomiuppfoljning.imports;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import se.ekonomiuppfoljning.export.CsvWriter;

/**
 * Reads a {@code ;}-separated file with commons-csv in the format the portal writes ({@link CsvWriter#FORMAT}): a
 * field in quotes may hold {@code ;}, a doubled quote and line breaks. Each row is handed on with the line it
 * starts on (a quoted line break makes a row span lines); blank rows are skipped.
 */
final class CsvRows {

    private static final CSVFormat FORMAT =
            CsvWriter.FORMAT.builder().setIgnoreEmptyLines(false).get();

    /** One row's fields and its first line. */
    interface RowHandler {
        void row(int line, String[] fields);
    }

    private CsvRows() {}

    /** Reads the header (refusing a file without the required columns), then hands on every non-blank row. */
    static CsvHeader read(String fileName, Reader source, List<String> required, Function<CsvHeader, RowHandler> rows) {
        try (CSVParser parser = CSVParser.builder()
                .setReader(withoutByteOrderMark(source))
                .setFormat(FORMAT)
                .get()) {
            Iterator<CSVRecord> records = parser.iterator();
            CsvHeader header = CsvHeader.of(fileName, next(fileName, records, 1), required);
            long linesBefore = parser.getCurrentLineNumber();
            RowHandler handler = rows.apply(header);
            while (hasNext(fileName, records, linesBefore + 1)) {
                int line = (int) linesBefore + 1;
                List<String> fields = next(fileName, records, line);
                linesBefore = parser.getCurrentLineNumber();
                if (!fields.stream().allMatch(String::isBlank)) {
                    handler.row(line, fields.toArray(String[]::new));
                }
            }
            return header;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text after a UTF-8 byte order mark (Excel writes one), so that a quoted first header is still quoted. */
    private static Reader withoutByteOrderMark(Reader source) throws IOException {
        PushbackReader reader = new PushbackReader(source, 1);
        int first = reader.read();
        if (first >= 0 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }

    private static boolean hasNext(String fileName, Iterator<CSVRecord> records, long line) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            throw unreadable(fileName, line, e);
        }
    }

    private static List<String> next(String fileName, Iterator<CSVRecord> records, long line) {
        try {
            return records.hasNext() ? records.next().toList() : List.of();
        } catch (UncheckedIOException e) {
            throw unreadable(fileName, line, e);
        }
    }

    private static RuntimeException unreadable(String fileName, long line, UncheckedIOException e) {
        if (e.getCause() instanceof CSVException) {
            return new ImportException(
                    List.of(new ImportProblem(fileName, (int) line, "", ImportProblemCode.CSV_QUOTE_BROKEN)));
        }
        return e;
    }
}
