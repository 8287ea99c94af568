package se.ekonomiuppfoljning.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.ekonomiuppfoljning.common.AuditLog;
import se.ekonomiuppfoljning.organisation.CommitteeCode;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.NewUser;
import se.ekonomiuppfoljning.security.PermissionDeniedException;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.security.UserAdministrationService;
import se.ekonomiuppfoljning.ui.security.UsersView;

/**
 * "Användare" as an administration page: the administrator creates a local user who then logs in with the roles and
 * the scope given, disables them (their login refused and their open session ended), and nobody else may.
 */
class UsersViewTest extends KaribuTest {

    private static final String PASSWORD = "ett långt lösenord 13";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditLog audit;

    @Autowired
    UserAdministrationService administration;

    @AfterEach
    void removeTheUsersMadeHere() {
        jdbc.update("DELETE FROM app_user WHERE username LIKE 'ny-%'");
        jdbc.update("UPDATE change_counter SET counter = counter + 1 WHERE name = 'users'");
    }

    @SuppressWarnings("unchecked")
    private static Grid<UserAccount> grid() {
        return _get(Grid.class, spec -> spec.withId("users-grid"));
    }

    private static String message() {
        return _get(Paragraph.class, spec -> spec.withId("users-message")).getText();
    }

    @SuppressWarnings("unchecked")
    private void createOnThePage(String username, Set<Role> roles, Set<UnitCode> units, Set<CommitteeCode> committees) {
        clickAsBrowser("users-new");
        _setValue(_get(TextField.class, spec -> spec.withId("users-username")), username);
        _setValue(_get(TextField.class, spec -> spec.withId("users-name")), "Ny Chef");
        _setValue(_get(TextField.class, spec -> spec.withId("users-email")), "ny.chef@kommun.example");
        _setValue(_get(PasswordField.class, spec -> spec.withId("users-password")), PASSWORD);
        _setValue(_get(CheckboxGroup.class, spec -> spec.withId("users-roles")), roles);
        _setValue(_get(MultiSelectComboBox.class, spec -> spec.withId("users-units")), units);
        _setValue(_get(MultiSelectComboBox.class, spec -> spec.withId("users-committees")), committees);
        clickAsBrowser("users-save");
    }

    @Test
    void the_administrator_creates_a_chief_who_logs_in_with_the_roles_and_the_scope_given() throws Exception {
        login("admin");
        UI.getCurrent().navigate(UsersView.class);
        createOnThePage("ny-chef-it", Set.of(Role.CHEF), Set.of(UnitCode.of("1120")), Set.of());

        assertThat(message()).isEqualTo("Användaren ny-chef-it är skapad.");
        UserAccount stored = users.findByUsername("ny-chef-it").orElseThrow();
        assertThat(stored.roles()).containsExactly(Role.CHEF);
        assertThat(stored.units()).containsExactly(UnitCode.of("1120"));
        assertThat(stored.enabled()).isTrue();
        assertThat(IntStream.range(0, GridKt._size(grid()))
                        .mapToObj(i -> String.join("|", GridKt._getFormattedRow(grid(), i))))
                .contains("ny-chef-it|Ny Chef|Chef|1120||ny.chef@kommun.example|Aktiv");
        assertThat(audit.entriesFor("USER", "ny-chef-it")).singleElement().satisfies(entry -> {
            assertThat(entry.username()).isEqualTo("admin");
            assertThat(entry.before()).isNull();
            assertThat(entry.after()).contains("roller=CHEF; enheter=1120;");
        });

        assertThat(formLogin(browser(), "ny-chef-it", PASSWORD)).doesNotContain("error");
        assertThat(basic("ny-chef-it", "/api/v1/followup?unit=1120&period=2026-02"))
                .isEqualTo(200);
        assertThat(basic("ny-chef-it", "/api/v1/followup?unit=1150&period=2026-02"))
                .isEqualTo(403);
    }

    @Test
    void a_disabled_user_cannot_log_in_and_their_open_session_ends() throws Exception {
        login("admin");
        UI.getCurrent().navigate(UsersView.class);
        createOnThePage("ny-avstangd", Set.of(Role.CHEF), Set.of(UnitCode.of("1120")), Set.of());
        HttpClient open = browser();
        assertThat(formLogin(open, "ny-avstangd", PASSWORD)).doesNotContain("error");
        assertThat(page(open, "/uppfoljning").statusCode()).isEqualTo(200);

        clickAsBrowser("users-disable");

        assertThat(message())
                .isEqualTo("Användaren ny-avstangd är avstängd och kan inte logga in; en öppen session avslutas.");
        assertThat(users.findByUsername("ny-avstangd").orElseThrow().enabled()).isFalse();
        HttpResponse<String> after = page(open, "/uppfoljning");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElse("")).endsWith("/login");
        assertThat(page(open, "/uppfoljning").statusCode())
                .as("the session stays ended")
                .isEqualTo(302);
        assertThat(formLogin(browser(), "ny-avstangd", PASSWORD)).endsWith("/login?error");
        assertThat(basic("ny-avstangd", "/api/v1/followup?unit=1120&period=2026-02"))
                .isEqualTo(401);

