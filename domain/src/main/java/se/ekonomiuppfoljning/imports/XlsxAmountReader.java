package se.ekonomiuppfoljning.imports;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import se.ekonomiuppfoljning.followup.AmountLine;
import se.ekonomiuppfoljning.organisation.UnitCode;

/**
 * Reads budget or actual amounts from the first sheet of an Excel file (xlsx) with the same columns as the CSV
 * ({@code ansvar, konto, period, belopp} in the first row, any order). Numbers may be Excel numbers or text;
 * a period may be text (2026-02), a number (202602) or a date cell. Problems name the sheet's row number.
 *
 * <p>The sheet is read as a stream of XML (POI's {@link XSSFReader}, SAX), never built as a workbook in memory, from
 * a temporary copy of the file that is deleted when reading ends. What the archive unpacks to is bounded: POI's own
 * zip-bomb ratio (its default, not lowered) and {@code maxUnpacked} bytes for the sheet, the shared strings and the
 * styles each, so a few MB that expand to gigabytes are refused after reading little more than the bound. A file
 * that is no xlsx is refused with a problem naming the file, without the library's text.
 */
public final class XlsxAmountReader {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    private XlsxAmountReader() {}

    /** Whether the bytes start like an xlsx (a ZIP archive). */
    public static boolean looksLikeXlsx(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /** Reads with the parts unpacked to at most 1 GB each. */
    public static AmountRows read(String fileName, InputStream in) {
        return read(fileName, in, 1L << 30);
    }

    public static AmountRows read(String fileName, InputStream in, long maxUnpacked) {
        Path copy = null;
        try {
            copy = Files.createTempFile("import-", ".xlsx");
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            return read(fileName, copy.toFile(), maxUnpacked);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException ignored) {
                    copy.toFile().deleteOnExit();
                }
            }
        }
    }

    /**
     * The shared strings and the styles are held in memory whole (POI's tables), so they get a fixed bound of their
     * own, far below the sheet's: a ledger export's strings are codes and periods, a few kilobytes.
     */
    static final long MAX_IN_MEMORY_PART = 16L << 20;

    private static AmountRows read(String fileName, File file, long maxUnpacked) {
        long inMemory = Math.min(maxUnpacked, MAX_IN_MEMORY_PART);
        try (OPCPackage pkg = OPCPackage.open(file, PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings;
            try (InputStream data = reader.getSharedStringsData()) {
                strings = data == null
                        ? null
                        : new ReadOnlySharedStringsTable(new Bounded(data, inMemory, fileName), false);
            } catch (InvalidFormatException | IllegalArgumentException noStrings) {
                strings = null;
            }
            StylesTable styles = null;
            try (InputStream data = reader.getStylesData()) {
                if (data != null) {
                    styles = new StylesTable(new Bounded(data, inMemory, fileName));
                }
            } catch (InvalidFormatException | IllegalArgumentException noStyles) {
                styles = null;
            }
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw refused(fileName, ImportProblemCode.XLSX_NO_SHEET);
            }
            SheetRows rows = new SheetRows(fileName, strings, styles);
            try (InputStream sheet = new Bounded(sheets.next(), maxUnpacked, fileName)) {
                XMLReader xml = parser();
                xml.setContentHandler(rows);
                xml.parse(new InputSource(sheet));
            }
            return rows.result();
        } catch (ImportException refused) {
            throw refused;
        } catch (BoundExceeded tooLarge) {
            throw tooLarge(fileName, tooLarge.max);
        } catch (Exception e) {
            ImportException inner = cause(e, ImportException.class);
            if (inner != null) {
                throw inner;
            }
            BoundExceeded bound = cause(e, BoundExceeded.class);
            if (bound != null) {
                throw tooLarge(fileName, bound.max);
            }
            if (mentions(e, "Zip bomb")) {
                throw refused(fileName, ImportProblemCode.XLSX_ZIP_BOMB);
            }
            throw refused(fileName, ImportProblemCode.XLSX_UNREADABLE);
        }
    }

    private static boolean mentions(Throwable e, String text) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (String.valueOf(t.getMessage()).contains(text)) {
                return true;
            }
        }
        return false;
    }

    private static <T extends Throwable> @Nullable T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static ImportException refused(String fileName, ImportProblemCode code, Object... arguments) {
        return new ImportException(List.of(new ImportProblem(fileName, 0, "", code, arguments)));
    }

    private static XMLReader parser() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        return factory.newSAXParser().getXMLReader();
    }

    /** The sheet's rows as they stream by: the header row first, then one amount line per row. */
    private static final class SheetRows extends DefaultHandler {
        private final String fileName;
        private final @Nullable ReadOnlySharedStringsTable strings;
        private final @Nullable StylesTable styles;
        private final List<ImportProblem> problems = new ArrayList<>();
        private final List<AmountLine> lines = new ArrayList<>();
        private final Map<UnitCode, Integer> unitLines = new HashMap<>();
        private @Nullable List<String> names;
        private int @Nullable [] index;
        private final Map<Integer, String> cells = new HashMap<>();
        private int rowNumber;
        private int nextColumn;
        private int column;
        private String type = "n";
        private int style = -1;
        private final StringBuilder value = new StringBuilder();
        private boolean inValue;

        SheetRows(String fileName, @Nullable ReadOnlySharedStringsTable strings, @Nullable StylesTable styles) {
            this.fileName = fileName;
            this.strings = strings;
            this.styles = styles;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells.clear();
                    nextColumn = 0;
                }
                case "c" -> {
                    String r = attributes.getValue("r");
                    column = r == null ? nextColumn : new CellReference(r).getCol();
                    nextColumn = column + 1;
                    type = attributes.getValue("t") == null ? "n" : attributes.getValue("t");
                    String s = attributes.getValue("s");
                    style = s == null ? -1 : Integer.parseInt(s);
                    value.setLength(0);
                }
                case "v", "t" -> inValue = true;
                default -> {}
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v", "t" -> inValue = false;
                case "c" -> cells.put(column, text());
                case "row" -> row();
                default -> {}
            }
        }

        private String text() {
            String raw = value.toString();
            return switch (type) {
                case "s" -> {
                    ReadOnlySharedStringsTable table = strings;
                    int i = parseIndex(raw);
                    yield table == null || i < 0 || i >= table.getUniqueCount()
                            ? ""
                            : table.getItemAt(i).getString().strip();
                }
                case "inlineStr", "str" -> raw.strip();
                case "b" -> "1".equals(raw) ? "true" : "false";
                case "e" -> "";
                default -> number(raw);
            };
        }

        private String number(String raw) {
            if (raw.isBlank()) {
                return "";
            }
            double number;
            try {
                number = Double.parseDouble(raw);
            } catch (NumberFormatException e) {
                return raw.strip();
            }
            if (isDate()) {
                return MONTH.format(DateUtil.getLocalDateTime(number));
            }
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }

        private boolean isDate() {
            StylesTable table = styles;
            if (table == null || style < 0 || style >= table.getNumCellStyles()) {
                return false;
            }
            XSSFCellStyle cellStyle = table.getStyleAt(style);
            return cellStyle != null
                    && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
        }

        private static int parseIndex(String raw) {
            try {
                return Integer.parseInt(raw.strip());
            } catch (NumberFormatException e) {
                return -1;
            }
        }

        private void row() {
            if (names == null) {
                header();
                return;
            }
            String[] fields = new String[names.size()];
            boolean blank = true;
            for (int c = 0; c < fields.length; c++) {
                fields[c] = cells.getOrDefault(c, "");
                blank &= fields[c].isBlank();
            }
            if (blank) {
                return;
            }
            int[] columns = index;
            if (columns == null) {
                return; // no header found yet: the header's own problem is already reported
            }
            AmountLine line = AmountCsvReader.parse(fileName, rowNumber, fields, columns, problems, unitLines);
            if (line != null) {
                lines.add(line);
            }
            if (problems.size() >= 100) {
                problems.add(new ImportProblem(fileName, rowNumber, "", ImportProblemCode.TOO_MANY_ERRORS));
                throw new ImportException(problems, unitLines);
            }
        }

        private void header() {
            int last = cells.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
            List<String> header = new ArrayList<>();
            for (int c = 0; c <= last; c++) {
                header.add(cells.getOrDefault(c, "").toLowerCase(Locale.ROOT));
            }
            int[] columns = new int[AmountCsvReader.COLUMNS.size()];
            for (int i = 0; i < columns.length; i++) {
                columns[i] = header.indexOf(AmountCsvReader.COLUMNS.get(i));
                if (columns[i] < 0) {
                    problems.add(new ImportProblem(
                            fileName, rowNumber, AmountCsvReader.COLUMNS.get(i), ImportProblemCode.COLUMN_MISSING));
                }
            }
            if (!problems.isEmpty()) {
                throw new ImportException(problems);
            }
            names = header;
            index = columns;
        }

        AmountRows result() {
            if (names == null) {
                throw new ImportException(
                        List.of(new ImportProblem(fileName, 0, "", ImportProblemCode.XLSX_SHEET_EMPTY)));
            }
            if (!problems.isEmpty()) {
                throw new ImportException(problems, unitLines);
            }
            return new AmountRows(lines, unitLines);
        }
    }

    /** A part's unpacked bytes, refused past the bound while they stream. */
    private static final class Bounded extends BoundedInputStream {

        Bounded(InputStream in, long max, String fileName) {
            super(in, max);
        }

        @Override
        RuntimeException exceeded(long max) {
            return new BoundExceeded(max);
        }
    }

    private static ImportException tooLarge(String fileName, long max) {
        return refused(fileName, ImportProblemCode.XLSX_PART_TOO_LARGE, max / (1024 * 1024));
    }

    /** Thrown out of the XML parser when a part unpacks past its bound. */
    private static final class BoundExceeded extends RuntimeException {
        final long max;

        BoundExceeded(long max) {
            super(null, null, false, false);
            this.max = max;
        }
    }
}
