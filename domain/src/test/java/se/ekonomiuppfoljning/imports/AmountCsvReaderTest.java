package se.ekonomiuppfoljning.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ekonomiuppfoljning.imports.ImportTexts.assertThatRefused;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.followup.AmountLine;
import se.ekonomiuppfoljning.organisation.UnitCode;

class AmountCsvReaderTest {

    @Test
    void reads_decimal_comma_and_point_and_both_period_forms() {
        AmountRows rows = AmountCsvReader.read(
                "utfall.csv",
                new StringReader(
                        "\uFEFFansvar;konto;period;belopp\n1150;5011;2026-02;409283,50\n\n1150;3510;202601;-12.5\n1120;3510;202601;1\n"));
        List<AmountLine> lines = rows.lines().subList(0, 2);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).amount()).isEqualByComparingTo("409283.50");
        assertThat(lines.get(1).period()).isEqualTo(new Period(2026, 1));
        assertThat(lines.get(1).amount()).isEqualByComparingTo("-12.50");
        assertThat(rows.unitLines()).isEqualTo(java.util.Map.of(UnitCode.of("1150"), 2, UnitCode.of("1120"), 5));
    }

    @Test
    void every_bad_field_is_reported_with_file_line_and_field_in_swedish() {
        assertThatRefused(() -> AmountCsvReader.read(
                        "utfall.csv",
                        new StringReader("ansvar;konto;period;belopp\n1150;50x1;2026-02;1,234\n;5011;2026-14;12\n")))
                .isInstanceOfSatisfying(
                        ImportException.class,
                        e -> assertThat(e.problems())
                                .extracting(ImportTexts::swedish)
                                .containsExactly(
                                        "utfall.csv, rad 2, fält \"konto\": kontot ska vara siffror, var \"50x1\"",
                                        "utfall.csv, rad 2, fält \"belopp\": beloppet ska vara kronor med högst två decimaler, var \"1,234\"",
                                        "utfall.csv, rad 3, fält \"ansvar\": ansvarskod saknas",
                                        "utfall.csv, rad 3, fält \"period\": perioden ska skrivas ÅÅÅÅ-MM, var \"2026-14\""));
    }

    @Test
    void missing_columns_and_empty_files_are_refused() {
        assertThatRefused(() -> AmountCsvReader.read("b.csv", new StringReader("ansvar;konto;belopp\n")))
                .hasMessage("b.csv, rad 1, fält \"period\": kolumnen saknas i rubrikraden");
        assertThatRefused(() -> AmountCsvReader.read("b.csv", new StringReader("")))
                .hasMessage("b.csv: filen är tom");
    }

    @Test
    void a_unit_code_holding_a_tab_or_a_backslash_is_refused_at_its_line_before_it_reaches_the_bulk_load() {
        assertThatRefused(
                        () -> AmountCsvReader.read(
                                "utfall.csv",
                                new StringReader(
                                        "ansvar;konto;period;belopp\n11\t50;5011;2026-02;1\nSB\\F;5011;2026-02;1\nsbf;5011;2026-02;1\n")))
                .isInstanceOfSatisfying(
                        ImportException.class,
                        e -> assertThat(e.problems())
                                .extracting(ImportTexts::swedish)
                                .containsExactly(
                                        "utfall.csv, rad 2, fält \"ansvar\": ansvarskoden får bara innehålla bokstäver"
                                                + " (A–Ö), siffror, mellanslag och - _ ., var \"11\\t50\" (tecknet tabb)",
                                        "utfall.csv, rad 3, fält \"ansvar\": ansvarskoden får bara innehålla bokstäver"
                                                + " (A–Ö), siffror, mellanslag och - _ ., var \"SB\\\\F\" (tecknet \"\\\")"));
    }

    @Test
    void a_unit_code_in_lower_case_is_read_as_the_upper_case_code_the_database_matches() {
        AmountRows rows = AmountCsvReader.read(
                "utfall.csv", new StringReader("ansvar;konto;period;belopp\nsbf;5011;2026-02;1\nSBF;5011;2026-03;2\n"));
        assertThat(rows.lines()).extracting(l -> l.unit().value()).containsExactly("SBF", "SBF");
        assertThat(rows.unitLines()).isEqualTo(java.util.Map.of(UnitCode.of("SBF"), 2));
    }
}
