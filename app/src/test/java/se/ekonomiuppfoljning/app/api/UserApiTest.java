package se.ekonomiuppfoljning.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import se.ekonomiuppfoljning.apikeys.ApiKeyService;
import se.ekonomiuppfoljning.apikeys.CreatedKey;
import se.ekonomiuppfoljning.app.PortalTest;
import se.ekonomiuppfoljning.common.AuditLog;
import se.ekonomiuppfoljning.common.RuleViolationException;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.SecurityAudit;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.security.UserAccountRepository;

/**
 * {@code /api/v1/users}, the HR system's API: the administrator lists, reads, creates and changes users over HTTP
 * Basic with the same checks and audit as the Användare page; every other role, an API key and a request without
 * credentials are refused; bad input is answered 400 naming the field; the rules' refusals 404 and 409.
 */
@PortalTest
class UserApiTest {

    private static final String PASSWORD = "ett långt lösenord 14";
    private static final String JSON = "application/json";
    private static final List<String> OTHER_ROLES =
            List.of("kommundirektor", "controller", "ekonomichef", "hrchef", "politiker");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditLog audit;

    @Autowired
    UserAccountRepository users;

    @Autowired
    ApiKeyService keys;

    @Autowired
    Clock clock;

    @AfterEach
    void removeTheUsersMadeHere() {
        jdbc.update("DELETE FROM app_user WHERE username LIKE 'api-ny-%'");
        jdbc.update("UPDATE change_counter SET counter = counter + 1 WHERE name = 'users'");
    }

    private ApiClient api() {
        return new ApiClient(port);
    }

    private HttpResponse<String> send(String user, String method, String path, String body) throws Exception {
        return api().send(user, method, path, body, "Content-Type", JSON);
    }

    private static String newChief(String username) {
        return "{\"username\":\"" + username + "\",\"name\":\"Ny Chef\",\"email\":\"ny.chef@kommun.example\","
                + "\"password\":\"" + PASSWORD + "\",\"roles\":[\"CHEF\"],\"units\":[\"1120\"],\"committees\":[]}";
    }

    private HttpResponse<String> create(String username) throws Exception {
        HttpResponse<String> created = send("admin", "POST", "/api/v1/users", newChief(username));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return created;
    }

    @Test
    void the_administrator_lists_the_users_and_reads_one_without_any_password() throws Exception {
        HttpResponse<String> list = api().get("admin", "/api/v1/users");

        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        assertThat(list.headers().firstValue("Content-Type").orElse("")).startsWith(JSON);
        assertThat(list.body())
                .contains(
                        "{\"username\":\"hrchef\",",
                        "\"roles\":[\"CHEF\"],\"units\":[\"1180\"],\"committees\":[],\"enabled\":true}")
                .doesNotContain("password", "$2a$", "$2b$");

        HttpResponse<String> one = api().get("admin", "/api/v1/users/politiker");
        assertThat(one.statusCode()).as(one.body()).isEqualTo(200);
        assertThat(one.body()).startsWith("{\"username\":\"politiker\",").contains("\"roles\":[\"POLITIKER\"]");
    }

    @Test
    void an_unknown_user_is_404_with_the_problems_code() throws Exception {
        HttpResponse<String> missing = api().get("admin", "/api/v1/users/finns-inte");
        assertThat(missing.statusCode()).as(missing.body()).isEqualTo(404);
        assertThat(missing.body())
                .contains("\"code\":\"SecurityProblem.USER_NOT_FOUND\"", "Användaren \\\"finns-inte\\\" finns inte.");

        HttpResponse<String> change = send(
                "admin",
                "PUT",
                "/api/v1/users/finns-inte",
                "{\"name\":\"X\",\"roles\":[],\"units\":[],\"committees\":[]}");
        assertThat(change.statusCode()).as(change.body()).isEqualTo(404);
    }

