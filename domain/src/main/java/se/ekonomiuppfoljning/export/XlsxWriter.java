package se.ekonomiuppfoljning.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.ekonomiuppfoljning.common.SwedishFormat;

/**
 * An {@link ExportTable} as an Excel workbook of one sheet named after the table: the title in the first row,
 * the bold headers in the second (both frozen and repeated on printed pages), the rows, the bold total row and
 * the footnotes below.
 *
 * <p>Numbers stay numbers: an amount is a numeric cell holding the exact value in tkr (kronor / 1000,
 * unrounded) under the built-in format {@value #AMOUNT_FORMAT}, which shows whole tkr with the reader's own
 * thousands separator; a percentage is the fraction (95,9 % = 0.959) under {@value #PERCENT_FORMAT}; dates are
 * dates. So sums in Excel are sums of kronor, as in the portal.
 */
public final class XlsxWriter {

    public static final String AMOUNT_FORMAT = "#,##0";
    public static final String PERCENT_FORMAT = "0.0 %";
    public static final String DATE_FORMAT = "yyyy-mm-dd";
    public static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";
    public static final String NUMBER_FORMAT = "0";
    /** Row index (0-based) of the headers; data starts below. */
    public static final int HEADER_ROW = 1;
    /** Columns wider than this (in characters) wrap their text instead. */
    static final int MAX_WIDTH = 60;

    private static final int MIN_WIDTH = 6;

    private XlsxWriter() {}

