package se.ekonomiuppfoljning.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** What the grid exports write, commons-csv reads back to the same values, whatever the text holds. */
class CsvRoundTripTest {

    static final List<String> AWKWARD = List.of(
            "vanlig text",
            "a;b",
            "säger \"hej\"",
            "\"",
            "rad ett\nrad två",
            "rad ett\r\nrad två",
            "sista\r",
            " börjar med blanksteg",
            "slutar med blanksteg ",
            "#1 prioritet",
            "Förvaltning; \"Nord\"\nAvdelning 2",
            "");

    static List<List<String>> read(String csv) throws IOException {
        List<List<String>> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(csv))
                .setFormat(CsvWriter.FORMAT.builder().setIgnoreEmptyLines(false).get())
                .get()) {
            for (CSVRecord record : parser) {
                records.add(record.toList());
            }
        }
        return records;
    }

    @Test
    void every_text_a_grid_export_writes_reads_back_as_it_was_written() throws IOException {
        List<List<ExportCell>> rows = new ArrayList<>();
        for (String text : AWKWARD) {
            rows.add(List.of(
                    ExportCell.text(text),
                    ExportCell.amount(new BigDecimal("-1234567.00")),
                    ExportCell.percent(Optional.of(new BigDecimal("82.4"))),
                    ExportCell.date(LocalDate.of(2026, 2, 28)),
                    ExportCell.text(text)));
        }
        ExportTable table = new ExportTable(
                "T", "T", List.of("namn; \"kort\"", "belopp", "procent", "datum", "text"), rows, null, List.of());

        List<List<String>> read = read(CsvWriter.write(table));

        assertThat(read).hasSize(AWKWARD.size() + 1);
        assertThat(read.get(0)).isEqualTo(table.headers());
        for (int i = 0; i < AWKWARD.size(); i++) {
            assertThat(read.get(i + 1))
                    .as("row %d", i)
                    .containsExactly(AWKWARD.get(i), "-1235", "82,4", "2026-02-28", AWKWARD.get(i));
        }
    }

    @Test
    void a_text_a_spreadsheet_would_run_reads_back_with_its_guarding_apostrophe_only() throws IOException {
        ExportTable table = new ExportTable(
                "T",
                "T",
                List.of("text"),
                List.of(List.of(ExportCell.text("=HYPERLINK(\"x;y\")")), List.of(ExportCell.text("-5 %"))),
                null,
                List.of());

        assertThat(read(CsvWriter.write(table)))
                .containsExactly(List.of("text"), List.of("'=HYPERLINK(\"x;y\")"), List.of("'-5 %"));
    }

    @Test
    void ordinary_values_are_written_without_quotes_and_an_empty_first_field_stays_empty() {
        ExportTable table = new ExportTable(
                "T",
                "T",
                List.of("a", "b", "c"),
                List.of(
                        List.of(ExportCell.EMPTY, ExportCell.text("Gata och park"), ExportCell.number(7)),
                        List.of(ExportCell.text("IT"), ExportCell.EMPTY, ExportCell.EMPTY)),
                null,
                List.of());

        assertThat(CsvWriter.write(table)).isEqualTo("a;b;c\r\n;Gata och park;7\r\nIT;;\r\n");
    }
}
