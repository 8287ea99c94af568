package se.ekonomiuppfoljning.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.ekonomiuppfoljning.app.PortalTest;

/**
 * Unit codes and uploads over the API, as an integration would send them. The tests use a unit of their own
 * (XQ1 under SBF) and the year 2031, so the demo figures other tests read stay as they are.
 */
@PortalTest
class CodesAndUploadsApiTest {

    private static final String CSV = "text/csv";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private ApiClient api() {
        return new ApiClient(port);
    }

    private void ownUnit() throws Exception {
        HttpResponse<String> response = api().post(
                        "controller",
                        "/api/v1/organisation",
                        CSV,
                        "kod;namn;överordnad;nämnd\nXQ1;Testenhet för koder;SBF;\n");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    /** The figures of XQ1 go again, so that no later test finds 2031 as the portal's latest period. */
    @org.junit.jupiter.api.AfterEach
    void removeTheFiguresOfTheTestUnit() {
        jdbc.update("DELETE FROM actual_year WHERE unit_code = 'XQ1'");
        jdbc.update("DELETE FROM unit_month_total WHERE unit_code = 'XQ1'"); // the lines' totals (V45) go with them
    }

    @Test
    void an_actuals_file_naming_an_existing_unit_in_lower_case_updates_that_unit_and_creates_no_new_one()
            throws Exception {
        ownUnit();
        int units = jdbc.queryForObject("SELECT COUNT(*) FROM unit", Integer.class);

        HttpResponse<String> imported = api().post(
                        "controller",
                        "/api/v1/import/actuals?filnamn=xq1.csv",
                        CSV,
                        "ansvar;konto;period;belopp\nxq1;5011;2031-02;777\n");

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(imported.body()).contains("\"units\":[\"XQ1\"]");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM unit", Integer.class))
                .isEqualTo(units);
        assertThat(jdbc.queryForObject("SELECT parent_code FROM unit WHERE code = 'XQ1'", String.class))
                .isEqualTo("SBF");
        assertThat(jdbc.queryForObject(
                        "SELECT CONCAT(unit_code, ' ', amount) FROM actual_amount"
                                + " WHERE period_year = 2031 AND period_month = 2 AND unit_code = 'XQ1'",
                        String.class))
                .isEqualTo("XQ1 777.00");
    }

    @Test
    void a_unit_code_holding_a_tab_is_refused_at_its_line_in_swedish_and_nothing_is_loaded() throws Exception {
        ownUnit();
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM actual_year", Long.class);

        HttpResponse<String> refused = api().post(
                        "controller",
                        "/api/v1/import/actuals?filnamn=tabb.csv",
                        CSV,
                        "ansvar;konto;period;belopp\nXQ\t1;5011;2031-03;5\n");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body())
                .contains(
                        "\"file\":\"tabb.csv\",\"line\":2,\"field\":\"ansvar\",\"message\":"
                                + "\"ansvarskoden får bara innehålla",
                        "(tecknet tabb)");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM actual_year", Long.class))
                .isEqualTo(before);
    }

    @Test
    void a_multipart_body_to_an_import_is_refused_in_swedish_as_not_the_raw_file_not_answered_500() throws Exception {
        String body = "--grans\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\n"
                + "ansvar;konto;period;belopp\r\n--grans";
        HttpResponse<String> refused = api().post(
                        "controller",
                        "/api/v1/import/actuals?filnamn=a.csv",
                        "multipart/form-data; boundary=grans",
                        body);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("inte som formulär (multipart)").doesNotContain("Exception");
    }
}
