package se.ekonomiuppfoljning.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
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
                new Object[]{"Belopp", "Ansvar", "Konto", "Period"},
                new Object[]{409283.5, 1150, 5011, 202602},
                new Object[]{"-12,50", "1150", "3510", "2026-01"},
                new Object[]{100, 1120, 5011, LocalDate.of(2026, 3, 1)});
        assertThat(XlsxAmountReader.looksLikeXlsx(xlsx)).isTrue();

        AmountRows rows = XlsxAmountReader.read("utfall.xlsx", new ByteArrayInputStream(xlsx));
        List<AmountLine> lines = rows.lines();
        assertThat(lines).extracting(l -> l.unit().value() + " " + l.account() + " " + l.period() + " " + l.amount())
                .containsExactly("1150 5011 2026-02 409283.50", "1150 3510 2026-01 -12.50", "1120 5011 2026-03 100.00");
        assertThat(lines.get(2).period()).isEqualTo(new Period(2026, 3));
        assertThat(rows.unitLines()).isEqualTo(java.util.Map.of(UnitCode.of("1150"), 2, UnitCode.of("1120"), 4));
    }

    @Test
    void problems_name_the_sheets_row_and_the_field() throws IOException {
        byte[] xlsx = workbook(
                new Object[]{"ansvar", "konto", "period", "belopp"},
                new Object[]{1150, 5011, 202602, 1.234},
                new Object[]{1150, "x", 202602, 1});
        assertThatThrownBy(() -> XlsxAmountReader.read("budget.xlsx", new ByteArrayInputStream(xlsx)))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems()).extracting(Object::toString)
                        .containsExactly(
                                "budget.xlsx, rad 2, fält \"belopp\": beloppet ska vara kronor med högst två decimaler, var \"1.234\"",
                                "budget.xlsx, rad 3, fält \"konto\": kontot ska vara siffror, var \"x\""));
    }

    @Test
    void a_missing_column_or_a_broken_file_is_refused_in_swedish() throws IOException {
        byte[] xlsx = workbook(new Object[]{"ansvar", "konto", "belopp"});
        assertThatThrownBy(() -> XlsxAmountReader.read("b.xlsx", new ByteArrayInputStream(xlsx)))
                .hasMessage("b.xlsx, rad 1, fält \"period\": kolumnen saknas i rubrikraden");
        assertThatThrownBy(() -> XlsxAmountReader.read("b.xlsx", new ByteArrayInputStream(new byte[]{'P', 'K', 3, 4, 0})))
                .hasMessageStartingWith("b.xlsx: filen kunde inte läsas som Excel (xlsx)");
    }
}