    public static byte[] write(ExportTable table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(table, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static void write(ExportTable table, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.getProperties().getCoreProperties().setTitle(table.title());
            workbook.getProperties().getCoreProperties().setCreator("Ekonomiuppföljning");
            Styles styles = new Styles(workbook);
            String sheetName = table.name().isBlank() ? "Tabell" : WorkbookUtil.createSafeSheetName(table.name());
            Sheet sheet = workbook.createSheet(sheetName);
            int[] widths = widths(table);
            boolean[] wrap = new boolean[widths.length];
            for (int i = 0; i < widths.length; i++) {
                wrap[i] = widths[i] > MAX_WIDTH;
                sheet.setColumnWidth(i, Math.min(widths[i], MAX_WIDTH) * 256 + 512);
            }

            Cell title = sheet.createRow(0).createCell(0);
            title.setCellValue(table.title());
            title.setCellStyle(styles.title());
            Row headers = sheet.createRow(HEADER_ROW);
            for (int i = 0; i < table.headers().size(); i++) {
                Cell cell = headers.createCell(i);
                cell.setCellValue(table.headers().get(i));
                cell.setCellStyle(styles.header());
            }
            sheet.createFreezePane(0, HEADER_ROW + 1);
            sheet.setRepeatingRows(new CellRangeAddress(0, HEADER_ROW, -1, -1));

            int r = HEADER_ROW + 1;
            for (List<ExportCell> row : table.rows()) {
                writeRow(sheet.createRow(r++), row, styles, wrap, false);
            }
            if (table.total() != null) {
                writeRow(sheet.createRow(r++), table.total(), styles, wrap, true);
            }
            if (!table.footnotes().isEmpty()) {
                r++;
                for (String footnote : table.footnotes()) {
                    Cell cell = sheet.createRow(r++).createCell(0);
                    cell.setCellValue(footnote);
                    cell.setCellStyle(styles.footnote());
                }
            }
            sheet.getPrintSetup().setLandscape(true);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            workbook.write(out);
        }
    }

    private static void writeRow(Row row, List<ExportCell> cells, Styles styles, boolean[] wrap, boolean bold) {
        for (int i = 0; i < cells.size(); i++) {
            ExportCell value = cells.get(i);
            Cell cell = row.createCell(i);
            if (value instanceof ExportCell.Text text) {
                cell.setCellValue(text.value());
                cell.setCellStyle(styles.get(Kind.TEXT, bold, text.indent(), wrap[i]));
            } else if (value instanceof ExportCell.Amount amount) {
                cell.setCellValue(amount.kronor().movePointLeft(3).doubleValue());
                cell.setCellStyle(styles.get(Kind.AMOUNT, bold, 0, false));
            } else if (value instanceof ExportCell.Percent percent) {
                if (percent.percent() == null) {
                    cell.setCellValue(SwedishFormat.NO_PERCENT);
                    cell.setCellStyle(styles.get(Kind.NO_PERCENT, bold, 0, false));
                } else {
                    cell.setCellValue(percent.percent().movePointLeft(2).doubleValue());
                    cell.setCellStyle(styles.get(Kind.PERCENT, bold, 0, false));
                }
            } else if (value instanceof ExportCell.Date date) {
                cell.setCellValue(date.date());
                cell.setCellStyle(styles.get(Kind.DATE, bold, 0, false));
            } else if (value instanceof ExportCell.DateTime time) {
                cell.setCellValue(time.time());
                cell.setCellStyle(styles.get(Kind.DATE_TIME, bold, 0, false));
            } else if (value instanceof ExportCell.WholeNumber number) {
                cell.setCellValue(number.value());
                cell.setCellStyle(styles.get(Kind.NUMBER, bold, 0, false));
            }
        }
    }

    /** Each column's width in characters: the widest header or cell as the portal would print it. */
    private static int[] widths(ExportTable table) {
        int[] widths = new int[table.headers().size()];
        Arrays.fill(widths, MIN_WIDTH);
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Math.max(widths[i], table.headers().get(i).length() + 2);
        }
        List<List<ExportCell>> all = new ArrayList<>(table.rows());
        table.totalRow().ifPresent(all::add);
        for (List<ExportCell> row : all) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], shownLength(row.get(i)));
            }
        }
        return widths;
    }

    private static int shownLength(ExportCell cell) {
        if (cell instanceof ExportCell.Text text) {
            int longest = Arrays.stream(text.value().split("\\R", -1))
                    .mapToInt(String::length)
                    .max()
                    .orElse(0);
            return longest + 2 * text.indent();
        } else if (cell instanceof ExportCell.Amount amount) {
            return SwedishFormat.tkr(amount.kronor()).length() + 1;
        } else if (cell instanceof ExportCell.Percent percent) {
            return SwedishFormat.percent(percent.value()).length() + 1;
        } else if (cell instanceof ExportCell.Date) {
            return DATE_FORMAT.length();
        } else if (cell instanceof ExportCell.DateTime) {
            return DATE_TIME_FORMAT.length();
        } else if (cell instanceof ExportCell.WholeNumber number) {
            return Long.toString(number.value()).length();
        }
        return 0;
    }

    private enum Kind {
        TEXT,
        AMOUNT,
        PERCENT,
        NO_PERCENT,
        DATE,
        DATE_TIME,
        NUMBER
    }

    private record StyleKey(Kind kind, boolean bold, int indent, boolean wrap) {}

    /** The workbook's cell styles, made once each (Excel limits a workbook to about 64 000 styles). */
    private static final class Styles {

        private final XSSFWorkbook workbook;
        private final Font boldFont;
        private final Map<StyleKey, CellStyle> made = new HashMap<>();
        private final CellStyle title;
        private final CellStyle header;
        private final CellStyle footnote;

        Styles(XSSFWorkbook workbook) {
            this.workbook = workbook;
            boldFont = workbook.createFont();
            boldFont.setBold(true);
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 13);
            title = workbook.createCellStyle();
            title.setFont(titleFont);
            header = workbook.createCellStyle();
            header.setFont(boldFont);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.BOTTOM);
            Font italic = workbook.createFont();
            italic.setItalic(true);
            footnote = workbook.createCellStyle();
            footnote.setFont(italic);
        }

        CellStyle title() {
            return title;
        }

        CellStyle header() {
            return header;
        }

        CellStyle footnote() {
            return footnote;
        }

        CellStyle get(Kind kind, boolean bold, int indent, boolean wrap) {
            return made.computeIfAbsent(new StyleKey(kind, bold, indent, wrap), this::create);
        }

        private CellStyle create(StyleKey key) {
            CellStyle style = workbook.createCellStyle();
            style.setVerticalAlignment(VerticalAlignment.TOP);
            if (key.bold()) {
                style.setFont(boldFont);
                style.setBorderTop(BorderStyle.THIN);
            }
            switch (key.kind()) {
                case TEXT -> {
                    style.setIndention((short) Math.min(key.indent(), 15));
                    style.setWrapText(key.wrap());
                }
                case AMOUNT -> style.setDataFormat(workbook.createDataFormat().getFormat(AMOUNT_FORMAT));
                case PERCENT -> style.setDataFormat(workbook.createDataFormat().getFormat(PERCENT_FORMAT));
                case NO_PERCENT -> style.setAlignment(HorizontalAlignment.RIGHT);
                case DATE -> style.setDataFormat(workbook.createDataFormat().getFormat(DATE_FORMAT));
                case DATE_TIME ->
                    style.setDataFormat(workbook.createDataFormat().getFormat(DATE_TIME_FORMAT));
                case NUMBER -> style.setDataFormat(workbook.createDataFormat().getFormat(NUMBER_FORMAT));
                default -> throw new IllegalStateException("unknown kind " + key.kind());
            }
            return style;
        }
    }
}
