package se.ekonomiuppfoljning.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
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

/** The portal's HTTP answers as a stranger, a foreign page or a returning browser meets them. */
@PortalTest
class HttpEdgeTest {

    @LocalServerPort
    int port;

    @Test
    void aForgedHostHeaderIsNotReflectedInTheRedirectToTheLoginPage() throws Exception {
        RawHttp.Answer answer = RawHttp.send(port, "GET", "/uppfoljning", "Host: evil.example");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(302);
        assertThat(answer.header("Location"))
                .as(answer.toString())
                .isNotEmpty()
                .doesNotContain("evil.example")
                .endsWith("/login");
    }

    @Test
    void aForgedHostHeaderIsNotReflectedInTheRedirectAfterALogin() throws Exception {
        RawHttp.Answer login = RawHttp.send(port, "GET", "/login", "Host: evil.example");
        String csrf = csrfToken(login.body());
        String session = login.header("Set-Cookie").split(";")[0];
        String form =
                "username=kommundirektor&password=demo2026&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);

        RawHttp.Answer answer = RawHttp.send(
                port,
                "POST",
                "/login",
                form.getBytes(StandardCharsets.UTF_8),
                "Host: evil.example",
                "Cookie: " + session,
                "Content-Type: application/x-www-form-urlencoded");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(302);
        assertThat(answer.header("Location"))
                .as(answer.toString())
                .isNotEmpty()
                .doesNotContain("evil.example")
                .doesNotContain("error");
    }

    @Test
    void aPathWithASemicolonShowsThePortalsOwnSwedishPageNotSpringsWhitelabelPage() throws Exception {
        String session = loggedInSession();
        for (String cookie : new String[] {"Cookie: JSESSIONID=" + session, "Accept: text/html"}) {
            RawHttp.Answer answer = RawHttp.send(port, "GET", "/arende/1;x=1", cookie);

            assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
            assertThat(answer.header("Content-Type")).startsWith("text/html");
            assertThat(answer.body())
                    .as(answer.toString())
                    .doesNotContain("Whitelabel", "Exception", "Apache Tomcat")
                    .contains("Ekonomiuppföljning", "Adressen kan inte visas");
        }
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenShowsThePortalsOwnSwedishPageNotSpringsWhitelabelPage() throws Exception {
        String session = loggedInSession();
        RawHttp.Answer answer = RawHttp.send(
                port,
                "POST",
                "/logout",
                "x=1".getBytes(StandardCharsets.UTF_8),
                "Cookie: JSESSIONID=" + session,
                "Accept: text/html",
                "Content-Type: application/x-www-form-urlencoded");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
        assertThat(answer.body())
                .as(answer.toString())
                .doesNotContain("Whitelabel", "Exception", "Apache Tomcat")
                .contains("Ekonomiuppföljning", "Begäran togs inte emot");
    }

    @Test
    void aSemicolonInAnApiPathIsRefusedInJsonNotWithAnHtmlPage() throws Exception {
        RawHttp.Answer answer = RawHttp.send(
                port,
                "GET",
                "/api/v1/followup;x=1?unit=KLS&period=2026-02",
                "Authorization: Basic "
                        + java.util.Base64.getEncoder()
                                .encodeToString("kommundirektor:demo2026".getBytes(StandardCharsets.UTF_8)));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        assertThat(answer.body())
                .as(answer.toString())
                .contains("{\"errors\":[{\"file\":\"\",\"line\":0,\"field\":\"\","
                        + "\"message\":\"adressen kan inte användas");
    }

    @Test
    void aPercentEncodedApiPathRefusedByTheFirewallIsAnsweredInJsonLikeThePlainOne() throws Exception {
        RawHttp.Answer answer = RawHttp.send(
                port,
                "GET",
                "/%61pi/v1/followup;x=1?unit=KLS&period=2026-02",
                "Authorization: Basic "
                        + java.util.Base64.getEncoder()
                                .encodeToString("kommundirektor:demo2026".getBytes(StandardCharsets.UTF_8)));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        assertThat(answer.body()).as(answer.toString()).contains("\"message\":\"adressen kan inte användas");
    }

    @Test
    void aLoggedOutSessionIdGetsTheLoginPageAndTheApiAnswers401NotTomcats400() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String token = csrfToken(get(browser, "/login").body());
        HttpResponse<String> login = post(
                browser,
                "/login",
                "username=kommundirektor&password=demo2026&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        assertThat(login.statusCode()).isEqualTo(302);
        String oldSession = sessionId(cookies);
        HttpResponse<String> page = get(browser, "/");
        HttpResponse<String> logout =
                post(browser, "/logout", "_csrf=" + URLEncoder.encode(csrfToken(page.body()), StandardCharsets.UTF_8));
        assertThat(logout.statusCode()).as(logout.body()).isEqualTo(302);
        assertThat(logout.headers().firstValue("Location").orElse(""))
                .as(logout.headers().toString())
                .doesNotContain("error");

        RawHttp.Answer page2 = RawHttp.send(port, "GET", "/uppfoljning", "Cookie: JSESSIONID=" + oldSession);
        assertThat(page2.status()).as(page2.toString()).isEqualTo(302);
        for (String path : new String[] {"/", "/uppfoljning", "/login"}) {
            RawHttp.Answer answer = RawHttp.send(port, "GET", path, "Cookie: JSESSIONID=" + oldSession);
            assertThat(answer.status()).as(path + ": " + answer).isIn(200, 302);
            assertThat(answer.body()).as(path).doesNotContain("Apache Tomcat", "Bad Request");
            if (answer.status() == 302) {
                assertThat(answer.header("Location")).as(path).endsWith("/login");
            }
        }
        RawHttp.Answer api = RawHttp.send(
                port, "GET", "/api/v1/followup?unit=KLS&period=2026-02", "Cookie: JSESSIONID=" + oldSession);
        assertThat(api.status()).as(api.toString()).isEqualTo(401);
        assertThat(api.body()).contains("\"errors\"");
    }

    @Test
    void anUnknownSessionIdGetsTheLoginPageNotTomcats400() throws Exception {
        RawHttp.Answer answer =
                RawHttp.send(port, "GET", "/uppfoljning", "Cookie: JSESSIONID=0123456789ABCDEF0123456789ABCDEF");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(302);
        assertThat(answer.header("Location")).endsWith("/login");
    }

    /** Logs kommundirektor in through the login form and answers the session id. */
    private String loggedInSession() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String token = csrfToken(get(browser, "/login").body());
        HttpResponse<String> login = post(
                browser,
                "/login",
                "username=kommundirektor&password=demo2026&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        assertThat(login.statusCode()).isEqualTo(302);
        return sessionId(cookies);
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(HttpClient client, String path, String form) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionId(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow();
    }

    private static String csrfToken(String page) {
        Matcher csrf = Pattern.compile("_csrf\\\" content=\\\"([^\\\"]+)\\\"|\\\"csrfToken\\\":\\\"([^\\\"]+)\\\"")
                .matcher(page);
        return csrf.find() ? (csrf.group(1) != null ? csrf.group(1) : csrf.group(2)) : "";
    }
}
