package se.ekonomiuppfoljning.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.ekonomiuppfoljning.app.PortalTest;

/**
 * What an integration gets when something is wrong: always the API's JSON error shape in Swedish with the right
 * status, never the portal's HTML pages, a redirect to the login page, a stack trace or SQL. Unit 4910 (under SBF)
 * would be this class's own.
 */
@PortalTest
class ApiErrorAnswersTest {

    private static final String ERROR_SHAPE = "{\"errors\":[{\"file\":\"\",\"line\":0,\"field\":\"\",\"message\":\"";

    @LocalServerPort
    int port;

    private ApiClient api() {
        return new ApiClient(port);
    }

    @Test
    void aWrongPasswordOverBasicAnswers401WithTheChallengeNotARedirectToTheLoginPage() throws Exception {
        HttpResponse<String> response =
                api().getWithPassword("kommundirektor", "fel-lösenord", "/api/v1/followup?unit=KLS&period=2026-02");

        assertThat(response.statusCode())
                .as(response.headers() + "\n" + response.body())
                .isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Basic realm=");
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(response.body()).startsWith(ERROR_SHAPE).contains("lösenord").endsWith("\"code\":\"HTTP_401\"}]}");
    }

    @Test
    void anUnknownUserOverBasicAnswers401LikeAWrongPassword() throws Exception {
        HttpResponse<String> response = api().getWithPassword("finns-inte", "demo2026", "/api/v1/followup?unit=KLS");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).startsWith(ERROR_SHAPE);
    }

    @Test
    void anUnknownApiPathAnswers404InJsonNotThePortalsHtmlPage() throws Exception {
        for (String path : new String[] {"/api/v1/finns-inte", "/api/v2/followup?unit=KLS&period=2026-02", "/api"}) {
            HttpResponse<String> response = api().get("kommundirektor", path);

            assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type").orElse(""))
                    .as(path)
                    .startsWith("application/json");
            assertThat(response.body())
                    .as(path)
                    .startsWith(ERROR_SHAPE)
                    .contains("finns inte", "\"code\":\"HTTP_404\"")
                    .doesNotContain("<html");
        }
        HttpResponse<String> post = api().post("controller", "/api/v1/import/finns-inte", "text/csv", "a;b\n");
        assertThat(post.statusCode()).as(post.body()).isEqualTo(404);
    }

    @Test
    void aMalformedMultipartBodyToAnImportAnswers400InSwedishNot500() throws Exception {
        HttpResponse<String> response = api().postWithHeaders(
                        "controller",
                        "/api/v1/import/actuals",
                        "--x\r\nskräp utan slut",
                        "Content-Type",
                        "multipart/form-data; boundary=x",
                        "X-Requested-With",
                        "XMLHttpRequest");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body())
                .startsWith(ERROR_SHAPE)
                .contains("multipart")
                .doesNotContain("Exception");
    }

    @Test
    void anInternalErrorAnswersInJsonWithoutAStackTraceOrSql() throws Exception {
        // a unit name longer than the unit table's column reaches the database, which refuses the insert
        HttpResponse<String> response = api().post(
                        "controller",
                        "/api/v1/organisation",
                        "text/csv",
                        "kod;namn;överordnad;nämnd\n4910;" + "Förskola ".repeat(40) + ";SBF;\n");

        assertThat(response.statusCode()).as(response.body()).isBetween(400, 599);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(response.body())
                .startsWith("{\"errors\":[")
                .doesNotContain("Exception", "\tat ", "java.", "INSERT", "insert into", "SQL", "import_log", "org.");
    }
}
