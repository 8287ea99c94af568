package se.ekonomiuppfoljning.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.ekonomiuppfoljning.app.PortalTest;

/** The tjänsteskrivelse for KLS, February 2026, from the demo data, fetched as files and read back. */
@PortalTest
class TjansteskrivelseDocumentsTest {

    static final String QUERY = "?unit=KLS&period=2026-02&diarienummer=KS/2026:4&datum=2026-03-02";

    /** The seed's rows as printed, cells separated by single spaces (no-break spaces read as spaces). */
    static final List<String> SEED_ROWS = List.of(
            "Kommundirektör 197 162 35 82,4 % 3 560 380 343 37 90,2 %",
            "Ekonomi o planering 493 440 53 89,3 % 6 703 1 076 880 196 81,7 %",
            "IT 194 62 132 32,0 % 8 841 378 302 76 79,8 %",
            "TIA-avdelningen ¹ 1 326 1 309 17 98,7 % 17 923 2 667 2 703 −36 101,3 %",
            "Administrativa avdelningen 933 684 249 73,3 % 11 134 1 781 1 831 −50 102,8 %",
            "Överförmyndarvht 137 409 −272 298,2 % 2 580 393 445 −52 113,2 %",
            "Politisk verksamhet 256 217 40 84,6 % 3 705 493 427 66 86,6 %",
            "Oförutsett 0 0 0 0,0 % 504 0 0 0 0,0 %",
            "HR-avdelning 1 149 1 212 −63 105,5 % 14 541 2 218 2 249 −31 101,4 %",
            "Näringslivsenheten 124 154 −30 124,0 % 1 431 241 229 12 95,0 %",
            "Totalt KLS 3 483 3 340 143 95,9 % 52 999 6 960 6 704 256 96,3 %");

