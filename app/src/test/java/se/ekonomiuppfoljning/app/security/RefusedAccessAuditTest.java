package se.ekonomiuppfoljning.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.ekonomiuppfoljning.app.PortalTest;

/** Refused accesses are in the audit trail, whatever the door, and a flood of them is written once a minute. */
@PortalTest
class RefusedAccessAuditTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private int refusals(String user, String unit) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_entry WHERE entity = 'REFUSED_ACCESS' AND username = ?"
                        + " AND unit_code = ?",
                Integer.class,
                user,
                unit);
    }

    @org.junit.jupiter.api.AfterEach
    void forgetTheFailedLogins() {
        jdbc.update("DELETE FROM login_failure");
    }

    @Test
    void aWrongPasswordIsInTheAuditTrailOnceAMinutePerAccountAndAddress() throws Exception {
        int before = jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_entry WHERE entity = 'inloggning'"
                        + " AND username = 'itchef' AND after_text LIKE 'Misslyckad inloggning%'",
                Integer.class);
        HttpClient http = HttpClient.newHttpClient();
        for (int attempt = 0; attempt < 2; attempt++) {
            HttpResponse<String> refused = http.send(
                    HttpRequest.newBuilder(URI.create(
                                    "http://localhost:" + port + "/api/v1/followup?unit=1120&period=2026-02"))
                            .header(
                                    "Authorization",
                                    "Basic "
                                            + Base64.getEncoder()
                                                    .encodeToString(
                                                            "itchef:fel-lösenord".getBytes(StandardCharsets.UTF_8)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(refused.statusCode()).isEqualTo(401);
        }

        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_entry WHERE entity = 'inloggning'"
                                + " AND username = 'itchef' AND after_text LIKE 'Misslyckad inloggning%'",
                        Integer.class))
                .isEqualTo(before + 1);
    }

    @Test
    void theKlsEconomistReadingAnotherCommitteesUnitOverTheApiIsAuditedOnceAMinuteHoweverOftenTheyTry()
            throws Exception {
        int before = refusals("ekonomichef", "2120");
        HttpClient http = HttpClient.newHttpClient();
        for (int attempt = 0; attempt < 5; attempt++) {
            HttpResponse<String> refused = http.send(
                    HttpRequest.newBuilder(URI.create(
                                    "http://localhost:" + port + "/api/v1/followup?unit=2120&period=2026-02"))
                            .header(
                                    "Authorization",
                                    "Basic "
                                            + Base64.getEncoder()
                                                    .encodeToString(
                                                            "ekonomichef:demo2026".getBytes(StandardCharsets.UTF_8)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(refused.statusCode()).isEqualTo(403);
        }

        assertThat(refusals("ekonomichef", "2120")).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject(
                        "SELECT after_text FROM audit_entry WHERE entity = 'REFUSED_ACCESS'"
                                + " AND username = 'ekonomichef' AND unit_code = '2120' ORDER BY id DESC LIMIT 1",
                        String.class))
                .startsWith("åtgärd=FollowUpService.")
                .contains("enhet=2120");
    }
}
