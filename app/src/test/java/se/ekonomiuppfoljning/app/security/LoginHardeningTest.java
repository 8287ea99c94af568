package se.ekonomiuppfoljning.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import se.ekonomiuppfoljning.app.PortalTest;

/**
 * Tried from outside over real HTTP: a foreign page posting the login form, user names typed in other forms,
 * and the headers and cookie every answer carries.
 */
@PortalTest
class LoginHardeningTest {

    private static final String FOLLOWUP = "/api/v1/followup?unit=KLS&period=2026-02";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ConfigurableApplicationContext context;

    private LoginHttp http;
    private final List<String> authenticated = new CopyOnWriteArrayList<>();
    private final ApplicationListener<AuthenticationSuccessEvent> listener =
            event -> authenticated.add(event.getAuthentication().getName());

    @BeforeEach
    void setUp() {
        http = new LoginHttp(port);
        context.addApplicationListener(listener);
    }

    @AfterEach
    void tearDown() {
        context.getBean(ApplicationEventMulticaster.class).removeApplicationListener(listener);
        jdbc.update("DELETE FROM login_failure");
        jdbc.update("DELETE FROM audit_entry WHERE entity = 'inloggning'");
    }

    @Test
    void aLoginFormPostedFromAnotherSiteDoesNotLogTheBrowserIn() throws Exception {
        for (Map<String, String> foreign : List.of(
                Map.of("Origin", "null"),
                Map.of("Origin", "http://evil.example"),
                Map.of("Origin", "http://evil.example", "Sec-Fetch-Site", "cross-site"),
                Map.of("Sec-Fetch-Site", "same-site"))) {
            HttpClient victim = LoginHttp.browser();
            HttpResponse<String> response = http.postLogin(victim, "kommundirektor", "demo2026", foreign);
            assertThat(response.statusCode()).as("%s", foreign).isEqualTo(403);
            assertThat(response.body()).contains("formuläret kom inte från portalens egen inloggningssida");
            assertThat(http.loggedIn(victim)).as("%s", foreign).isFalse();
        }
    }

    @Test
    void aLoginFormPostedFromAnotherSiteToAPercentEncodedLoginAddressDoesNotLogTheBrowserIn() throws Exception {
        for (String path : List.of("/%6Cogin", "/%6c%6F%67%69%6E")) {
            HttpClient victim = LoginHttp.browser();
            HttpResponse<String> response = http.postLoginTo(
                    path,
                    victim,
                    "kommundirektor",
                    "demo2026",
                    Map.of("Origin", "http://evil.example", "Sec-Fetch-Site", "cross-site"));
            assertThat(response.statusCode()).as(path).isEqualTo(403);
            assertThat(http.loggedIn(victim)).as(path).isFalse();
        }
        assertThat(authenticated).isEmpty();
    }

    @Test
    void theLoginFormPostedFromThePortalsOwnPageStillLogsIn() throws Exception {
        HttpClient browser = LoginHttp.browser();
        HttpResponse<String> response = http.postLogin(
                browser, "kommundirektor", "demo2026", Map.of("Origin", http.base(), "Sec-Fetch-Site", "same-origin"));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(http.loggedIn(browser)).isTrue();

        HttpClient older = LoginHttp.browser();
        http.postLogin(older, "kommundirektor", "demo2026", Map.of("Origin", http.base()));
        assertThat(http.loggedIn(older)).isTrue();
    }

    @Test
    void behindAProxyEndingTlsTheOwnOriginLogsInAndAForeignOneDoesNot() throws Exception {
        String own = http.postLoginWithHost(
                "ekonomi.kommun.example", "https://ekonomi.kommun.example", "kommundirektor", "demo2026");
        assertThat(own).startsWith("HTTP/1.1 302");
        assertThat(own).containsIgnoringCase("Location:").doesNotContain("/login");
        String foreign =
                http.postLoginWithHost("ekonomi.kommun.example", "https://evil.example", "kommundirektor", "demo2026");
        assertThat(foreign).startsWith("HTTP/1.1 403");
    }

    @Test
    void aUserNameInCapitalsOrWithSurroundingSpaceLogsInAsTheStoredNameOnTheLoginPage() throws Exception {
        for (String typed : List.of("OVERFORMYNDARE", " politiker", "politiker\t", "politiker\u00a0")) {
            HttpClient browser = LoginHttp.browser();
            http.postLogin(browser, typed, "demo2026", Map.of());
            assertThat(http.loggedIn(browser)).as("[%s]", typed).isTrue();
        }
        assertThat(authenticated).containsExactly("overformyndare", "politiker", "politiker", "politiker");
    }

    @Test
    void aUserNameInCapitalsOrWithSurroundingSpaceIsTheStoredNameOverBasic() throws Exception {
        for (String typed : List.of("EKONOMICHEF", " ekonomichef", "ekonomichef\t", "ekonomichef\u00a0")) {
            assertThat(http.basic(typed, "demo2026", FOLLOWUP).statusCode())
                    .as("[%s]", typed)
                    .isEqualTo(200);
        }
        assertThat(authenticated).containsExactly("ekonomichef", "ekonomichef", "ekonomichef", "ekonomichef");
    }

    @Test
    void aDottedCapitalIDoesNotPassForTheLetterIInAUserName() throws Exception {
        HttpClient browser = LoginHttp.browser();
        http.postLogin(browser, "polit\u0130ker", "demo2026", Map.of());
        assertThat(http.loggedIn(browser)).isFalse();
        assertThat(http.basic("polit\u0130ker", "demo2026", FOLLOWUP).statusCode())
                .isNotEqualTo(200);
        assertThat(http.basic("ekonomichef\u0130", "demo2026", FOLLOWUP).statusCode())
                .isNotEqualTo(200);
        assertThat(authenticated).isEmpty();
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersOnceAndTheSessionCookieIsSameSite() throws Exception {
        HttpClient client = LoginHttp.browser();
        for (String path : List.of("/login", "/uppfoljning", "/api/v1/followup", "/styles/portal.css", "/finns-inte")) {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create(http.base() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            var headers = response.headers();
            assertThat(headers.allValues("Content-Security-Policy")).as(path).hasSize(1);
            assertThat(headers.firstValue("Content-Security-Policy").orElseThrow())
                    .contains(
                            "default-src 'self'",
                            "frame-ancestors 'none'",
                            "object-src 'none'",
                            "base-uri 'self'",
                            "form-action 'self'");
            assertThat(headers.allValues("X-Frame-Options")).as(path).containsExactly("DENY");
            assertThat(headers.allValues("X-Content-Type-Options")).as(path).containsExactly("nosniff");
            assertThat(headers.allValues("Referrer-Policy"))
                    .as(path)
                    .containsExactly("strict-origin-when-cross-origin");
        }
        HttpResponse<String> login = http.postLogin(LoginHttp.browser(), "kommundirektor", "demo2026", Map.of());
        assertThat(login.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("JSESSIONID=")
                        .contains("HttpOnly")
                        .containsIgnoringCase("SameSite=Lax"));
    }
}
