package se.ekonomiuppfoljning.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.ekonomiuppfoljning.app.PortalTest;
import se.ekonomiuppfoljning.common.SwedishFormat;

@PortalTest
class FollowUpApiTest {

    @LocalServerPort
    int port;

    @Test
    void the_csv_is_the_table_as_displayed_with_plain_numbers() throws Exception {
        HttpResponse<String> response =
                new ApiClient(port).get("ekonomichef", "/api/v1/followup.csv?unit=kls&period=2026-02");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .isEqualTo("attachment; filename=\"uppfoljning-KLS-2026-02.csv\"");
        List<String> lines = List.of(response.body().split("\r\n"));
        assertThat(lines.get(0))
                .isEqualTo(
                        "namn;budget månad;redovisning månad;avvikelse månad;% av budget månad;årsbudget;budget t o m;"
                                + "redovisning t o m;avvikelse t o m;% av budget t o m;ingår i totalen;"
                                + "helårsprognos;prognosavvikelse;prognos delvis förslag;ansvar");
        // The columns up to "ingår i totalen" stay as they were; the forecasts follow.
        assertThat(lines.subList(1, lines.size()).stream()
                        .map(l -> l.substring(0, nthSemicolon(l, 11)))
                        .toList())
                .containsExactly(
                        "Kommundirektör;197;162;35;82,4;3560;380;343;37;90,2;ja",
                        "Ekonomi o planering;493;440;53;89,3;6703;1076;880;196;81,7;ja",
                        "IT;194;62;132;32,0;8841;378;302;76;79,8;ja",
                        "TIA-avdelningen;1326;1309;17;98,7;17923;2667;2703;-36;101,3;nej",
                        "Administrativa avdelningen;933;684;249;73,3;11134;1781;1831;-50;102,8;ja",
                        "Överförmyndarvht;137;409;-272;298,2;2580;393;445;-52;113,2;ja",
                        "Politisk verksamhet;256;217;40;84,6;3705;493;427;66;86,6;ja",
                        "Oförutsett;0;0;0;0,0;504;0;0;0;0,0;ja",
                        "HR-avdelning;1149;1212;-63;105,5;14541;2218;2249;-31;101,4;ja",
                        "Näringslivsenheten;124;154;-30;124,0;1431;241;229;12;95,0;ja",
                        "Totalt KLS;3483;3340;143;95,9;52999;6960;6704;256;96,3;");
        assertThat(lines.subList(1, lines.size() - 1)).allMatch(l -> l.matches(".*;-?\\d+;-?\\d+;(ja|nej);[0-9]{4}"));
        assertThat(lines.get(1)).endsWith(";1100");
        assertThat(lines.get(lines.size() - 1)).matches("Totalt KLS;.*;-?\\d+;-?\\d+;(ja|nej);");
    }

    private static int nthSemicolon(String line, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = line.indexOf(';', at + 1);
        }
        return at;
    }

    private static BigDecimal kronor(JsonNode line) {
        return new BigDecimal(line.get("forecast").get("kronor").asText());
    }

    @Test
    void the_total_and_a_nodes_row_carry_the_sum_of_their_units_forecasts() throws Exception {
        ApiClient api = new ApiClient(port);
        JsonNode kls = new ObjectMapper()
                .readTree(api.get("kommundirektor", "/api/v1/followup?unit=KLS&period=2026-02")
                        .body());
        JsonNode kommun = new ObjectMapper()
                .readTree(api.get("kommundirektor", "/api/v1/followup?unit=EXB&period=2026-02")
                        .body());

        BigDecimal all = BigDecimal.ZERO;
        BigDecimal inFrame = BigDecimal.ZERO;
        for (JsonNode row : kls.get("rows")) {
            all = all.add(kronor(row));
            if (row.get("inTotal").asBoolean()) {
                inFrame = inFrame.add(kronor(row));
            }
        }
        JsonNode total = kls.get("total");
        assertThat(kronor(total)).isEqualByComparingTo(inFrame);
        assertThat(total.get("forecast").get("units").asInt()).isEqualTo(9);
        assertThat(total.get("forecast").get("displayed").asText()).isEqualTo(SwedishFormat.tkr(inFrame));
        JsonNode klsRow = kommun.get("rows").get(0);
        assertThat(klsRow.get("unit").asText()).isEqualTo("KLS");
        assertThat(kronor(klsRow)).isEqualByComparingTo(all);
        assertThat(klsRow.get("forecast").get("units").asInt()).isEqualTo(10);
        assertThat(klsRow.get("forecast").has("anyProposal")).isTrue();
    }

    @Test
    void the_json_carries_kronor_unrounded_and_as_displayed() throws Exception {
        HttpResponse<String> response =
                new ApiClient(port).get("kommundirektor", "/api/v1/followup?unit=KLS&period=2026-02");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains(
                        "\"monthBudget\":\"3483236.00\"",
                        "\"monthPercent\":\"95,9\u00A0%\"",
                        "\"name\":\"Totalt KLS\"",
                        "\"unit\":\"1130\",\"name\":\"TIA-avdelningen\",\"inTotal\":false");
    }

    @Test
    void a_unit_chief_asking_for_another_unit_gets_403_and_no_figures() throws Exception {
        ApiClient api = new ApiClient(port);
        HttpResponse<String> kls = api.get("overformyndare", "/api/v1/followup?unit=KLS&period=2026-02");
        assertThat(kls.statusCode()).isEqualTo(403);
        assertThat(kls.body()).contains("du har inte behörighet till enhet KLS").doesNotContain("3483");
        assertThat(api.get("overformyndare", "/api/v1/followup.csv?unit=1120&period=2026-02")
                        .statusCode())
                .isEqualTo(403);
        assertThat(api.get("overformyndare", "/api/v1/followup?unit=1150&period=2026-02")
                        .body())
                .contains("409283.00");
        assertThat(api.get("politiker", "/api/v1/followup?unit=SBF&period=2026-02")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void a_bad_or_missing_parameter_gets_400_with_a_swedish_message() throws Exception {
        ApiClient api = new ApiClient(port);
        HttpResponse<String> badPeriod = api.get("kommundirektor", "/api/v1/followup?unit=KLS&period=feb");
        assertThat(badPeriod.statusCode()).isEqualTo(400);
        assertThat(badPeriod.body()).contains("ogiltig parameter: perioden \\\"feb\\\" ska skrivas ÅÅÅÅ-MM");
        HttpResponse<String> missing = api.get("kommundirektor", "/api/v1/followup.csv?unit=KLS");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("parametern period saknas");
    }

    @Test
    void without_credentials_the_api_answers_401() throws Exception {
        HttpResponse<String> response = new ApiClient(port).get(null, "/api/v1/followup?unit=KLS&period=2026-02");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Basic");
    }

    @Test
    void the_openapi_description_is_there_for_a_logged_in_user() throws Exception {
        ApiClient api = new ApiClient(port);
        assertThat(api.get(null, "/v3/api-docs").statusCode()).isEqualTo(401);
        HttpResponse<String> docs = api.get("politiker", "/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/import/sie", "/api/v1/followup.csv", "/api/v1/organisation");
    }
}
