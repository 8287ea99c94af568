package se.ekonomiuppfoljning.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.ekonomiuppfoljning.app.PortalTest;
import se.ekonomiuppfoljning.imports.sie.SieFixtures;

/**
 * The integration API on the running portal. These tests add their own units under SBF (4100, 4200, 4300), so
 * the seed's KLS figures that other tests read stay as they are.
 */
@PortalTest
class ImportApiTest {

    private static final String CSV = "text/csv";
    private static final String BYTES = "application/octet-stream";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private ApiClient api() {
        return new ApiClient(port);
    }

    private String fingerprint() {
        return jdbc.queryForObject(
                        "SELECT CONCAT(COUNT(*), '/', COALESCE(SUM(amount), 0)) FROM actual_amount", String.class)
                + " "
                + jdbc.queryForObject(
                        "SELECT CONCAT(COUNT(*), '/', COALESCE(SUM(amount), 0)) FROM budget_amount", String.class)
                + " " + jdbc.queryForObject("SELECT COUNT(*) FROM unit", String.class)
                + " " + jdbc.queryForObject("SELECT COUNT(*) FROM import_log", String.class)
                + " "
                + jdbc.queryForObject(
                        "SELECT CONCAT(COUNT(*), '/', COALESCE(SUM(CRC32(CONCAT(code, name))), 0))" + " FROM account",
                        String.class)
                + " " + jdbc.queryForObject("SELECT COUNT(*) FROM committee", String.class)
                + " " + jdbc.queryForObject("SELECT COUNT(*) FROM budget_version", String.class)
                + " " + jdbc.queryForObject("SELECT COUNT(*) FROM kommun", String.class);
    }