    /** Each summary figure beside its label: the month's as "februari", the year to date's as "till och med". */
    static final List<String> SUMMARY = List.of(
            "Budget februari 3 483",
            "Redovisning februari 3 340",
            "Avvikelse februari 143",
            "Procent av budget februari 95,9 %",
            "Budget till och med februari 6 960",
            "Redovisning till och med februari 6 704",
            "Avvikelse till och med februari 256",
            "Procent av budget till och med februari 96,3 %");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String user, String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":demo2026").getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The lines of a text with runs of spaces and tabs as single spaces. */
    private static List<String> lines(String text) {
        return text.lines().map(l -> l.replaceAll("[ \t]+", " ").strip()).toList();
    }

    /**
     * The lines of a PDF's text without white space: OpenPDF's extractor writes adjacent table cells without a space
     * between them ("Budget februari3 483"), so label and figure are compared as one run of characters on one line.
     */
    private static List<String> squeezedLines(String text) {
        return text.lines().map(ReadBack::squeezed).toList();
    }

    private static List<String> squeezed(List<String> lines) {
        return lines.stream().map(ReadBack::squeezed).toList();
    }

    private static void keep(String name, byte[] content) throws Exception {
        Path folder = Path.of("target", "reports");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name), content);
    }

    @Test
    void the_pdf_carries_the_seeds_table_and_each_summary_figure_beside_its_correct_label() throws Exception {
        HttpResponse<byte[]> response = get("ekonomichef", "/api/v1/reports/tjansteskrivelse.pdf" + QUERY);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .contains("tjansteskrivelse-KLS-2026-02.pdf");
        keep("tjansteskrivelse-KLS-2026-02.pdf", response.body());
        String text = ReadBack.pdf(response.body());
        List<String> lines = squeezedLines(text);

        assertThat(lines).containsAll(squeezed(SUMMARY));
        assertThat(lines).containsSubsequence(squeezed(SEED_ROWS));
        assertThat(lines).noneMatch(l -> l.startsWith(ReadBack.squeezed("Budget till och med februari 3 483")));
        assertThat(text)
                .contains(
                        "Diarienummer:",
                        "KS/2026:4",
                        "Exempelby kommun",
                        "Tjänsteskrivelse",
                        "Den ekonomiska uppföljningen visar att verksamheten bedrivs inom sin budgetram.",
                        "¹ TIA-avdelningen redovisas i Tekniska nämndens budgetram och ingår inte i Totalt KLS.",
                        "Verksamhetsuppföljning",
                        "Beslutsunderlag",
                        "Beslutet skickas till");
        assertThat(ReadBack.squeezed(text))
                .contains(
                        ReadBack.squeezed(
                                "Allmänna utskottet föreslår kommunstyrelsen "
                                        + "ta del av ekonomi- och verksamhetsuppföljning till och med februari 2026 för kommunledningsstaben."));
    }

    @Test
    void the_docx_carries_the_seeds_table_and_each_summary_figure_beside_its_correct_label() throws Exception {
        HttpResponse<byte[]> response = get("kommundirektor", "/api/v1/reports/tjansteskrivelse.docx" + QUERY);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        keep("tjansteskrivelse-KLS-2026-02.docx", response.body());
        String text = ReadBack.docx(response.body());
        List<String> lines = lines(text);

        assertThat(lines).containsAll(SUMMARY);
        assertThat(lines).containsSubsequence(SEED_ROWS);
        assertThat(text)
                .contains(
                        "KS/2026:4",
                        "Exempelby kommun",
                        "Den ekonomiska uppföljningen visar att verksamheten bedrivs inom sin budgetram.",
                        "Allmänna utskottet föreslår kommunstyrelsen ta del av ekonomi- och verksamhetsuppföljning till och "
                                + "med februari 2026 för kommunledningsstaben.",
                        "¹ TIA-avdelningen redovisas i Tekniska nämndens budgetram och ingår inte i Totalt KLS.");
    }

    @Test
    void
            theDocxForKlsFebruaryHoldsOverformyndarvhtsEkonomiskAnalysAndListsEveryUnitWithANegativeDeviationUnderAtgarder()
                    throws Exception {
        HttpResponse<byte[]> response = get("ekonomichef", "/api/v1/reports/tjansteskrivelse.docx" + QUERY);
        List<String> lines = lines(ReadBack.docx(response.body()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(String.join("\n", lines))
                .contains("Ekonomisk analys och helårsprognos per enhet")
                .contains("Avvikelsen på −272 tkr i februari beror på att arvoden till gode män och förvaltare")
                .contains("Helårsprognos 2 700 tkr, prognosavvikelse −120 tkr.");
        List<String> atgarder = lines.subList(
                lines.indexOf("Åtgärder vid negativa avvikelser"), lines.indexOf("Politisk beredning av ärendet"));
        assertThat(atgarder)
                .anyMatch(l -> l.startsWith("TIA-avdelningen")
                        && l.contains("−36")
                        && l.contains("Analys saknas")
                        && l.contains("Ingen åtgärd"))
                .anyMatch(l -> l.startsWith("Administrativa avdelningen")
                        && l.contains("−50")
                        && l.contains("Analys saknas")
                        && l.contains("Ingen åtgärd"))
                .anyMatch(l -> l.startsWith("Överförmyndarvht") && l.contains("−272"))
                .anyMatch(l -> l.startsWith("HR-avdelning") && l.contains("−63"))
                .anyMatch(l -> l.startsWith("Näringslivsenheten") && l.contains("−30"));
        assertThat(String.join("\n", lines)).contains("Månaden var inte godkänd för följande enheter");
    }

    @Test
    void a_politician_of_ks_may_fetch_it_too() throws Exception {
        HttpResponse<byte[]> response =
                get("politiker", "/api/v1/reports/tjansteskrivelse.pdf?unit=KLS&period=2026-02");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(squeezedLines(ReadBack.pdf(response.body())))
                .contains(ReadBack.squeezed(SEED_ROWS.get(SEED_ROWS.size() - 1)));
    }

    @Test
    void aPoliticianFetchingTheTjansteskrivelseOverTheApiGetsNoDraftTextsNorProposedActionsOfMonthsNotApproved()
            throws Exception {
        // HR's February is a draft (issue 12, point 17: Överförmyndarvht's was approved before the case went to AU)
        String economist = ReadBack.squeezed(
                ReadBack.pdf(get("ekonomichef", "/api/v1/reports/tjansteskrivelse.pdf?unit=KLS&period=2026-02")
                        .body()));
        HttpResponse<byte[]> response =
                get("politiker", "/api/v1/reports/tjansteskrivelse.pdf?unit=KLS&period=2026-02");
        String politician = ReadBack.squeezed(ReadBack.pdf(response.body()));

        assertThat(economist).contains(ReadBack.squeezed("Rekryteringen av två HR-specialister"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(politician)
                .doesNotContain(ReadBack.squeezed("Rekryteringen av två HR-specialister"))
                .contains(ReadBack.squeezed("212 till 241")) // Överförmyndarvht's February is approved
                .contains(ReadBack.squeezed(SEED_ROWS.get(SEED_ROWS.size() - 1)))
                .contains(ReadBack.squeezed("Avsluta konsultuppdraget")); // HR's åtgärd is decided (pågår)
    }

    @Test
    void a_chief_of_one_unit_asking_for_the_whole_staff_gets_403_and_no_document() throws Exception {
        HttpResponse<byte[]> response = get("itchef", "/api/v1/reports/tjansteskrivelse.pdf?unit=KLS&period=2026-02");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(new String(response.body(), StandardCharsets.UTF_8))
                .contains("behörighet")
                .doesNotContain("%PDF");
        assertThat(get("admin", "/api/v1/reports/tjansteskrivelse.docx?unit=1120&period=2026-02")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void an_anonymous_caller_gets_401_and_bad_parameters_400() throws Exception {
        assertThat(get(null, "/api/v1/reports/tjansteskrivelse.pdf?unit=KLS&period=2026-02")
                        .statusCode())
                .isEqualTo(401);
        HttpResponse<byte[]> bad = get("ekonomichef", "/api/v1/reports/tjansteskrivelse.pdf?unit=KLS&period=februari");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(new String(bad.body(), StandardCharsets.UTF_8)).contains("ÅÅÅÅ-MM");
    }
}