    @Test
    void the_administrator_creates_a_chief_who_then_logs_in_with_the_scope_given_and_it_is_audited() throws Exception {
        HttpResponse<String> created = create("api-ny-chef");

        assertThat(created.headers().firstValue("Location")).contains("/api/v1/users/api-ny-chef");
        assertThat(created.body())
                .isEqualTo("{\"username\":\"api-ny-chef\",\"name\":\"Ny Chef\",\"email\":\"ny.chef@kommun.example\","
                        + "\"roles\":[\"CHEF\"],\"units\":[\"1120\"],\"committees\":[],\"enabled\":true}");
        UserAccount stored = users.findByUsername("api-ny-chef").orElseThrow();
        assertThat(stored.roles()).containsExactly(Role.CHEF);
        assertThat(stored.units()).containsExactly(UnitCode.of("1120"));
        assertThat(audit.entriesFor(SecurityAudit.USER, "api-ny-chef"))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.username()).isEqualTo("admin");
                    assertThat(entry.before()).isNull();
                    assertThat(entry.after())
                            .contains("roller=CHEF; enheter=1120;")
                            .doesNotContain(PASSWORD);
                });
        assertThat(api().getWithPassword("api-ny-chef", PASSWORD, "/api/v1/followup?unit=1120&period=2026-02")
                        .statusCode())
                .isEqualTo(200);
        assertThat(api().getWithPassword("api-ny-chef", PASSWORD, "/api/v1/followup?unit=1150&period=2026-02")
                        .statusCode())
                .isEqualTo(403);

        HttpResponse<String> again = send("admin", "POST", "/api/v1/users", newChief("API-NY-CHEF"));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        assertThat(again.body()).contains("\"field\":\"username\"", "SecurityProblem.USERNAME_TAKEN");
    }

    @Test
    void the_administrator_changes_name_email_rights_and_disables_in_one_audited_request() throws Exception {
        create("api-ny-byte");

        HttpResponse<String> changed = send(
                "admin",
                "PUT",
                "/api/v1/users/api-ny-byte",
                "{\"name\":\"Byte Namn\",\"email\":\"byte@kommun.example\",\"roles\":[\"chef\",\"POLITIKER\"],"
                        + "\"units\":[\"1150\"],\"committees\":[\"KS\"],\"enabled\":false}");

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(changed.body())
                .isEqualTo("{\"username\":\"api-ny-byte\",\"name\":\"Byte Namn\",\"email\":\"byte@kommun.example\","
                        + "\"roles\":[\"CHEF\",\"POLITIKER\"],\"units\":[\"1150\"],\"committees\":[\"KS\"],"
                        + "\"enabled\":false}");
        UserAccount stored = users.findByUsername("api-ny-byte").orElseThrow();
        assertThat(stored.enabled()).isFalse();
        assertThat(stored.displayName()).isEqualTo("Byte Namn");
        assertThat(audit.entriesFor(SecurityAudit.USER, "api-ny-byte"))
                .hasSize(3)
                .anySatisfy(entry -> assertThat(entry.after())
                        .contains("namn=Byte Namn; roller=CHEF,POLITIKER; enheter=1150; nämnder=KS; aktiv=ja"))
                .anySatisfy(entry -> assertThat(entry.after()).contains("aktiv=nej"));
        assertThat(api().getWithPassword("api-ny-byte", PASSWORD, "/api/v1/followup?unit=1150&period=2026-02")
                        .statusCode())
                .isEqualTo(401);

        HttpResponse<String> enabled = send(
                "admin",
                "PUT",
                "/api/v1/users/api-ny-byte",
                "{\"name\":\"Byte Namn\",\"email\":\"\",\"roles\":[\"CHEF\"],\"units\":[\"1150\"],"
                        + "\"committees\":[],\"enabled\":true}");
        assertThat(enabled.statusCode()).as(enabled.body()).isEqualTo(200);
        assertThat(enabled.body()).contains("\"email\":null", "\"enabled\":true");
    }

    @Test
    void the_last_administrator_cannot_take_their_own_admin_role_through_the_api() throws Exception {
        int entries = audit.entriesFor(SecurityAudit.USER, "admin").size();
        UserAccount admin = users.findByUsername("admin").orElseThrow();
        assertThat(users.findAll().stream().filter(u -> u.enabled() && u.has(Role.ADMIN)))
                .as("the demo has one administrator")
                .hasSize(1);

        HttpResponse<String> refused = send(
                "admin",
                "PUT",
                "/api/v1/users/admin",
                "{\"name\":\"" + admin.displayName() + "\",\"roles\":[],\"units\":[],\"committees\":[]}");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body())
                .contains(
                        "\"field\":\"roles\"",
                        "\"code\":\"SecurityProblem.LAST_ADMINISTRATOR\"",
                        "Ändringen skulle lämna portalen utan aktiv administratör");
        assertThat(users.findByUsername("admin").orElseThrow().roles()).contains(Role.ADMIN);
        assertThat(audit.entriesFor(SecurityAudit.USER, "admin")).hasSize(entries);

        HttpResponse<String> disableSelf = send(
                "admin",
                "PUT",
                "/api/v1/users/admin",
                "{\"name\":\"" + admin.displayName() + "\",\"roles\":[\"ADMIN\"],\"units\":[],\"committees\":[],"
                        + "\"enabled\":false}");
        assertThat(disableSelf.statusCode()).as(disableSelf.body()).isEqualTo(409);
        assertThat(users.findByUsername("admin").orElseThrow().enabled()).isTrue();
    }

    @Test
    void every_other_role_is_refused_every_verb_with_403_and_nothing_changes() throws Exception {
        for (String user : OTHER_ROLES) {
            assertThat(api().get(user, "/api/v1/users").statusCode()).as(user).isEqualTo(403);
            assertThat(api().get(user, "/api/v1/users/admin").statusCode())
                    .as(user)
                    .isEqualTo(403);
            HttpResponse<String> post = send(user, "POST", "/api/v1/users", newChief("api-ny-" + user));
            assertThat(post.statusCode()).as(user + " " + post.body()).isEqualTo(403);
            assertThat(post.body()).contains("\"code\":\"PERMISSION_DENIED\"");
            HttpResponse<String> put = send(
                    user,
                    "PUT",
                    "/api/v1/users/" + user,
                    "{\"name\":\"Själv\",\"roles\":[\"ADMIN\"],\"units\":[],\"committees\":[]}");
            assertThat(put.statusCode()).as(user + " " + put.body()).isEqualTo(403);
            assertThat(users.findByUsername(user).orElseThrow().roles()).doesNotContain(Role.ADMIN);
            assertThat(users.findByUsername("api-ny-" + user)).isEmpty();
        }
    }

    @Test
    void an_api_key_never_reaches_the_users_api_and_no_administrator_can_have_one() throws Exception {
        CreatedKey key = asAdmin(() ->
                keys.create("overformyndare", "HR-test", LocalDate.now(clock).plusMonths(1)));
        HttpResponse<String> list =
                api().send(null, "GET", "/api/v1/users", "", "Authorization", "Bearer " + key.secret());
        assertThat(list.statusCode()).as(list.body()).isEqualTo(403);
        HttpResponse<String> post = api().send(
                        null,
                        "POST",
                        "/api/v1/users",
                        newChief("api-ny-nyckel"),
                        "Authorization",
                        "Bearer " + key.secret(),
                        "Content-Type",
                        JSON);
        assertThat(post.statusCode()).as(post.body()).isEqualTo(403);
        assertThat(users.findByUsername("api-ny-nyckel")).isEmpty();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> asAdmin(
                        () -> keys.create("admin", "HR", LocalDate.now(clock).plusMonths(1))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("OWNER_IS_ADMINISTRATOR");
    }

    @Test
    void without_credentials_every_verb_is_401_with_the_basic_challenge() throws Exception {
        for (String[] call : List.of(
                new String[] {"GET", "/api/v1/users", ""},
                new String[] {"GET", "/api/v1/users/admin", ""},
                new String[] {"POST", "/api/v1/users", newChief("api-ny-anonym")},
                new String[] {"PUT", "/api/v1/users/admin", "{\"name\":\"X\"}"})) {
            HttpResponse<String> answer = send(null, call[0], call[1], call[2]);
            assertThat(answer.statusCode()).as(call[0] + " " + call[1]).isEqualTo(401);
            assertThat(answer.headers().firstValue("WWW-Authenticate"))
                    .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        }
        assertThat(users.findByUsername("api-ny-anonym")).isEmpty();
    }

    @Test
    void bad_input_is_400_naming_the_field_and_creates_nothing() throws Exception {
        record Case(String body, String field, String says) {}
        String chief = newChief("api-ny-fel");
        for (Case bad : List.of(
                new Case("{\"username\":", "", "inte giltig JSON"),
                new Case("[1,2]", "", "JSON-objekt"),
                new Case(chief.replace("\"CHEF\"", "\"KUNG\""), "roles", "rollen \\\"KUNG\\\" finns inte"),
                new Case(chief.replace("\"1120\"", "\"9999\""), "units", "Enheten \\\"9999\\\" finns inte"),
                new Case(chief.replace("\"1120\"", "\"12 0!\""), "units", "ingen giltig kod"),
                new Case(chief.replace("\"committees\":[]", "\"committees\":[\"XX\"]"), "committees", "XX"),
                new Case(chief.replace("\"roles\"", "\"role\""), "role", "fältet \\\"role\\\" finns inte"),
                new Case(chief.replace("\"name\":\"Ny Chef\",", ""), "name", "fältet \\\"name\\\" saknas"),
                new Case(chief.replace("\"units\":[\"1120\"]", "\"units\":\"1120\""), "units", "ska vara en lista"),
                new Case(chief.replace("ny.chef@kommun.example", "inte en adress"), "email", "inte giltig"),
                new Case(chief.replace(PASSWORD, "kort"), "password", "minst 12 tecken"))) {
            HttpResponse<String> answer = send("admin", "POST", "/api/v1/users", bad.body());
            assertThat(answer.statusCode())
                    .as(bad.body() + " → " + answer.body())
                    .isEqualTo(400);
            assertThat(answer.body())
                    .as(bad.body())
                    .startsWith("{\"errors\":[{\"file\":\"\",\"line\":0,\"field\":\"" + bad.field() + "\",")
                    .contains(bad.says());
        }
        assertThat(users.findByUsername("api-ny-fel")).isEmpty();

        HttpResponse<String> put =
                send("admin", "PUT", "/api/v1/users/politiker", "{\"name\":\"Politiker\",\"roles\":[\"POLITIKER\"]}");
        assertThat(put.statusCode()).as(put.body()).isEqualTo(400);
        assertThat(put.body()).contains("\"field\":\"units\"", "saknas");
    }

    @Test
    void a_cross_site_browser_post_is_refused_before_anything_is_read() throws Exception {
        HttpResponse<String> answer = api().send(
                        "admin",
                        "POST",
                        "/api/v1/users",
                        newChief("api-ny-annan-sajt"),
                        "Content-Type",
                        JSON,
                        "Sec-Fetch-Site",
                        "cross-site");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
        assertThat(answer.body()).contains("annan webbplats");
        assertThat(users.findByUsername("api-ny-annan-sajt")).isEmpty();

        HttpResponse<String> form = api().send(
                        "admin",
                        "POST",
                        "/api/v1/users",
                        newChief("api-ny-formular"),
                        "Content-Type",
                        "application/x-www-form-urlencoded");
        assertThat(form.statusCode()).as(form.body()).isEqualTo(415);
        assertThat(users.findByUsername("api-ny-formular")).isEmpty();
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
