package se.ekonomiuppfoljning.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.ekonomiuppfoljning.app.PortalTest;

/**
 * A page on another site can make a browser send a "simple" request (text/plain, a form, multipart) with the Basic
 * credentials the browser has cached for the portal, without asking first. Writes to the API therefore need a
 * content type or a header that a foreign page cannot send without the browser's CORS preflight, and a browser's
 * {@code Sec-Fetch-Site} saying the request comes from another site is refused. The bodies below are files the
 * importer refuses (422), so a request let through changes nothing either.
 */
@PortalTest
class ApiCrossSiteRequestTest {

    private static final String REFUSED_FILE = "ansvar;konto;period;belopp\n1150;50x1;2026-13;1\n";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private ApiClient api() {
        return new ApiClient(port);
    }

    private int imports() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM import_log", Integer.class);
    }

    @Test
    void aForeignPageCannotPostAPlainTextFileWithTheBrowsersCachedBasicCredentials() throws Exception {
        int before = imports();
        HttpResponse<String> response = api().post("ekonomichef", "/api/v1/import/budget", "text/plain", REFUSED_FILE);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(response.body())
                .contains(
                        "{\"errors\":[{\"file\":\"\",\"line\":0,\"field\":\"\",\"message\":\"",
                        "Content-Type",
                        "X-Requested-With");
        assertThat(imports()).isEqualTo(before);
    }

    @Test
    void aForeignPageCannotPostAFormWithTheBrowsersCachedBasicCredentials() throws Exception {
        HttpResponse<String> response =
                api().post("controller", "/api/v1/import/actuals", "application/x-www-form-urlencoded", REFUSED_FILE);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(415);
        assertThat(response.body()).contains("\"errors\"", "Content-Type");
    }

    @Test
    void aWriteWithoutAnyContentTypeIsRefusedLikeAForm() throws Exception {
        HttpResponse<String> response = api().postWithHeaders("controller", "/api/v1/import/actuals", REFUSED_FILE);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(415);
    }

    @Test
    void aForeignPageCannotPostAMultipartFormWithTheBrowsersCachedBasicCredentials() throws Exception {
        String body = "--x\r\nContent-Disposition: form-data; name=\"fil\"; filename=\"b.csv\"\r\n\r\n" + REFUSED_FILE
                + "\r\n--x--\r\n";
        HttpResponse<String> response =
                api().post("controller", "/api/v1/import/budget", "multipart/form-data; boundary=x", body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("\"errors\"", "multipart");
    }

    @Test
    void aBrowserRequestFromAnotherSiteIsRefusedEvenWithACsvContentType() throws Exception {
        for (String site : new String[] {"cross-site", "same-site"}) {
            HttpResponse<String> response = api().postWithHeaders(
                            "ekonomichef",
                            "/api/v1/import/budget",
                            REFUSED_FILE,
                            "Content-Type",
                            "text/csv",
                            "Sec-Fetch-Site",
                            site,
                            "Origin",
                            "https://evil.example");

            assertThat(response.statusCode()).as(site + ": " + response.body()).isEqualTo(403);
            assertThat(response.body())
                    .contains(
                            "{\"errors\":[{\"file\":\"\",\"line\":0,\"field\":\"\",\"message\":\"", "annan webbplats");
        }
    }

    @Test
    void aBrowserRequestFromAnOpaqueOriginIsRefused() throws Exception {
        HttpResponse<String> response = api().postWithHeaders(
                        "ekonomichef",
                        "/api/v1/import/budget",
                        REFUSED_FILE,
                        "Content-Type",
                        "text/csv",
                        "Origin",
                        "null");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
    }

    @Test
    void theDocumentedIntegrationsAndTheOpenApiPageOfThePortalItselfStillReachTheImporter() throws Exception {
        for (String type : new String[] {
            "text/csv", "application/octet-stream", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        }) {
            HttpResponse<String> response = api().post("controller", "/api/v1/import/budget", type, REFUSED_FILE);
            assertThat(response.statusCode()).as(type + ": " + response.body()).isEqualTo(422);
        }
        HttpResponse<String> plainWithHeader = api().postWithHeaders(
                        "controller",
                        "/api/v1/import/budget",
                        REFUSED_FILE,
                        "Content-Type",
                        "text/plain",
                        "X-Requested-With",
                        "XMLHttpRequest");
        assertThat(plainWithHeader.statusCode()).as(plainWithHeader.body()).isEqualTo(422);
        HttpResponse<String> sameOrigin = api().postWithHeaders(
                        "controller",
                        "/api/v1/import/budget",
                        REFUSED_FILE,
                        "Content-Type",
                        "text/csv",
                        "Sec-Fetch-Site",
                        "same-origin",
                        "Origin",
                        "http://localhost:" + port);
        assertThat(sameOrigin.statusCode()).as(sameOrigin.body()).isEqualTo(422);
        HttpResponse<String> fromTheCommandLine = api().postWithHeaders(
                        "controller",
                        "/api/v1/import/budget",
                        REFUSED_FILE,
                        "Content-Type",
                        "text/csv",
                        "Sec-Fetch-Site",
                        "none");
        assertThat(fromTheCommandLine.statusCode())
                .as(fromTheCommandLine.body())
                .isEqualTo(422);
    }

    @Test
    void aReadLinkFollowedFromAnotherSiteStillWorks() throws Exception {
        // a link from the intranet to a follow-up table is a navigation, not a write: it is answered as always
        HttpResponse<String> response = api().send(
                        "kommundirektor",
                        "GET",
                        "/api/v1/followup?unit=KLS&period=2026-02",
                        "",
                        "Sec-Fetch-Site",
                        "cross-site");
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void theOpenApiDescriptionIsServedInTheDemo() throws Exception {
        assertThat(api().get("kommundirektor", "/v3/api-docs").statusCode()).isEqualTo(200);
        assertThat(api().get("kommundirektor", "/swagger-ui/index.html").statusCode())
                .isEqualTo(200);
    }
}