        clickAsBrowser("users-enable");
        assertThat(formLogin(browser(), "ny-avstangd", PASSWORD)).doesNotContain("error");
    }

    @Test
    void a_user_whose_every_role_is_taken_cannot_log_in_and_their_session_ends() throws Exception {
        login("admin");
        UI.getCurrent().navigate(UsersView.class);
        createOnThePage("ny-utan-roll", Set.of(Role.POLITIKER), Set.of(), Set.of(CommitteeCode.of("KS")));
        HttpClient open = browser();
        assertThat(formLogin(open, "ny-utan-roll", PASSWORD)).doesNotContain("error");

        _setValue(_get(CheckboxGroup.class, spec -> spec.withId("users-roles")), Set.of());
        clickAsBrowser("users-save");

        assertThat(message()).isEqualTo("Ändringarna för ny-utan-roll är sparade.");
        assertThat(page(open, "/uppfoljning").statusCode()).isEqualTo(302);
        assertThat(formLogin(browser(), "ny-utan-roll", PASSWORD)).endsWith("/login?error");
    }

    @Test
    void the_last_administrator_cannot_take_their_own_role_and_is_told_so_on_the_page() {
        login("admin");
        UI.getCurrent().navigate(UsersView.class);
        grid().select(users.findByUsername("admin").orElseThrow());
        _setValue(_get(CheckboxGroup.class, spec -> spec.withId("users-roles")), Set.of(Role.EKONOM));
        clickAsBrowser("users-save");

        assertThat(message()).startsWith("Ändringen skulle lämna portalen utan aktiv administratör: admin");
        assertThat(users.findByUsername("admin").orElseThrow().roles()).contains(Role.ADMIN);
        clickAsBrowser("users-disable");
        assertThat(message()).isEqualTo("Du kan inte stänga av ditt eget konto.");
        assertThat(users.findByUsername("admin").orElseThrow().enabled()).isTrue();
    }

    @Test
    void the_start_up_scope_ends_with_its_button_and_is_gone_from_the_page() {
        login("admin");
        // as FirstAdministrator makes it at start: no administrator can give this scope on the page
        users.save(
                new UserAccount(
                        "ny-forsta",
                        "Första administratören",
                        Set.of(Role.ADMIN, Role.EKONOM),
                        Set.of(),
                        Set.of(),
                        true),
                "{noop}" + PASSWORD);
        jdbc.update("UPDATE change_counter SET counter = counter + 1 WHERE name = 'users'");
        UI.getCurrent().navigate(UsersView.class);
        assertThat(_get(Div.class, spec -> spec.withId("users-startup")).isVisible())
                .isTrue();

        clickAsBrowser(_get(Button.class, spec -> spec.withId("users-startup-end")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("users-startup-message"))
                        .getText())
                .isEqualTo("Startbehörigheten är avslutad för ny-forsta.");
        assertThat(users.findByUsername("ny-forsta").orElseThrow().roles()).containsExactly(Role.ADMIN);
        assertThat(_find(Div.class, spec -> spec.withId("users-startup")))
                .as("hidden")
                .isEmpty();
        assertThat(audit.entriesFor("USER", "ny-forsta"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.after()).contains("roller=ADMIN;"));
    }

    @Test
    void an_economist_and_a_chief_are_refused_the_page_and_every_operation() {
        for (String user : List.of("controller", "hrchef")) {
            login(user);
            assertRefused(UsersView.class);
            assertThatThrownBy(() -> administration.createUser(new NewUser(
                            "ny-intrang", "Intrång", null, PASSWORD, Set.of(Role.ADMIN), Set.of(), Set.of())))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> administration.grantRole(user, Role.ADMIN))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> administration.disable("admin")).isInstanceOf(PermissionDeniedException.class);
        }
        assertThat(users.findByUsername("ny-intrang")).isEmpty();
    }

    @Test
    void an_anonymous_request_for_the_users_page_is_sent_to_login() throws Exception {
        HttpResponse<String> response = page(browser(), "/anvandare");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    // ------------------------------------------------------------------------------------------------ over HTTP

    private static HttpClient browser() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private HttpResponse<String> page(HttpClient client, String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Logs in with the login form as a browser does; the answer's Location (…/login?error when refused). */
    private String formLogin(HttpClient client, String username, String password) throws Exception {
        HttpResponse<String> loginPage = page(client, "/login");
        Matcher csrf = Pattern.compile("_csrf\\\" content=\\\"([^\\\"]+)\\\"|\\\"csrfToken\\\":\\\"([^\\\"]+)\\\"")
                .matcher(loginPage.body());
        String token = csrf.find() ? (csrf.group(1) != null ? csrf.group(1) : csrf.group(2)) : "";
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElse("");
    }

    private int basic(String username, String path) throws Exception {
        String credentials =
                Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Authorization", "Basic " + credentials)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }
}
