package se.ekonomiuppfoljning.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ekonomiuppfoljning.imports.ImportTexts.assertThatRefused;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.followup.AmountLine;
import se.ekonomiuppfoljning.organisation.UnitCode;

class XlsxAmountReaderTest {

    private static byte[] workbook(Object[]... rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Utfall");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (value instanceof LocalDate d) {
                        var cell = row.createCell(c);
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else {
                        row.createCell(c).setCellValue((String) value);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void reads_excel_numbers_text_and_date_cells_in_any_column_order() throws IOException {
        byte[] xlsx = workbook(
                new Object[] {"Belopp", "Ansvar", "Konto", "Period"},
                new Object[] {409283.5, 1150, 5011, 202602},
                new Object[] {"-12,50", "1150", "3510", "2026-01"},
                new Object[] {100, 1120, 5011, LocalDate.of(2026, 3, 1)});
        assertThat(XlsxAmountReader.looksLikeXlsx(xlsx)).isTrue();

        AmountRows rows = XlsxAmountReader.read("utfall.xlsx", new ByteArrayInputStream(xlsx));
        List<AmountLine> lines = rows.lines();
        assertThat(lines)
                .extracting(l -> l.unit().value() + " " + l.account() + " " + l.period() + " " + l.amount())
                .containsExactly("1150 5011 2026-02 409283.50", "1150 3510 2026-01 -12.50", "1120 5011 2026-03 100.00");
        assertThat(lines.get(2).period()).isEqualTo(new Period(2026, 3));
        assertThat(rows.unitLines()).isEqualTo(java.util.Map.of(UnitCode.of("1150"), 2, UnitCode.of("1120"), 4));
    }

    @Test
    void problems_name_the_sheets_row_and_the_field() throws IOException {
        byte[] xlsx = workbook(
                new Object[] {"ansvar", "konto", "period", "belopp"},
                new Object[] {1150, 5011, 202602, 1.234},
                new Object[] {1150, "x", 202602, 1});
        assertThatRefused(() -> XlsxAmountReader.read("budget.xlsx", new ByteArrayInputStream(xlsx)))
                .isInstanceOfSatisfying(
                        ImportException.class,
                        e -> assertThat(e.problems())
                                .extracting(ImportTexts::swedish)
                                .containsExactly(
                                        "budget.xlsx, rad 2, fält \"belopp\": beloppet ska vara kronor med högst två decimaler, var \"1.234\"",
                                        "budget.xlsx, rad 3, fält \"konto\": kontot ska vara siffror, var \"x\""));
    }

    @Test
    void a_missing_column_or_a_broken_file_is_refused_in_swedish() throws IOException {
        byte[] xlsx = workbook(new Object[] {"ansvar", "konto", "belopp"});
        assertThatRefused(() -> XlsxAmountReader.read("b.xlsx", new ByteArrayInputStream(xlsx)))
                .hasMessage("b.xlsx, rad 1, fält \"period\": kolumnen saknas i rubrikraden");
        assertThatRefused(
                        () -> XlsxAmountReader.read("b.xlsx", new ByteArrayInputStream(new byte[] {'P', 'K', 3, 4, 0})))
                .hasMessageStartingWith("b.xlsx: filen kunde inte läsas som Excel (xlsx)");
    }

    @Test
    void a_broken_xlsx_is_refused_in_swedish_naming_the_file_without_the_librarys_text() throws IOException {
        byte[] truncated = java.util.Arrays.copyOf(
                workbook(new Object[] {"ansvar", "konto", "period", "belopp"}, new Object[] {1150, 5011, 202602, 1}),
                900);
        for (byte[] broken : List.of(new byte[] {'P', 'K', 3, 4, 0}, truncated)) {
            assertThatRefused(() -> XlsxAmountReader.read("b.xlsx", new ByteArrayInputStream(broken)))
                    .isInstanceOfSatisfying(
                            ImportException.class,
                            e -> assertThat(e.problems())
                                    .extracting(ImportTexts::swedish)
                                    .containsExactly("b.xlsx: filen kunde inte läsas som Excel"
                                            + " (xlsx); spara den på nytt som Excel-arbetsbok (.xlsx) eller som CSV"));
        }
    }

    @Test
    void a_unit_code_holding_a_tab_or_a_line_break_in_a_cell_is_refused_at_its_row() throws IOException {
        byte[] xlsx = workbook(
                new Object[] {"ansvar", "konto", "period", "belopp"},
                new Object[] {"11\t50", 5011, 202602, 1},
                new Object[] {"SB\nF", 5011, 202602, 1});
        assertThatRefused(() -> XlsxAmountReader.read("u.xlsx", new ByteArrayInputStream(xlsx)))
                .isInstanceOfSatisfying(
                        ImportException.class,
                        e -> assertThat(e.problems())
                                .extracting(ImportTexts::swedish)
                                .containsExactly(
                                        "u.xlsx, rad 2, fält \"ansvar\": ansvarskoden får bara innehålla bokstäver (A–Ö),"
                                                + " siffror, mellanslag och - _ ., var \"11\\t50\" (tecknet tabb)",
                                        "u.xlsx, rad 3, fält \"ansvar\": ansvarskoden får bara innehålla bokstäver (A–Ö),"
                                                + " siffror, mellanslag och - _ ., var \"SB\\nF\" (tecknet radbrytning)"));
    }

    /**
     * An xlsx whose sheet is {@code rows} copies of one row, written as a stream: a gigabyte of XML packs into about
     * a megabyte. {@code varying} makes each row differ (a counter), so the archive packs far less well.
     */
    static byte[] sheetOf(long rows, boolean varying) throws IOException {
        return sheetOf(rows, varying, 0);
    }

    /** A workbook of {@code rows} data rows and, if {@code strings > 0}, a shared-strings part of that many strings. */
    static byte[] sheetOf(long rows, boolean varying, long strings) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.setLevel(9);
            entry(
                    zip,
                    "[Content_Types].xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas"
                            + ".openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\""
                            + "application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType"
                            + "=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd."
                            + "openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/"
                            + "sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet"
                            + "+xml\"/><Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-"
                            + "officedocument.spreadsheetml.sharedStrings+xml\"/></Types>");
            entry(
                    zip,
                    "_rels/.rels",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas"
                            + ".openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas"
                            + ".openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                            + "</Relationships>");
            entry(
                    zip,
                    "xl/workbook.xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas"
                            + ".openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/"
                            + "officeDocument/2006/relationships\"><sheets><sheet name=\"Utfall\" sheetId=\"1\" r:id=\"rId1\"/>"
                            + "</sheets></workbook>");
            entry(
                    zip,
                    "xl/_rels/workbook.xml.rels",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns="
                            + "\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type="
                            + "\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target="
                            + "\"worksheets/sheet1.xml\"/>"
                            + (strings > 0
                                    ? "<Relationship Id=\"rId2\" Type=\"http://schemas"
                                            + ".openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                                    : "")
                            + "</Relationships>");
            if (strings > 0) {
                zip.putNextEntry(new java.util.zip.ZipEntry("xl/sharedStrings.xml"));
                java.io.Writer shared = new java.io.BufferedWriter(
                        new java.io.OutputStreamWriter(zip, java.nio.charset.StandardCharsets.UTF_8), 1 << 16);
                shared.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org"
                        + "/spreadsheetml/2006/main\">");
                for (long i = 0; i < strings; i++) {
                    shared.write("<si><t>text " + (i * 7919 % 1_000_003) + " " + (i * 104_729 % 999_983) + "</t></si>");
                }
                shared.write("</sst>");
                shared.flush();
                zip.closeEntry();
            }
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            java.io.Writer sheet = new java.io.BufferedWriter(
                    new java.io.OutputStreamWriter(zip, java.nio.charset.StandardCharsets.UTF_8), 1 << 16);
            sheet.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats"
                    + ".org/spreadsheetml/2006/main\"><sheetData><row><c t=\"inlineStr\"><is><t>ansvar</t></is></c>"
                    + "<c t=\"inlineStr\"><is><t>konto</t></is></c><c t=\"inlineStr\"><is><t>period</t></is></c>"
                    + "<c t=\"inlineStr\"><is><t>belopp</t></is></c></row>");
            String row = "<row><c><v>1150</v></c><c><v>5011</v></c><c><v>202602</v></c><c><v>1</v></c></row>";
            for (long r = 0; r < rows; r++) {
                if (varying) {
                    sheet.write("<row><c><v>1150</v></c><c><v>5011</v></c><c><v>202602</v></c><c><v>");
                    sheet.write(Long.toString(r * 7919 % 1_000_003));
                    sheet.write("</v></c></row>");
                } else {
                    sheet.write(row);
                }
            }
            sheet.write("</sheetData></worksheet>");
            sheet.flush();
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static void entry(java.util.zip.ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new java.util.zip.ZipEntry(name));
        zip.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    @Test
    void an_xlsx_zip_bomb_of_a_gigabyte_sheet_in_a_megabyte_is_refused_in_swedish_without_a_memory_spike()
            throws IOException {
        byte[] bomb = sheetOf(13_000_000, false); // 13 M rows of 83 bytes: 1.08 GB of XML
        assertThat(bomb.length).isLessThan(4 << 20);
        java.lang.management.MemoryMXBean memory = java.lang.management.ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        long start = System.nanoTime();
        assertThatRefused(() -> FileReaders.read(
                        "bomb.xlsx", ImportKind.ACTUALS_CSV, new ByteArrayInputStream(bomb), 300L << 20, b -> {}))
                .isInstanceOfSatisfying(
                        ImportException.class,
                        e -> assertThat(e.problems())
                                .extracting(ImportTexts::swedish)
                                .containsExactly(
                                        "bomb.xlsx: filen packas upp till mångdubbelt sin storlek och läses inte (en så"
                                                + " kallad zip-bomb)"));
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        long after = memory.getHeapMemoryUsage().getUsed();
        System.out.printf(
                "zip bomb of %d bytes refused in %d s; heap %d MB before, %d MB after%n",
                bomb.length, seconds, before >> 20, after >> 20);
        assertThat(after - before).isLessThan(200L << 20);
    }

    @Test
    void shared_strings_that_unpack_past_the_fixed_bound_of_a_part_held_in_memory_are_refused_whatever_the_file_limit()
            throws IOException {
        byte[] xlsx = sheetOf(1, false, 800_000); // about 30 MB of shared strings, which POI would hold in memory
        long limit = 300L << 20;
        assertThat((long) xlsx.length).isLessThan(limit);
        assertThatRefused(() -> FileReaders.read(
                        "strangar.xlsx", ImportKind.ACTUALS_CSV, new ByteArrayInputStream(xlsx), limit, b -> {}))
                .isInstanceOfSatisfying(
                        ImportException.class,
                        e -> assertThat(e.problems())
                                .extracting(ImportTexts::swedish)
                                .containsExactly(
                                        "strangar.xlsx: filen packas upp till mer än 16 MB per del och läses inte (en"
                                                + " så kallad zip-bomb eller ett för stort blad)"));
    }

    @Test
    void a_sheet_that_unpacks_to_more_than_four_times_the_file_limit_is_refused_while_it_streams() throws IOException {
        byte[] xlsx = sheetOf(400_000, true); // about 35 MB of XML, a few MB packed
        long limit = 8L << 20;
        assertThat((long) xlsx.length).isLessThan(limit);
        assertThatRefused(() -> FileReaders.read(
                        "stort.xlsx", ImportKind.ACTUALS_CSV, new ByteArrayInputStream(xlsx), limit, b -> {}))
                .isInstanceOfSatisfying(
                        ImportException.class,
                        e -> assertThat(e.problems())
                                .extracting(ImportTexts::swedish)
                                .containsExactly(
                                        "stort.xlsx: filen packas upp till mer än 32 MB per del och läses inte (en så"
                                                + " kallad zip-bomb eller ett för stort blad)"));
    }
}
