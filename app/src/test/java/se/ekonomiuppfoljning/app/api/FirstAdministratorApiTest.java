package se.ekonomiuppfoljning.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.ekonomiuppfoljning.app.PortalTest;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.security.UserAccountRepository;

/**
 * A user shaped as the first administrator of an empty database (FirstAdministrator: ADMIN and EKONOM, no units)
 * uses every endpoint of the API: the organisation, the three imports, the follow-up as JSON and CSV for any unit,
 * and the OpenAPI description. The demo's administrator (ADMIN only) still reads no unit. Its own unit is 4800.
 */
@PortalTest
class FirstAdministratorApiTest {

    private static final String CSV = "text/csv";

    @LocalServerPort
    int port;

    @Autowired
    UserAccountRepository users;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_first_administrator_imports_and_reads_through_every_endpoint() throws Exception {
        if (users.findByUsername("forvaltare").isEmpty()) {
            users.save(
                    new UserAccount(
                            "forvaltare", "Administratör", Set.of(Role.ADMIN, Role.EKONOM), Set.of(), Set.of(), true),
                    passwords.encode("demo2026"));
        }
        try {
            ApiClient api = new ApiClient(port);

            assertOk(api.post(
                    "forvaltare",
                    "/api/v1/organisation",
                    CSV,
                    "kod;namn;överordnad;nämnd\n4800;Förskola Vallmon;SBF;\n"));
            assertOk(api.post(
                    "forvaltare",
                    "/api/v1/import/sie?filnamn=blaklinten.se",
                    "application/octet-stream",
                    "#FLAGGA 0\n#SIETYP 3\n#RAR 0 20260101 20261231\n#KONTO 5011 Lön\n"
                            + "#PSALDO 0 202601 5011 {1 \"4800\"} 1000.00\n"));
            assertOk(api.post(
                    "forvaltare",
                    "/api/v1/import/actuals",
                    CSV,
                    "ansvar;konto;period;belopp\n4800;5011;2026-02;2000\n"));
            assertOk(api.post(
                    "forvaltare",
                    "/api/v1/import/budget",
                    CSV,
                    "ansvar;konto;period;belopp\n4800;5011;2026-01;1500\n4800;5011;2026-02;1500\n"));

            HttpResponse<String> json = api.get("forvaltare", "/api/v1/followup?unit=4800&period=2026-02");
            assertOk(json);
            assertThat(json.body()).contains("Förskola Vallmon");
            HttpResponse<String> csv = api.get("forvaltare", "/api/v1/followup.csv?unit=4800&period=2026-02");
            assertOk(csv);
            assertThat(csv.body().split("\r\n")[1])
                    .isEqualTo("Förskola Vallmon;2;2;-1;133,3;3;3;3;0;100,0;ja;3;0;ja;4800");
            assertOk(api.get("forvaltare", "/api/v1/followup.csv?unit=EXB&period=2026-02"));
            assertOk(api.get("forvaltare", "/v3/api-docs"));

            assertThat(api.get("admin", "/api/v1/followup?unit=4800&period=2026-02")
                            .statusCode())
                    .isEqualTo(403);

        } finally {
            // a second administrator left behind would let the demo's admin take away their own last ADMIN
            jdbc.update("DELETE FROM app_user WHERE username = 'forvaltare'");
            jdbc.update("UPDATE change_counter SET counter = counter + 1 WHERE name = 'users'");
        }
    }

    private static void assertOk(HttpResponse<String> response) {
        assertThat(response.statusCode())
                .as(response.uri() + ": " + response.body())
                .isEqualTo(200);
    }
}
