package se.ekonomiuppfoljning.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import se.ekonomiuppfoljning.apikeys.ApiKeyPurpose;
import se.ekonomiuppfoljning.apikeys.ApiKeyService;
import se.ekonomiuppfoljning.apikeys.CreatedKey;
import se.ekonomiuppfoljning.app.PortalTest;
import se.ekonomiuppfoljning.security.NewUser;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccountRepository;
import se.ekonomiuppfoljning.security.UserAdministrationService;

/**
 * A key made for user administration: the HR system's service account (an administrator) creates and changes users
 * through {@code /api/v1/users} with it, and it opens no other door; an integration key stays refused there; a revoked
 * or expired one is 401; and a browser's cookie session still opens no write on the stateless API.
 */
@PortalTest
class UserAdministrationKeyApiTest {

    private static final String JSON = "application/json";
    private static final String SERVICE_ACCOUNT = "api-ny-hr-konto";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserAccountRepository users;

    @Autowired
    UserAdministrationService administration;

    @Autowired
    ApiKeyService keys;

    @Autowired
    Clock clock;

    @BeforeEach
    void makeTheHrServiceAccount() {
        asAdmin(() -> administration.createUser(new NewUser(
                SERVICE_ACCOUNT,
                "HR-systemet",
                null,
                "ett långt lösenord för tjänstekontot",
                Set.of(Role.ADMIN),
                Set.of(),
                Set.of())));
    }

    @AfterEach
    void removeTheUsersMadeHere() {
        jdbc.update("DELETE FROM app_user WHERE username LIKE 'api-ny-%'");
        jdbc.update("UPDATE change_counter SET counter = counter + 1 WHERE name = 'users'");
    }

    private CreatedKey hrKey() {
        return asAdmin(() -> keys.create(
                ApiKeyPurpose.USER_ADMINISTRATION,
                SERVICE_ACCOUNT,
                "HR-systemet",
                LocalDate.now(clock).plusMonths(6)));
    }

    private HttpResponse<String> withKey(CreatedKey key, String method, String path, String body) throws Exception {
        return new ApiClient(port)
                .send(null, method, path, body, "Authorization", "Bearer " + key.secret(), "Content-Type", JSON);
    }

    private static String newChief(String username) {
        return "{\"username\":\"" + username + "\",\"name\":\"Ny Chef\",\"email\":\"ny.chef@kommun.example\","
                + "\"password\":\"ett långt lösenord 14\",\"roles\":[\"CHEF\"],\"units\":[\"1120\"],\"committees\":[]}";
    }

    @Test
    void the_hr_systems_key_creates_changes_and_lists_users_through_the_users_api() throws Exception {
        CreatedKey key = hrKey();

        HttpResponse<String> created = withKey(key, "POST", "/api/v1/users", newChief("api-ny-hr-chef"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(users.findByUsername("api-ny-hr-chef").orElseThrow().roles()).containsExactly(Role.CHEF);

        HttpResponse<String> changed = withKey(
                key,
                "PUT",
                "/api/v1/users/api-ny-hr-chef",
                "{\"name\":\"Omdöpt Chef\",\"roles\":[\"CHEF\"],\"units\":[\"1150\"],\"committees\":[]}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(users.findByUsername("api-ny-hr-chef").orElseThrow().displayName())
                .isEqualTo("Omdöpt Chef");
        assertThat(withKey(key, "GET", "/api/v1/users", "").body()).contains("api-ny-hr-chef");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_entry WHERE username = ? AND entity_id = ?",
                        Integer.class,
                        SERVICE_ACCOUNT,
                        "api-ny-hr-chef"))
                .isPositive();
    }

    @Test
    void the_hr_systems_key_opens_no_other_door_and_reads_no_figures() throws Exception {
        CreatedKey key = hrKey();

        for (String path : List.of(
                "/api/v1/followup?unit=1150&period=2026-02",
                "/api/v1/followup?unit=KLS&period=2026-02",
                "/v3/api-docs",
                "/api/v1/usersx",
                "/api/v1/nothing-here")) {
            HttpResponse<String> answer = withKey(key, "GET", path, "");
            assertThat(answer.statusCode()).as(path).isEqualTo(403);
            assertThat(answer.body())
                    .as(path)
                    .contains("gäller bara användaradministrationen")
                    .doesNotContain("409283")
                    .doesNotContain("3483");
        }
        HttpResponse<String> upload = withKey(key, "POST", "/api/v1/import/sie", "{}");
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(403);
    }

    @Test
    void an_integration_key_stays_refused_by_the_users_api() throws Exception {
        CreatedKey integration = asAdmin(() -> keys.create(
                "overformyndare", "Nattlig import", LocalDate.now(clock).plusMonths(6)));

        HttpResponse<String> list = withKey(integration, "GET", "/api/v1/users", "");
        HttpResponse<String> post = withKey(integration, "POST", "/api/v1/users", newChief("api-ny-fel-nyckel"));

        assertThat(list.statusCode()).as(list.body()).isEqualTo(403);
        assertThat(post.statusCode()).as(post.body()).isEqualTo(403);
        assertThat(post.body()).contains("gäller inte användar-API:t");
        assertThat(users.findByUsername("api-ny-fel-nyckel")).isEmpty();
    }

    @Test
    void a_revoked_or_expired_user_administration_key_gets_401() throws Exception {
        CreatedKey revoked = hrKey();
        CreatedKey expired = hrKey();
        asAdmin(() -> keys.revoke(revoked.key().id()));
        jdbc.update(
                "UPDATE api_key SET expires_on = ? WHERE id = ?",
                LocalDate.now(clock).minusDays(1),
                expired.key().id());

        for (CreatedKey key : List.of(revoked, expired)) {
            HttpResponse<String> get = withKey(key, "GET", "/api/v1/users", "");
            HttpResponse<String> post = withKey(key, "POST", "/api/v1/users", newChief("api-ny-gammal-nyckel"));
            assertThat(get.statusCode()).isEqualTo(401);
            assertThat(post.statusCode()).isEqualTo(401);
            assertThat(get.headers().firstValue("WWW-Authenticate"))
                    .get()
                    .asString()
                    .contains("invalid_token");
        }
        assertThat(users.findByUsername("api-ny-gammal-nyckel")).isEmpty();
    }

    @Test
    void a_cookie_session_without_a_key_still_opens_no_write_on_the_users_api() throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> login = formLogin(browser, "admin", "demo2026");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");

        HttpResponse<String> crossSite = browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/users"))
                        .header("Content-Type", JSON)
                        .header("Sec-Fetch-Site", "cross-site")
                        .header("Origin", "http://evil.example")
                        .POST(HttpRequest.BodyPublishers.ofString(newChief("api-ny-kaka")))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> cookieOnly = browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/users"))
                        .header("Content-Type", JSON)
                        .POST(HttpRequest.BodyPublishers.ofString(newChief("api-ny-kaka")))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(crossSite.statusCode()).as(crossSite.body()).isEqualTo(403);
        assertThat(cookieOnly.statusCode()).as(cookieOnly.body()).isEqualTo(401);
        assertThat(users.findByUsername("api-ny-kaka")).isEmpty();
    }

    private HttpResponse<String> formLogin(HttpClient client, String username, String password) throws Exception {
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

    private static <T> T asAdmin(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
