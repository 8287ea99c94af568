package se.ekonomiuppfoljning.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.ekonomiuppfoljning.imports.ImportTexts.assertThatRefused;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.common.ProblemCode;
import se.ekonomiuppfoljning.export.CsvWriter;
import se.ekonomiuppfoljning.export.ExportColumns;
import se.ekonomiuppfoljning.followup.AmountLine;
import se.ekonomiuppfoljning.imports.sie.SieProblem;
import se.ekonomiuppfoljning.organisation.Unit;
import se.ekonomiuppfoljning.organisation.UnitCode;

/**
 * A file in the import layouts written as the portal writes CSV ({@link CsvWriter}) reads back through the
 * importer to the same values, names with {@code ;}, quotes and line breaks included; a problem names the line
 * its row starts on.
 */
class ImportCsvRoundTripTest {

    private record OrgRow(String code, String name, String parent, String committee) {}

    private record AmountRow(String unit, String account, String period, String amount) {}

    private static final ExportColumns<OrgRow> ORGANISATION = new ExportColumns<OrgRow>()
            .text(ImportColumns.CODE, OrgRow::code)
            .text(ImportColumns.NAME, OrgRow::name)
            .text(ImportColumns.PARENT, OrgRow::parent)
            .text(ImportColumns.COMMITTEE, OrgRow::committee);

    private static final ExportColumns<AmountRow> AMOUNTS = new ExportColumns<AmountRow>()
            .text("ansvar", AmountRow::unit)
            .text("konto", AmountRow::account)
            .text("period", AmountRow::period)
            .text("belopp", AmountRow::amount);

    @Test
    void an_organisation_written_as_csv_reads_back_with_every_name_as_it_was() {
        List<OrgRow> rows = List.of(
                new OrgRow("EXB", "Exempelby kommun; \"centralt\"", "", "KF"),
                new OrgRow("KLS", "Kommunlednings-\nstaben", "EXB", "KS"),
                new OrgRow("1120", "IT \"drift\";\r\nsupport", "KLS", ""),
                new OrgRow("1130", "\"", "KLS", "TN"));
        String csv = CsvWriter.write(ORGANISATION.table("org", "org", rows));

        List<Unit> units = OrganisationCsvReader.read("org.csv", new StringReader(csv));

        assertThat(units).extracting(u -> u.code().value()).containsExactly("EXB", "KLS", "1120", "1130");
        assertThat(units)
                .extracting(Unit::name)
                .containsExactlyElementsOf(rows.stream().map(OrgRow::name).toList());
    }

    @Test
    void amounts_written_as_csv_read_back_to_the_same_lines() {
        List<AmountRow> rows = List.of(
                new AmountRow("1150", "5011", "2026-02", "1234,50"), new AmountRow("Nord 1", "4010", "2026-03", "7"));
        String csv = CsvWriter.write(AMOUNTS.table("a", "a", rows));

        AmountRows read = AmountCsvReader.read("utfall.csv", new StringReader(csv));

        assertThat(read.lines())
                .containsExactly(
                        new AmountLine(UnitCode.of("1150"), "5011", new Period(2026, 2), new BigDecimal("1234.50")),
                        new AmountLine(UnitCode.of("NORD 1"), "4010", new Period(2026, 3), new BigDecimal("7.00")));
    }

    @Test
    void quoted_fields_are_read_without_their_quotes() {
        AmountRows read = AmountCsvReader.read(
                "utfall.csv",
                new StringReader("\"ansvar\";\"konto\";period;belopp\r\n\"1150\";\"5011\";2026-02;\"1,5\"\r\n"));

        assertThat(read.lines())
                .containsExactly(
                        new AmountLine(UnitCode.of("1150"), "5011", new Period(2026, 2), new BigDecimal("1.50")));
    }

    @Test
    void a_file_excel_saved_with_a_byte_order_mark_and_quoted_headers_is_read() {
        AmountRows read = AmountCsvReader.read(
                "utfall.csv",
                new StringReader("\uFEFF\"ansvar\";\"konto\";\"period\";\"belopp\"\r\n1150;5011;2026-02;2\r\n"));

        assertThat(read.lines()).extracting(AmountLine::amount).containsExactly(new BigDecimal("2.00"));
    }

    @Test
    void a_problem_after_a_name_over_two_lines_names_the_line_its_row_starts_on() {
        String csv = "kod;namn;överordnad;nämnd\n"
                + "EXB;\"Exempelby\nkommun\";;KF\n" // lines 2 and 3
                + "\n" // line 4, blank
                + "KLS;;EXB;KS\n"; // line 5

        assertThatRefused(() -> OrganisationCsvReader.read("org.csv", new StringReader(csv)))
                .isInstanceOfSatisfying(
                        ImportException.class,
                        e -> assertThat(e.problems())
                                .extracting(ImportTexts::swedish)
                                .containsExactly("org.csv, rad 5, fält \"namn\": namn saknas för KLS"));
        assertThat(OrganisationCsvReader.read("org.csv", new StringReader(csv.replace("KLS;;", "KLS;Stab;"))))
                .extracting(u -> u.code().value() + " " + u.sortOrder())
                .containsExactly("EXB 1", "KLS 4");
    }

    @Test
    void a_quote_left_open_is_refused_at_the_line_of_its_row() {
        assertThatRefused(() -> AmountCsvReader.read(
                        "utfall.csv",
                        new StringReader("ansvar;konto;period;belopp\n1150;5011;2026-02;1\n\"1150;5011;2026-02;2\n")))
                .isInstanceOfSatisfying(
                        ImportException.class,
                        e -> assertThat(e.problems())
                                .extracting(ImportTexts::swedish)
                                .containsExactly(
                                        "utfall.csv, rad 3: raden kunde inte läsas: ett fält inom citattecken ska"
                                                + " sluta med ett citattecken följt av ; eller radslut (ett citattecken i texten"
                                                + " skrivs dubbelt)"));
        assertThatRefused(() -> AmountCsvReader.read(
                        "utfall.csv", new StringReader("ansvar;konto;period;belopp\n\"1150\"x;5011;2026-02;1\n")))
                .isInstanceOfSatisfying(
                        ImportException.class,
                        e -> assertThat(e.problems())
                                .extracting(
                                        ImportProblem::line, p -> p.problem().code())
                                .containsExactly(tuple(2, ImportProblemCode.CSV_QUOTE_BROKEN)));
    }

    @Test
    void every_import_problem_code_has_a_swedish_and_an_english_text() {
        List<Enum<?>> codes = new ArrayList<>();
        codes.addAll(List.of(ImportProblemCode.values()));
        codes.addAll(List.of(OrganisationImportProblem.values()));
        codes.addAll(List.of(SieProblem.values()));
        assertThat(codes)
                .allSatisfy(code -> assertThat(ImportTexts.inBothBundles(((ProblemCode) code).key()))
                        .as("%s in both bundles", code)
                        .isTrue());
    }

    @Test
    void a_problem_reads_in_english_too() {
        ImportProblem problem =
                new ImportProblem("utfall.csv", 2, "konto", ImportProblemCode.ACCOUNT_NOT_DIGITS, "50x1");

        assertThat(ImportTexts.english(problem.located()))
                .isEqualTo("utfall.csv, line 2, field \"konto\": the account must be digits, was \"50x1\"");
    }
}
