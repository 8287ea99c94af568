package se.ekonomiuppfoljning.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.ekonomiuppfoljning.app.PortalTest;

/**
 * Issue 10, points 1 and 8, through the integration API: who may change the organisation and import figures. Every
 * test puts the demo organisation back (SBF under EXB, its own name) whatever the portal did with the attack.
 */
@PortalTest
class OrganisationAccessApiTest {

    private static final String CSV = "text/csv";
    private static final String HEADER = "kod;namn;överordnad;nämnd\n";
    /** The demo's own organisation file: importing it again puts every unit back, its order among siblings too. */
    private static final byte[] DEMO_ORGANISATION = demoOrganisation();

    private static byte[] demoOrganisation() {
        try (var in = new org.springframework.core.io.ClassPathResource("demo/organisation.csv").getInputStream()) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private ApiClient api() {
        return new ApiClient(port);
    }

    @AfterEach
    void restoreTheDemoOrganisation() throws Exception {
        // the whole-kommun economist; before issue 10 the demo had none and the administrator imported
        for (String user : new String[] {"controller", "admin"}) {
            if (api().post(user, "/api/v1/organisation?filnamn=organisation.csv", CSV, DEMO_ORGANISATION)
                            .statusCode()
                    == 200) {
                break;
            }
        }
        assertThat(jdbc.queryForObject("SELECT parent_code FROM unit WHERE code = 'SBF'", String.class))
                .isEqualTo("EXB");
    }

    @Test
    void anEconomistCannotWidenTheirScopeByMovingAnotherCommitteesUnitUnderTheirOwnThroughTheApi() throws Exception {
        assertThat(api().get("ekonomichef", "/api/v1/followup?unit=SBF&period=2026-02")
                        .statusCode())
                .isEqualTo(403);

        HttpResponse<String> moved = api().post(
                        "ekonomichef",
                        "/api/v1/organisation",
                        CSV,
                        HEADER + "SBF;Samhällsbyggnadsförvaltningen;KLS;TN\n");

        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(422);
        assertThat(moved.body())
                .contains("\"line\":2")
                .contains("enhet SBF ligger utanför ditt ansvarsområde")
                .contains("det får bara en ekonom med hela kommunen som ansvarsområde");
        assertThat(jdbc.queryForObject("SELECT parent_code FROM unit WHERE code = 'SBF'", String.class))
                .isEqualTo("EXB");
        assertThat(api().get("ekonomichef", "/api/v1/followup?unit=SBF&period=2026-02")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void anEconomistCannotMoveTheTopOfTheirScopeNorChangeItsCommitteeFrame() throws Exception {
        HttpResponse<String> moved = api().post(
                        "ekonomichef",
                        "/api/v1/organisation",
                        CSV,
                        HEADER + "KLS;Kommunledningsstaben;SBF;KS\n1120;IT;KLS;TN\n");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(422);
        assertThat(moved.body())
                .contains("enhet KLS ligger högst upp i ditt ansvarsområde")
                .contains("enhet 1120 skulle räknas i ramen för nämnden TN i stället för KS");
        assertThat(jdbc.queryForObject("SELECT parent_code FROM unit WHERE code = 'KLS'", String.class))
                .isEqualTo("EXB");
        assertThat(jdbc.queryForObject(
                        "SELECT COALESCE(committee_code, '') FROM unit WHERE code = '1120'", String.class))
                .isEmpty();
    }

    @Test
    void anAdministratorWithoutTheEconomistRoleCannotImportTheOrganisationOrFigures() throws Exception {
        HttpResponse<String> moved =
                api().post("admin", "/api/v1/organisation", CSV, HEADER + "SBF;Samhällsbyggnadsförvaltningen;KLS;TN\n");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT parent_code FROM unit WHERE code = 'SBF'", String.class))
                .isEqualTo("EXB");

        String before = jdbc.queryForObject(
                "SELECT CONCAT(COUNT(*), '/', COALESCE(SUM(amount), 0)) FROM actual_amount", String.class);
        HttpResponse<String> figures = api().post(
                        "admin",
                        "/api/v1/import/actuals?filnamn=admin.csv",
                        CSV,
                        "ansvar;konto;period;belopp\n2110;5011;2026-02;999999\n");
        assertThat(figures.statusCode()).as(figures.body()).isEqualTo(403);
        assertThat(jdbc.queryForObject(
                        "SELECT CONCAT(COUNT(*), '/', COALESCE(SUM(amount), 0)) FROM actual_amount", String.class))
                .isEqualTo(before);
    }

    @Test
    void theWholeKommunsEconomistMovesAUnitAndTheAuditTrailSaysWhoMovedItFromWhereToWhere() throws Exception {
        long before = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM audit_entry", Long.class);

        HttpResponse<String> moved = api().post(
                        "controller",
                        "/api/v1/organisation?filnamn=flytt.csv",
                        CSV,
                        HEADER + "2130;Kost och lokalvård;KLS;\n");

        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(jdbc.queryForList(
                        "SELECT CONCAT(username, '|', entity, '|', entity_id, '|', COALESCE(before_text, ''),"
                                + " '|', after_text) FROM audit_entry WHERE id > ? ORDER BY id",
                        String.class,
                        before))
                .containsExactly(
                        "controller|UNIT|2130|namn=Kost och lokalvård\nkortnamn=\növerordnad=SBF\nnämnd=|"
                                + "namn=Kost och lokalvård\nkortnamn=\növerordnad=KLS\nnämnd=\nfil=flytt.csv",
                        "controller|ORGANISATION_IMPORT|flytt.csv||enheter=1\nnya=0\nändrade=1\nnya nämnder=[]");
    }
}