    private void organisation(String rows) throws Exception {
        HttpResponse<String> response =
                api().post("controller", "/api/v1/organisation", CSV, "kod;namn;överordnad;nämnd\n" + rows);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void the_shared_fixture_gives_4100_january_as_the_domain_says() throws Exception {
        Path dir = SieFixtures.directory();
        Assumptions.assumeTrue(dir != null, "../shared/fixtures/sie is absent: the fixture test is skipped");
        organisation("4100;Förskola Solrosen;SBF;\n");

        HttpResponse<String> imported = api().post(
                        "controller",
                        "/api/v1/import/sie?filnamn=exempel-sietyp3.se",
                        BYTES,
                        Files.readAllBytes(dir.resolve("exempel-sietyp3.se")));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(imported.body()).contains("\"periods\":\"2026-01; budget 2026\"", "\"units\":[\"4100\"]");

        String csv = api().get("kommundirektor", "/api/v1/followup.csv?unit=4100&period=2026-01")
                .body();
        assertThat(csv.split("\r\n")[1]).isEqualTo("Förskola Solrosen;49;46;3;93,9;49;49;46;3;93,9;ja;46;3;ja;4100");
    }

    @Test
    void a_sie_4_file_and_a_sie_3_file_with_the_same_money_give_identical_tables() throws Exception {
        organisation("4200;Förskola Sippan;SBF;\n");
        String head =
                "#FLAGGA 0\n#FORMAT PC8\n#RAR 0 20260101 20261231\n#KONTO 5011 Lön\n#KONTO 3510 Avgifter\n#KONTO 1930 Bank\n";
        String sie3 = head + "#SIETYP 3\n"
                + "#PSALDO 0 202601 5011 {1 \"4200\"} 150000.40\n#PSALDO 0 202601 3510 {1 \"4200\"} -20000.00\n"
                + "#PSALDO 0 202602 5011 {1 \"4200\"} 70250.25\n"
                + "#PBUDGET 0 202601 5011 {1 \"4200\"} 140000\n#PBUDGET 0 202602 5011 {1 \"4200\"} 75000\n";
        String sie4 = head + "#SIETYP 4\n"
                + "#PBUDGET 0 202601 5011 {1 \"4200\"} 140000\n#PBUDGET 0 202602 5011 {1 \"4200\"} 75000\n"
                + "#VER A 1 20260115 \"Löner\"\n{\n#TRANS 5011 {1 \"4200\"} 100000.40\n#TRANS 1930 {} -100000.40\n}\n"
                + "#VER A 2 20260131\n{\n#TRANS 5011 {1 \"4200\"} 50000.00\n#TRANS 3510 {1 \"4200\"} -20000.00\n#TRANS 1930 {} -30000.00\n}\n"
                + "#VER A 3 20260203\n{\n#TRANS 5011 {1 \"4200\"} 70250.25\n#TRANS 1930 {} -70250.25\n}\n";

        assertThat(api().post("ekonomichef", "/api/v1/import/sie", BYTES, sie3).body())
                .contains("utanför ditt ansvarsområde: [4200]");
        HttpResponse<String> typ3 = api().post("controller", "/api/v1/import/sie?filnamn=typ3.se", BYTES, sie3);
        assertThat(typ3.body()).contains("\"units\":[\"4200\"]");
        String fromSie3 = api().get("kommundirektor", "/api/v1/followup.csv?unit=SBF&period=2026-02")
                .body();
        // SIE 3's figures are cleared, so that the table after SIE 4 cannot be SIE 3's left in place
        jdbc.update("DELETE FROM actual_year WHERE unit_code = '4200'");
        jdbc.update("DELETE FROM budget_amount WHERE unit_code = '4200'");
        jdbc.update("DELETE FROM unit_month_total WHERE unit_code = '4200'"); // the lines' totals (V45) go with them
        assertThat(api().get("kommundirektor", "/api/v1/followup.csv?unit=SBF&period=2026-02")
                        .body())
                .isNotEqualTo(fromSie3);
        assertThat(api().post("controller", "/api/v1/import/sie?filnamn=typ4.se", BYTES, sie4)
                        .statusCode())
                .isEqualTo(200);
        String fromSie4 = api().get("kommundirektor", "/api/v1/followup.csv?unit=SBF&period=2026-02")
                .body();

        assertThat(fromSie4).isEqualTo(fromSie3).contains("Förskola Sippan;75;70;5;93,7;215;215;200;15;93,1;ja");
    }

    @Test
    void a_bad_file_gets_422_with_every_problem_and_nothing_is_saved() throws Exception {
        String before = fingerprint();
        String sie = "#FLAGGA 0\n#SIETYP 4\n#RAR 0 20260101 20261231\n#KONTO 5011 Lön\n"
                + "#VER A 1 20260115\n{\n#TRANS 5011 {1 \"1150\"} 100.00\n#TRANS 1930 {} -90.00\n}\n";
        HttpResponse<String> unbalanced = api().post("controller", "/api/v1/import/sie?filnamn=obalans.se", BYTES, sie);
        assertThat(unbalanced.statusCode()).isEqualTo(422);
        assertThat(unbalanced.body())
                .contains(
                        "\"line\":5",
                        "verifikation A 1 är inte i balans",
                        "\"code\":\"SieProblem.VOUCHER_UNBALANCED\"");

        HttpResponse<String> csv = api().post(
                        "controller",
                        "/api/v1/import/actuals?filnamn=utfall.csv",
                        CSV,
                        "ansvar;konto;period;belopp\n1150;5011;2026-02;12,345\n1150;50x1;2026-13;1\n");
        assertThat(csv.statusCode()).isEqualTo(422);
        assertThat(csv.body())
                .contains(
                        "{\"file\":\"utfall.csv\",\"line\":2,\"field\":\"belopp\"",
                        "{\"file\":\"utfall.csv\",\"line\":3,\"field\":\"konto\"",
                        "{\"file\":\"utfall.csv\",\"line\":3,\"field\":\"period\"");

        HttpResponse<String> missing =
                api().post("controller", "/api/v1/import/budget", CSV, "ansvar;konto;belopp\n1150;5011;1\n");
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(missing.body()).contains("kolumnen saknas i rubrikraden");

        assertThat(api().post("controller", "/api/v1/import/sie", BYTES, new byte[0])
                        .statusCode())
                .isEqualTo(422);
        assertThat(api().post("controller", "/api/v1/import/sie", BYTES, "<html><body>404 Not Found</body></html>")
                        .body())
                .contains("inte en SIE-fil");
        assertThat(fingerprint()).isEqualTo(before);
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> badFiles() {
        String head = "#FLAGGA 0\n#SIETYP 3\n#RAR 0 20260101 20261231\n#KONTO 5011 Lön\n";
        String line = "#PSALDO 0 202602 5011 {1 \"1150\"} 10.00\n";
        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of(
                        "truncated (open #KSUMMA)",
                        "/api/v1/import/sie",
                        (head + "#KSUMMA\n" + line).getBytes(),
                        "avslutande #KSUMMA med summan saknas"),
                org.junit.jupiter.params.provider.Arguments.of(
                        "truncated (cut inside a voucher)",
                        "/api/v1/import/sie",
                        (head.replace("#SIETYP 3", "#SIETYP 4")
                                        + "#VER A 1 20260210\n{\n#TRANS 5011 {1 \"1150\"} 10.00\n")
                                .getBytes(),
                        "saknar avslutande }"),
                org.junit.jupiter.params.provider.Arguments.of(
                        "period outside #RAR",
                        "/api/v1/import/sie",
                        (head + line + "#PSALDO 0 202701 5011 {1 \"1150\"} 10.00\n").getBytes(),
                        "{\"file\":\"import.se\",\"line\":6,\"field\":\"period\",\"message\":\"perioden 2027-01 ligger utanför räkenskapsåret"),
                org.junit.jupiter.params.provider.Arguments.of(
                        "wrong checksum",
                        "/api/v1/import/sie",
                        (head + "#KSUMMA\n" + line + "#KSUMMA 12345\n").getBytes(),
                        "kontrollsumman stämmer inte"),
                org.junit.jupiter.params.provider.Arguments.of(
                        "three decimals",
                        "/api/v1/import/sie",
                        (head + "#PSALDO 0 202602 5011 {1 \"1150\"} 10.005\n").getBytes(),
                        "fler än två decimaler"),
                org.junit.jupiter.params.provider.Arguments.of(
                        "letters",
                        "/api/v1/import/sie",
                        (head + "#PSALDO 0 202602 5011 {1 \"1150\"} 1O.00\n").getBytes(),
                        "inte ett tal"),
                org.junit.jupiter.params.provider.Arguments.of(
                        "unknown account",
                        "/api/v1/import/sie",
                        (head + "#PSALDO 0 202602 5999 {1 \"1150\"} 10.00\n").getBytes(),
                        "kontot 5999 har belopp"),
                org.junit.jupiter.params.provider.Arguments.of(
                        "unknown code",
                        "/api/v1/import/sie",
                        (head + "#PSALDO 0 202602 5011 {1 \"7777\"} 10.00\n").getBytes(),
                        "okänd ansvarskod 7777"),
                org.junit.jupiter.params.provider.Arguments.of(
                        "object list not closed (a field named by its position, in Swedish)",
                        "/api/v1/import/sie",
                        (head + "#PSALDO 0 202602 5011 {1 \"1150\" 10.00\n").getBytes(),
                        "{\"file\":\"import.se\",\"line\":5,\"field\":\"fält 4\",\"message\":\"objektlistan saknar avslutande }\""),
                org.junit.jupiter.params.provider.Arguments.of(
                        "empty file", "/api/v1/import/sie", "\n\n".getBytes(), "inte en SIE-fil"),
                org.junit.jupiter.params.provider.Arguments.of(
                        "0 bytes", "/api/v1/import/actuals", new byte[0], "filen är tom"),
                org.junit.jupiter.params.provider.Arguments.of(
                        "binary", "/api/v1/import/sie", binary, "inte en SIE-fil"),
                org.junit.jupiter.params.provider.Arguments.of(
                        "missing columns",
                        "/api/v1/import/actuals",
                        "ansvar;konto;belopp\n1150;5011;1\n".getBytes(),
                        "\"field\":\"period\",\"message\":\"kolumnen saknas i rubrikraden\""),
                org.junit.jupiter.params.provider.Arguments.of(
                        "too large",
                        "/api/v1/import/actuals",
                        ("ansvar;konto;period;belopp\n" + "1150;5011;2026-02;1\n".repeat(600_000)).getBytes(),
                        "större än gränsen"));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("badFiles")
    void each_bad_input_is_refused_with_a_swedish_message_and_the_database_is_unchanged(
            String name, String path, byte[] body, String message) throws Exception {
        String before = fingerprint();
        HttpResponse<String> response = api().post("controller", path, BYTES, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.body()).contains(message);
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void unknown_unit_codes_are_refused_all_listed_until_the_organisation_is_imported() throws Exception {
        String before = fingerprint();
        HttpResponse<String> response = api().post(
                        "controller",
                        "/api/v1/import/actuals",
                        CSV,
                        "ansvar;konto;period;belopp\n9901;5011;2026-02;5\n9902;5011;2026-02;5\n1150;5011;2026-02;5\n");
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body())
                .contains("okänd ansvarskod 9901", "okänd ansvarskod 9902")
                .doesNotContain("1150")
                .contains("\"line\":2,\"field\":\"ansvar\"", "\"line\":3,\"field\":\"ansvar\"");
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void a_csv_import_of_the_same_file_twice_changes_nothing() throws Exception {
        organisation("4300;Förskola Vitsippan;SBF;\n");
        String csv = "ansvar;konto;period;belopp\n4300;5011;2026-01;1000,50\n4300;5011;2026-02;2000.25\n";
        assertThat(api().post("controller", "/api/v1/import/actuals", CSV, csv).statusCode())
                .isEqualTo(200);
        String once = fingerprint().split(" ")[0];
        assertThat(api().post("controller", "/api/v1/import/actuals", CSV, csv).statusCode())
                .isEqualTo(200);
        assertThat(fingerprint().split(" ")[0]).isEqualTo(once);
        assertThat(api().get("kommundirektor", "/api/v1/followup?unit=4300&period=2026-02")
                        .body())
                .contains("\"ytdActual\":\"3000.75\"");
    }

    @Test
    void a_budget_in_excel_is_read_like_the_csv_and_keeps_the_earlier_budget_as_a_version() throws Exception {
        organisation("4500;Förskola Blåsippan;SBF;\n");
        byte[] xlsx;
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                var out = new java.io.ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Budget");
            String[] header = {"ansvar", "konto", "period", "belopp"};
            var first = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                first.createCell(c).setCellValue(header[c]);
            }
            for (int month = 1; month <= 12; month++) {
                var row = sheet.createRow(month);
                row.createCell(0).setCellValue(4500);
                row.createCell(1).setCellValue(5011);
                row.createCell(2).setCellValue(2026_00 + month);
                row.createCell(3).setCellValue(10_000.25);
            }
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        String excel = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        assertThat(api().post("controller", "/api/v1/import/budget?filnamn=budget.xlsx", excel, xlsx)
                        .statusCode())
                .isEqualTo(200);
        assertThat(api().post("controller", "/api/v1/import/budget?filnamn=budget.xlsx", excel, xlsx)
                        .statusCode())
                .isEqualTo(200);

        assertThat(api().get("kommundirektor", "/api/v1/followup?unit=4500&period=2026-02")
                        .body())
                .contains("\"annualBudget\":\"120003.00\"", "\"ytdBudget\":\"20000.50\"");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM budget_version v JOIN budget_version_amount a ON a.version_id = v.id"
                                + " WHERE a.unit_code = '4500'",
                        Integer.class))
                .isEqualTo(12);
    }

    @Test
    void a_politician_or_a_chief_may_not_import() throws Exception {
        assertThat(api().post("politiker", "/api/v1/import/actuals", CSV, "ansvar;konto;period;belopp\n")
                        .statusCode())
                .isEqualTo(403);
        assertThat(api().post("overformyndare", "/api/v1/organisation", CSV, "kod;namn;överordnad;nämnd\n")
                        .statusCode())
                .isEqualTo(403);
    }
}
