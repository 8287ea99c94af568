package se.ekonomiuppfoljning.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.common.SwedishFormat;

class XlsxWriterTest {

    private static final DataFormatter SWEDISH = new DataFormatter(Locale.forLanguageTag("sv-SE"));

    private static Workbook read(ExportTable table) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(XlsxWriter.write(table)));
    }

    /**
     * As a Swedish Excel would show it (POI's formatter in sv-SE: grouping by space, decimal comma, U+2212 minus),
     * with any no-break or narrow no-break space read as a space.
     */
    private static String shown(Cell cell) {
        return SWEDISH.formatCellValue(cell).replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    private static BigDecimal exact(Cell cell) {
        return BigDecimal.valueOf(cell.getNumericCellValue());
    }

    private static ExportTable seedTotal() {
        return new ExportTable(
                "Uppföljning KLS 2026-02",
                "Kommunledningsstaben, februari 2026 (i tusentals kronor)",
                List.of(
                        "Enhet",
                        "Budget feb",
                        "Avvikelse feb",
                        "% av budget feb",
                        "Saknas",
                        "Klart senast",
                        "Ändrad",
                        "Öppna åtgärder"),
                List.of(List.of(
                        ExportCell.indented("Överförmyndarvht", 1),
                        ExportCell.amount(new BigDecimal("136854.12")),
                        ExportCell.amount(new BigDecimal("-272037.40")),
                        ExportCell.percent(Optional.of(new BigDecimal("298.2"))),
                        ExportCell.percent(Optional.empty()),
                        ExportCell.date(LocalDate.of(2026, 6, 30)),
                        ExportCell.dateTime(LocalDateTime.of(2026, 3, 2, 9, 5)),
                        ExportCell.number(2))),
                List.of(
                        ExportCell.text("Totalt KLS"),
                        ExportCell.amount(new BigDecimal("3483236.00")),
                        ExportCell.amount(new BigDecimal("143236.00")),
                        ExportCell.percent(Optional.of(new BigDecimal("95.9"))),
                        ExportCell.EMPTY,
                        ExportCell.EMPTY,
                        ExportCell.EMPTY,
                        ExportCell.number(3)),
                List.of("¹ TIA-avdelningen redovisas i Tekniska nämndens budgetram och ingår inte i Totalt KLS."));
    }

    @Test
    void amounts_are_numbers_in_exact_tkr_shown_as_whole_tkr() throws IOException {
        try (Workbook workbook = read(seedTotal())) {
            Sheet sheet = workbook.getSheetAt(0);
            Row total = sheet.getRow(3);
            Cell budget = total.getCell(1);

            assertThat(budget.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(exact(budget)).isEqualByComparingTo("3483.236");
            assertThat(budget.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(budget.getCellStyle().getDataFormat()).isEqualTo((short) 3);
            assertThat(shown(budget)).isEqualTo("3 483");
            Cell negative = sheet.getRow(2).getCell(2);
            assertThat(exact(negative)).isEqualByComparingTo("-272.0374");
            assertThat(shown(negative)).isEqualTo("\u2212272");
        }
    }

    @Test
    void percentages_are_fractions_with_a_percent_format_and_none_is_a_dash() throws IOException {
        try (Workbook workbook = read(seedTotal())) {
            Sheet sheet = workbook.getSheetAt(0);
            Cell percent = sheet.getRow(3).getCell(3);

            assertThat(percent.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(exact(percent)).isEqualByComparingTo("0.959");
            assertThat(percent.getCellStyle().getDataFormatString()).isEqualTo("0.0 %");
            assertThat(shown(percent)).isEqualTo("95,9 %");
            assertThat(shown(sheet.getRow(2).getCell(3))).isEqualTo("298,2 %");
            Cell none = sheet.getRow(2).getCell(4);
            assertThat(none.getCellType()).isEqualTo(CellType.STRING);
            assertThat(none.getStringCellValue()).isEqualTo("–");
        }
    }

    @Test
    void dates_are_dates_and_counts_are_numbers() throws IOException {
        try (Workbook workbook = read(seedTotal())) {
            Row row = workbook.getSheetAt(0).getRow(2);

            assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(5).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 6, 30));
            assertThat(shown(row.getCell(5))).isEqualTo("2026-06-30");
            assertThat(row.getCell(6).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 3, 2, 9, 5));
            assertThat(shown(row.getCell(6))).isEqualTo("2026-03-02 09:05");
            assertThat(row.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(2.0);
        }
    }

    @Test
    void the_sheet_is_named_after_the_table_with_title_bold_frozen_headers_total_and_footnote() throws IOException {
        try (Workbook workbook = read(seedTotal())) {
            Sheet sheet = workbook.getSheetAt(0);

            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            assertThat(sheet.getSheetName()).isEqualTo("Uppföljning KLS 2026-02");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Kommunledningsstaben, februari 2026 (i tusentals kronor)");
            Row headers = sheet.getRow(XlsxWriter.HEADER_ROW);
            List<String> texts = new ArrayList<>();
            headers.forEach(c -> texts.add(c.getStringCellValue()));
            assertThat(texts)
                    .containsExactly(
                            "Enhet",
                            "Budget feb",
                            "Avvikelse feb",
                            "% av budget feb",
                            "Saknas",
                            "Klart senast",
                            "Ändrad",
                            "Öppna åtgärder");
            assertThat(workbook.getFontAt(headers.getCell(0).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Överförmyndarvht");
            assertThat(sheet.getRow(2).getCell(0).getCellStyle().getIndention()).isEqualTo((short) 1);
            assertThat(workbook.getFontAt(
                                    sheet.getRow(2).getCell(1).getCellStyle().getFontIndex())
                            .getBold())
                    .isFalse();
            assertThat(workbook.getFontAt(
                                    sheet.getRow(3).getCell(1).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            assertThat(sheet.getRow(4)).isNull();
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).startsWith("¹ TIA-avdelningen");
            assertThat(sheet.getColumnWidth(0)).isGreaterThanOrEqualTo("Överförmyndarvht".length() * 256);
            assertThat(sheet.getColumnWidth(1)).isGreaterThanOrEqualTo("Budget feb".length() * 256);
        }
    }

    @Test
    void a_long_name_is_cut_to_a_sheet_name_excel_accepts_and_long_text_wraps() throws IOException {
        String longText = "Minska inhyrd personal genom att ".repeat(5);
        ExportTable table = new ExportTable(
                "Åtgärder: Administrativa avdelningen [februari 2026]",
                "T",
                List.of("Åtgärd"),
                List.of(List.of(ExportCell.text(longText))),
                null,
                List.of());

        try (Workbook workbook = read(table)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).hasSizeLessThanOrEqualTo(31).startsWith("Åtgärder");
            assertThat(sheet.getRow(2).getCell(0).getCellStyle().getWrapText()).isTrue();
            assertThat(sheet.getColumnWidth(0)).isLessThanOrEqualTo((XlsxWriter.MAX_WIDTH + 2) * 256);
        }
    }

    @Test
    void thousands_of_amounts_keep_every_ore_and_show_as_the_portal_rounds_them() throws IOException {
        Random random = new Random(2026);
        List<BigDecimal> amounts = new ArrayList<>(List.of(
                new BigDecimal("500.00"),
                new BigDecimal("-500.00"),
                new BigDecimal("1499.99"),
                new BigDecimal("2500.00"),
                new BigDecimal("99999999999.99")));
        for (int i = 0; i < 2000; i++) {
            amounts.add(BigDecimal.valueOf(random.nextLong() % 10_000_000_000L, 2));
        }
        ExportTable table = new ExportTable(
                "Belopp",
                "Belopp",
                List.of("belopp"),
                amounts.stream().map(a -> List.of(ExportCell.amount(a))).toList(),
                null,
                List.of());

        try (Workbook workbook = read(table)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int i = 0; i < amounts.size(); i++) {
                Cell cell = sheet.getRow(i + 2).getCell(0);
                BigDecimal kronor = amounts.get(i);
                assertThat(exact(cell)).as("row %d", i).isEqualByComparingTo(kronor.movePointLeft(3));
                assertThat(shown(cell))
                        .as("row %d", i)
                        .isEqualTo(SwedishFormat.tkr(kronor).replace('\u00A0', ' '));
            }
        }
    }
}
