package se.ekonomiuppfoljning.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    private static ExportTable table(List<List<ExportCell>> rows, List<ExportCell> total) {
        return new ExportTable(
                "Test",
                "Testtabell",
                List.of("namn", "belopp", "andel", "datum", "tid", "antal"),
                rows,
                total,
                List.of("¹ En fotnot som inte hör hemma bland data."));
    }

    private static List<ExportCell> row(String name, String kronor, Optional<BigDecimal> percent) {
        return List.of(
                ExportCell.text(name),
                ExportCell.amount(new BigDecimal(kronor)),
                ExportCell.percent(percent),
                ExportCell.date(LocalDate.of(2026, 3, 31)),
                ExportCell.dateTime(LocalDateTime.of(2026, 3, 2, 9, 5)),
                ExportCell.number(1234567));
    }

    @Test
    void every_cell_type_is_written_by_the_machine_file_rules() {
        String csv = CsvWriter.write(table(
                List.of(
                        row("Överförmyndarvht", "-272037.40", Optional.of(new BigDecimal("298.2"))),
                        row("Oförutsett", "0.00", Optional.empty())),
                row("Totalt", "52998765.40", Optional.of(new BigDecimal("95.9")))));

        assertThat(csv)
                .isEqualTo("namn;belopp;andel;datum;tid;antal\r\n"
                        + "Överförmyndarvht;-272;298,2;2026-03-31;2026-03-02 09:05;1234567\r\n"
                        + "Oförutsett;0;–;2026-03-31;2026-03-02 09:05;1234567\r\n"
                        + "Totalt;52999;95,9;2026-03-31;2026-03-02 09:05;1234567\r\n");
    }

    @Test
    void amounts_are_rounded_half_up_to_whole_tkr_once_and_percentages_to_one_decimal() {
        ExportTable table = new ExportTable(
                "T",
                "T",
                List.of("a", "b", "c", "d"),
                List.of(List.of(
                        ExportCell.amount(new BigDecimal("499.99")),
                        ExportCell.amount(new BigDecimal("500.00")),
                        ExportCell.amount(new BigDecimal("-500.00")),
                        ExportCell.percent(Optional.of(new BigDecimal("82.449"))))),
                null,
                List.of());

        assertThat(CsvWriter.write(table)).isEqualTo("a;b;c;d\r\n0;1;-1;82,4\r\n");
    }

    @Test
    void text_is_quoted_where_needed_and_never_runs_as_a_formula() {
        ExportTable table = new ExportTable(
                "T",
                "T",
                List.of("text"),
                List.of(
                        List.of(ExportCell.text("vanlig text")),
                        List.of(ExportCell.text("a;b")),
                        List.of(ExportCell.text("säger \"hej\"")),
                        List.of(ExportCell.text("rad ett\nrad två")),
                        List.of(ExportCell.text("=HYPERLINK(\"http://x\")")),
                        List.of(ExportCell.text("+46 8 123")),
                        List.of(ExportCell.text("-5 % mot budget")),
                        List.of(ExportCell.text("@SUM(A1)")),
                        List.of(ExportCell.indented("IT", 2)),
                        List.of(ExportCell.EMPTY)),
                null,
                List.of());

        assertThat(CsvWriter.write(table).split("\r\n", -1))
                .containsExactly(
                        "text",
                        "vanlig text",
                        "\"a;b\"",
                        "\"säger \"\"hej\"\"\"",
                        "\"rad ett\nrad två\"",
                        "\"'=HYPERLINK(\"\"http://x\"\")\"",
                        "'+46 8 123",
                        "'-5 % mot budget",
                        "'@SUM(A1)",
                        "IT",
                        "",
                        "");
    }

    @Test
    void the_file_for_excel_is_the_same_text_in_utf8_after_a_byte_order_mark() {
        ExportTable table =
                table(List.of(row("Näringslivsenheten", "124000", Optional.of(new BigDecimal("124.0")))), null);

        byte[] bytes = CsvWriter.forExcel(table);

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
                .isEqualTo(CsvWriter.write(table));
        assertThat(CsvWriter.write(table)).doesNotContain("\uFEFF", "fotnot", "Testtabell");
    }
}
