package se.ekonomiuppfoljning.imports.sie;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ekonomiuppfoljning.imports.ImportTexts.assertThatRefused;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.followup.AmountLine;
import se.ekonomiuppfoljning.imports.ImportException;
import se.ekonomiuppfoljning.imports.ImportTexts;
import se.ekonomiuppfoljning.organisation.UnitCode;

class SieReaderTest {

    private static final Charset CP437 = Charset.forName("IBM437");
    private static final String HEAD = "#FLAGGA 0\n#SIETYP 4\n#RAR 0 20260101 20261231\n";
    private static final UnitCode U4100 = UnitCode.of("4100");
    private static final Period JAN = new Period(2026, 1);

    @Test
    void the_shared_type_3_example_gives_ansvar_4100_its_january_figures_once() throws IOException {
        Path dir = SieFixtures.directory();
        Assumptions.assumeTrue(
                dir != null && Files.exists(dir.resolve("exempel-sietyp3.se")),
                "shared/fixtures/sie/exempel-sietyp3.se saknas; testet hoppas över");
        SieContent content;
        try (InputStream in = Files.newInputStream(dir.resolve("exempel-sietyp3.se"))) {
            content = SieReader.read("exempel-sietyp3.se", in);
        }
        assertThat(content.sieType()).isEqualTo(3);
        assertThat(content.companyName()).isEqualTo("Exempelby kommun");
        assertThat(content.organisationNumber()).isEqualTo("212000-9994");
        assertThat(content.program()).isEqualTo("Exempel Ekonomi 1.0");
        assertThat(content.fiscalYears().get(0))
                .isEqualTo(new FiscalYear(0, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        assertThat(content.accounts()).containsEntry("5011", "Månadslön \"fast\"");
        assertThat(content.units()).containsExactly(java.util.Map.entry("4100", "Förskola Solrosen"));
        assertThat(content.actuals())
                .containsExactly(
                        new AmountLine(U4100, "3111", JAN, new BigDecimal("-14000.00")),
                        new AmountLine(U4100, "5011", JAN, new BigDecimal("60000.00")));
        assertThat(sum(content.actuals())).isEqualByComparingTo("46000");
        assertThat(sum(content.budget())).isEqualByComparingTo("49000");
        assertThat(content.resultYear0()).containsEntry("5011", new BigDecimal("60000.00"));
        assertThat(content.warnings()).isEmpty();
    }

    @Test
    void each_unit_is_located_at_the_line_that_first_names_it_or_books_on_it() {
        SieContent content = read(HEAD
                + "#OBJEKT 1 \"20\" \"Tjugo\"\n"
                + "#VER A 1 20260115\n{\n"
                + "#TRANS 5011 {1 \"20\"} 100\n"
                + "#TRANS 5011 {1 \"30\"} -100\n"
                + "}\n#VER A 2 20260116\n{\n"
                + "#TRANS 5011 {1 \"40\" 6 \"P\"} 5 20260116 \"Med \\\"citat\\\"\"\n"
                + "#TRANS 5011 {1 \"20\"} -5\n"
                + "}\n"
                + "#PSALDO 0 202601 5012 {1 \"50\"} 7\n"
                + "#PSALDO 0 202601 5011 {1 \"30\"} 7\n");
        assertThat(content.unitLines())
                .containsExactly(
                        java.util.Map.entry("20", 4),
                        java.util.Map.entry("30", 8),
                        java.util.Map.entry("40", 12),
                        java.util.Map.entry("50", 15));
        assertThat(content.accountLines())
                .containsExactly(java.util.Map.entry("5011", 7), java.util.Map.entry("5012", 15));
    }

    @Test
    void finer_object_rows_count_only_where_the_unit_has_no_row_of_its_own() {
        SieContent content = read(HEAD
                + "#PSALDO 0 202601 5011 {} 300\n"
                + "#PSALDO 0 202601 5011 {1 \"A\" 20 \"1\"} 100\n"
                + "#PSALDO 0 202601 5011 {1 \"A\" 20 \"2\"} 50\n"
                + "#PSALDO 0 202601 5011 {1 \"A\" 6 \"P\"} 150\n"
                + "#PSALDO 0 202601 5011 {1 \"B\"} 150\n"
                + "#PSALDO 0 202601 5011 {1 \"B\" 20 \"1\"} 150\n");
        assertThat(content.actuals())
                .containsExactly(
                        new AmountLine(UnitCode.of("A"), "5011", JAN, new BigDecimal("150.00")),
                        new AmountLine(UnitCode.of("B"), "5011", JAN, new BigDecimal("150.00")));
    }

    @Test
    void quoted_fields_keep_spaces_and_backslash_quote_is_the_only_escape() {
        SieContent content = read("#FLAGGA 0\n#FNAMN \"Kommun \\\"Norr\\\" AB\"\n#KONTO 1820 \"Bil\\A012 x\"\n"
                + "#KONTO 3010 Försäljning\n#OBJEKT 1 \"41 00\" \"Skola  Ett\"\n");
        assertThat(content.companyName()).isEqualTo("Kommun \"Norr\" AB");
        assertThat(content.accounts()).containsEntry("1820", "Bil\\A012 x").containsEntry("3010", "Försäljning");
        assertThat(content.units()).containsEntry("41 00", "Skola  Ett");
        assertThat(content.sieType()).isZero();
    }

    @Test
    void tabs_crlf_blank_lines_and_indented_records_are_read() {
        SieContent content = read("#FLAGGA\t0\r\n\r\n#SIETYP\t\t4\r\n#RAR\t0\t20260101\t20261231\r\n"
                + "#VER\tA\t1\t20260115\t\"Lön\"\r\n{\t\r\n\t#TRANS\t5011\t{1\t\"4100\"}\t100.50\r\n"
                + "   #TRANS  1930 {}  -100.50\r\n}\r\n");
        assertThat(content.sieType()).isEqualTo(4);
        assertThat(content.recordCount()).isEqualTo(8);
        assertThat(content.actuals()).containsExactly(new AmountLine(U4100, "5011", JAN, new BigDecimal("100.50")));
        assertThat(content.voucherTotalsByAccount())
                .containsEntry("5011", new BigDecimal("100.50"))
                .containsEntry("1930", new BigDecimal("-100.50"));
    }

    @Test
    void object_lists_may_be_empty_spaced_quoted_or_unquoted() {
        SieContent content = read(HEAD + "#VER A 1 20260110\n{\n"
                + "#TRANS 5011 {1 4100} 10\n#TRANS 5011 {\"1\" \"4100\"} 20\n#TRANS 5011 { 1  \"4100\" 6 P1 } 30\n"
                + "#TRANS 5012 {1 \"4200\"} 5\n#TRANS 1930 {} -60\n#TRANS 1930 { } -5\n}\n");
        assertThat(content.actuals())
                .containsExactly(
                        new AmountLine(U4100, "5011", JAN, new BigDecimal("60.00")),
                        new AmountLine(UnitCode.of("4200"), "5012", JAN, new BigDecimal("5.00")));
        assertThat(content.transactionCount()).isEqualTo(6);
    }

    @Test
    void a_corrected_row_counts_once_and_a_removed_row_not_at_all() {
        SieContent content = read(HEAD + "#VER A 1 20260110 \"Faktura\"\n{\n"
                + "#BTRANS 5011 {1 \"4100\"} 1000 20260110 \"\" \"\" \"Anna\"\n"
                + "#RTRANS 5011 {1 \"4100\"} 800 20260110 \"\" \"\" \"Anna\"\n"
                + "#TRANS 5011 {1 \"4100\"} 800 20260110\n#TRANS 2440 {} -800\n}\n");
        assertThat(content.transactionCount()).isEqualTo(2);
        assertThat(content.voucherCount()).isEqualTo(1);
        assertThat(content.actuals()).containsExactly(new AmountLine(U4100, "5011", JAN, new BigDecimal("800.00")));
    }

    @Test
    void an_unbalanced_voucher_refuses_the_file_naming_the_voucher_and_its_line() {
        assertThatRefused(() -> read(HEAD + "#VER 1 7 20260110\n{\n#TRANS 1010 {} 12.00\n#TRANS 3520 {} -10.00\n}\n"))
                .isInstanceOfSatisfying(
                        ImportException.class,
                        e -> assertThat(e.problems())
                                .extracting(ImportTexts::swedish)
                                .containsExactly(
                                        "test.se, rad 4, fält \"#VER\": verifikation 1 7 är inte i balans: summan är 2,00 kr"));
    }

    @Test
    void an_amount_with_three_decimals_or_letters_is_an_error_with_line_and_field() {
        assertThatRefused(() -> read(HEAD + "#PSALDO 0 202601 5011 {1 \"4100\"} 12.345\n#RES 0 3010 12a\n"
                        + "#PBUDGET 0 202613 5011 {} 1\n"))
                .isInstanceOfSatisfying(
                        ImportException.class,
                        e -> assertThat(e.problems())
                                .extracting(ImportTexts::swedish)
                                .containsExactly(
                                        "test.se, rad 4, fält \"belopp\": beloppet har fler än två decimaler: \"12.345\"",
                                        "test.se, rad 5, fält \"belopp\": beloppet är inte ett tal: \"12a\"",
                                        "test.se, rad 6, fält \"period\": period ska vara en månad ÅÅÅÅMM, var \"202613\""));
    }

    @Test
    void an_opened_checksum_that_is_never_closed_means_a_truncated_file() {
        assertThatRefused(() -> read("#FLAGGA 0\n#KSUMMA\n#SIETYP 4\n#KONTO 3010 Försäljning\n"))
                .isInstanceOfSatisfying(
                        ImportException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.line()).isEqualTo(2);
                            assertThat(ImportTexts.message(p)).startsWith("filen är avkortad");
                        }));
    }

    @Test
    void the_checksum_is_crc32_over_labels_and_field_contents_without_separators_quotes_or_braces() {
        String body = "#SIETYP 4\n#KONTO 3010 \"Försäljning \\\"A\\\"\"\n#RAR 0 20260101 20261231\n"
                + "#VER A 1 20260110\n{\n#TRANS 3010 {1 \"4100\"} -5\n#TRANS 1930 {} 5\n}\n";
        CRC32 crc = new CRC32();
        crc.update(("#SIETYP4#KONTO3010Försäljning \"A\"#RAR02026010120261231#VERA120260110"
                        + "#TRANS301014100-5#TRANS19305")
                .getBytes(CP437));
        SieContent content = read("#FLAGGA 0\n#KSUMMA\n" + body + "#KSUMMA " + crc.getValue() + "\n");
        assertThat(content.transactionCount()).isEqualTo(2);

        assertThatRefused(() -> read("#FLAGGA 0\n#KSUMMA\n" + body + "#KSUMMA " + (crc.getValue() + 1) + "\n"))
                .isInstanceOfSatisfying(
                        ImportException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.line()).isEqualTo(11);
                            assertThat(p.field()).isEqualTo("#KSUMMA");
                            assertThat(ImportTexts.message(p)).startsWith("kontrollsumman stämmer inte");
                        }));
    }

    @Test
    void empty_zero_byte_binary_and_html_input_is_not_a_sie_file() {
        assertRefusedAsNotSie(new byte[0]);
        assertRefusedAsNotSie("\n  \r\n\n".getBytes(StandardCharsets.US_ASCII));
        assertRefusedAsNotSie(new byte[] {'#', 'F', 0, 1, 2, 3, (byte) 0xFF, 0, 0, 7});
        assertRefusedAsNotSie("<!DOCTYPE HTML>\n<html><title>404 Not Found</title></html>\n".getBytes(CP437));
        assertRefusedAsNotSie("#just a comment\n#another\n".getBytes(CP437));
    }

    @Test
    void psaldo_wins_over_vouchers_for_the_same_unit_account_and_month_with_a_warning() {
        SieContent content = read(HEAD + "#PSALDO 0 202601 5011 {1 \"4100\"} 100\n"
                + "#VER A 1 20260110\n{\n#TRANS 5011 {1 \"4100\"} 90\n#TRANS 5011 {1 \"4200\"} 7\n#TRANS 1930 {} -97\n}\n"
                + "#VER A 2 20260210\n{\n#TRANS 5011 {1 \"4100\"} 40\n#TRANS 1930 {} -40\n}\n");
        assertThat(content.actuals())
                .containsExactly(
                        new AmountLine(U4100, "5011", JAN, new BigDecimal("100.00")),
                        new AmountLine(U4100, "5011", new Period(2026, 2), new BigDecimal("40.00")),
                        new AmountLine(UnitCode.of("4200"), "5011", JAN, new BigDecimal("7.00")));
        assertThat(content.voucherTotalsByAccount()).containsEntry("5011", new BigDecimal("137.00"));
        assertThat(content.warnings())
                .extracting(ImportTexts::swedish)
                .containsExactly(
                        "test.se, fält \"#PSALDO\": både #PSALDO och verifikationer finns för 1 kombinationer av ansvar, konto"
                                + " och månad (2026-01), varav 1 med olika belopp; #PSALDO används");
    }

    @Test
    void rows_without_ansvar_and_vouchers_outside_the_year_stay_out_of_actuals_with_warnings() {
        SieContent content = read(HEAD + "#VER A 1 20260110\n{\n#TRANS 5011 {6 \"P1\"} 90\n#TRANS 1930 {} -90\n}\n"
                + "#VER A 2 20251231\n{\n#TRANS 5011 {1 \"4100\"} 40\n#TRANS 1930 {} -40\n}\n");
        assertThat(content.actuals()).isEmpty();
        assertThat(content.voucherTotalsByAccount()).containsEntry("5011", new BigDecimal("90.00"));
        assertThat(content.voucherCount()).isEqualTo(2);
        assertThat(content.warnings())
                .extracting(ImportTexts::swedish)
                .containsExactlyInAnyOrder(
                        "test.se, rad 9, fält \"#VER\": 1 verifikationer är daterade utanför räkenskapsåret (#RAR 0) och"
                                + " ingår inte i utfallet; den första står på rad 9",
                        "test.se, fält \"#TRANS\": filen saknar ansvar (dimension 1) för 1 #TRANS-rader på resultatkonton;"
                                + " de ingår inte i utfallet per ansvar");
    }

    @Test
    void a_year_0_balance_or_budget_for_a_month_outside_rar_0_is_refused_at_its_line() {
        assertThatRefused(() -> read(HEAD + "#PSALDO 0 202601 5011 {1 \"A\"} 1\n#PSALDO 0 202513 5011 {1 \"A\"} 1\n"
                        + "#PBUDGET 0 202701 5011 {1 \"A\"} 1\n#PSALDO -1 202501 5011 {1 \"A\"} 1\n"))
                .isInstanceOfSatisfying(
                        ImportException.class,
                        e -> assertThat(e.problems())
                                .extracting(ImportTexts::swedish)
                                .containsExactly(
                                        "test.se, rad 5, fält \"period\": period ska vara en månad ÅÅÅÅMM, var \"202513\"",
                                        "test.se, rad 6, fält \"period\": perioden 2027-01 ligger utanför räkenskapsåret i #RAR 0"
                                                + " (2026-01-01–2026-12-31)"));
    }

    @Test
    void a_voucher_cut_off_before_its_closing_brace_is_refused() {
        assertThatRefused(() -> read(HEAD + "#VER A 1 20260110\n{\n#TRANS 5011 {} 90\n"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("saknar avslutande }");
    }

    @Test
    void latin1_cp437_and_utf8_files_are_told_apart() {
        String text = "#FLAGGA 0\n#FNAMN \"Åsa Ängsö förskola\"\n";
        assertThat(read(text.getBytes(CP437)).companyName()).isEqualTo("Åsa Ängsö förskola");
        assertThat(read(text.getBytes(StandardCharsets.ISO_8859_1)).companyName())
                .isEqualTo("Åsa Ängsö förskola");
        assertThat(read(text.getBytes(StandardCharsets.UTF_8)).companyName()).isEqualTo("Åsa Ängsö förskola");
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        assertThat(read(withBom).companyName()).isEqualTo("Åsa Ängsö förskola");
        String ascii = "#FLAGGA 0\n#FNAMN \"Exempelby\"\n";
        assertThat(read(ascii.getBytes(StandardCharsets.US_ASCII)).companyName())
                .isEqualTo("Exempelby");
    }

    @Test
    void progress_reports_the_bytes_read() {
        byte[] bytes = (HEAD + "#KONTO 3010 Försäljning\n").getBytes(CP437);
        AtomicLong last = new AtomicLong();
        SieReader.read("test.se", new ByteArrayInputStream(bytes), last::set);
        assertThat(last.get()).isEqualTo(bytes.length);
    }

    private static void assertRefusedAsNotSie(byte[] bytes) {
        assertThatRefused(() -> read(bytes))
                .isInstanceOfSatisfying(
                        ImportException.class,
                        e -> assertThat(e.problems())
                                .singleElement()
                                .satisfies(
                                        p -> assertThat(ImportTexts.message(p)).contains("inte en SIE-fil")));
    }

    private static BigDecimal sum(java.util.List<AmountLine> lines) {
        return lines.stream()
                .filter(l -> l.unit().equals(U4100) && l.period().equals(JAN))
                .map(AmountLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static SieContent read(String text) {
        return read(text.getBytes(CP437));
    }

    private static SieContent read(byte[] bytes) {
        return SieReader.read("test.se", new ByteArrayInputStream(bytes));
    }

    @Test
    void a_sie_file_booking_on_a_unit_holding_a_tab_or_an_account_holding_a_backslash_is_refused_at_that_line() {
        String text = HEAD + "#VER A 1 20260115\n{\n#TRANS 5011 {1 \"41\t00\"} 100.00\n#TRANS 1930 {} -100.00\n}\n"
                + "#PSALDO 0 202601 \"50\\11\" {1 \"4100\"} 5.00\n";
        assertThatRefused(() -> read(text))
                .isInstanceOfSatisfying(
                        ImportException.class,
                        e -> assertThat(e.problems())
                                .extracting(ImportTexts::swedish)
                                .containsExactly(
                                        "test.se, rad 6, fält \"ansvar\": ansvarskoden får bara innehålla bokstäver"
                                                + " (A–Ö), siffror, mellanslag och - _ ., var \"41\\t00\" (tecknet tabb)",
                                        "test.se, rad 9, fält \"konto\": kontot får bara innehålla bokstäver (A–Ö), siffror,"
                                                + " mellanslag och - _ ., var \"50\\\\11\" (tecknet \"\\\")"));
    }

    @Test
    void a_sie_unit_in_lower_case_is_the_upper_case_unit_and_its_lines_are_added_together() {
        String text = HEAD + "#PSALDO 0 202601 5011 {1 \"sbf\"} 5.00\n#PSALDO 0 202601 5011 {1 \"SBF\"} 7.00\n"
                + "#PSALDO 0 202601 5011 {1 \"TN\"} 1.00\n";
        assertThat(read(text).actuals())
                .extracting(l -> l.unit() + " " + l.amount())
                .containsExactly("SBF 12.00", "TN 1.00");
    }

    // issue 11: a field without a name of its own is a position, worded by the bundles, not "fält 4" in the domain

    @Test
    void a_broken_object_list_names_its_field_by_position_in_the_readers_language() {
        assertThatRefused(() -> read(HEAD + "#PSALDO 0 202601 5011 {1 \"4100\" 12.00\n"))
                .isInstanceOfSatisfying(
                        ImportException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.fieldNumber()).isEqualTo(4);
                            assertThat(p.field()).isEmpty();
                            assertThat(ImportTexts.swedish(p))
                                    .isEqualTo("test.se, rad 4, fält 4: objektlistan saknar avslutande }");
                            assertThat(ImportTexts.english(p.located()))
                                    .isEqualTo("test.se, line 4, field 4: the object list lacks its closing }");
                        }));
    }
}
