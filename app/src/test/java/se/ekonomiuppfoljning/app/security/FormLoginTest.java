package se.ekonomiuppfoljning.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.ekonomiuppfoljning.app.PortalTest;

/** The real login over HTTP: bcrypt hashes in MariaDB, Spring Security's form login, Swedish failure. */
@PortalTest
class FormLoginTest {

    @LocalServerPort
    int port;

    private HttpResponse<String> login(HttpClient client, String username, String password) throws Exception {
        HttpResponse<String> page = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = Pattern.compile("_csrf\\\" content=\\\"([^\\\"]+)\\\"|\\\"csrfToken\\\":\\\"([^\\\"]+)\\\"")
                .matcher(page.body());
        String token = csrf.find() ? (csrf.group(1) != null ? csrf.group(1) : csrf.group(2)) : "";
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient client() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Test
    void a_demo_user_with_the_right_password_is_let_in() throws Exception {
        HttpResponse<String> response = login(client(), "kommundirektor", "demo2026");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    @Test
    void a_wrong_password_goes_back_to_the_login_page_with_the_error() throws Exception {
        HttpResponse<String> response = login(client(), "kommundirektor", "fel-lösenord");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login?error");
    }

    @Test
    void an_anonymous_request_for_a_page_is_sent_to_login() throws Exception {
        HttpResponse<String> response = client().send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/uppfoljning?enhet=KLS"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login");
    }
}
