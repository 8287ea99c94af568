package se.ekonomiuppfoljning.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.ekonomiuppfoljning.ui.base.AccessDeniedView;
import se.ekonomiuppfoljning.ui.base.NotFoundView;
import se.ekonomiuppfoljning.ui.imports.ImportView;
import se.ekonomiuppfoljning.ui.security.LoginView;
import se.ekonomiuppfoljning.ui.security.UsersView;

/**
 * A page refused by role says so in Swedish, with a page title and the way back; an unknown address too. Anonymous
 * visitors learn nothing: every address, a page or not, sends them to login.
 */
class RefusedPagesTest extends KaribuTest {

    private static final List<String> DEMO_USERS =
            List.of("kommundirektor", "ekonomichef", "overformyndare", "politiker", "admin");

    @LocalServerPort
    int port;

    /**
     * Navigates as the browser's address bar does (the router, as on a page load): {@code UI.navigate(String)}
     * ignores an address that no route has.
     */
    private static void open(String path) {
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location(path), NavigationTrigger.PAGE_LOAD);
    }

    private static String title() {
        return UI.getCurrent().getInternals().getTitle();
    }

    private static void assertRefusedInSwedish(String path) {
        open(path);
        _get(AccessDeniedView.class);
        assertThat(_get(H2.class, spec -> spec.withId("error-title")).getText()).isEqualTo("Ingen behörighet");
        assertThat(_get(Paragraph.class, spec -> spec.withId("error-text")).getText())
                .isEqualTo("Du har inte behörighet till sidan /" + path
                        + ". Fråga portalens administratör om du behöver den.");
        assertThat(title()).isEqualTo("Ingen behörighet – Ekonomiuppföljning");
        assertThat(_get(RouterLink.class, spec -> spec.withId("error-home")).getText())
                .isEqualTo("Till startsidan");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().toString())
                .doesNotContain("Could not");
    }

    @Test
    void a_chief_who_opens_the_import_page_is_told_in_swedish_that_they_may_not_not_that_vaadin_could_not_navigate() {
        login("overformyndare");
        assertRefusedInSwedish("import");
        assertThat(_find(ImportView.class)).isEmpty();
    }

    @Test
    void a_politician_who_opens_the_users_page_is_told_in_swedish_that_they_may_not() {
        login("politiker");
        assertRefusedInSwedish("anvandare");
        assertThat(_find(UsersView.class)).isEmpty();
    }

    /** Every route marked @RolesAllowed, as each demo user whose roles it leaves out: found from the routes. */
    @Test
    void every_role_refused_page_is_refused_in_swedish_to_every_demo_user_without_the_role() {
        List<String> checked = new ArrayList<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            RolesAllowed allowed = route.getNavigationTarget().getAnnotation(RolesAllowed.class);
            if (allowed == null) {
                continue;
            }
            Set<String> roles = Set.of(allowed.value());
            String path = Arrays.stream(route.getTemplate().split("/"))
                    .map(segment -> segment.startsWith(":") ? "1" : segment)
                    .collect(Collectors.joining("/"));
            for (String username : DEMO_USERS) {
                var account = users.findByUsername(username).orElseThrow();
                if (account.roles().stream().noneMatch(r -> roles.contains(r.name()))) {
                    login(username);
                    assertRefusedInSwedish(path);
                    Class<? extends Component> view = route.getNavigationTarget();
                    assertThat(_find(view)).as(path + " as " + username).isEmpty();
                    checked.add(path + " as " + username);
                }
            }
        }
        assertThat(checked)
                .contains(
                        "import as overformyndare",
                        "import as politiker",
                        "anvandare as politiker",
                        "granskningslogg as ekonomichef",
                        "granskningslogg as kommundirektor",
                        "installningar as ekonomichef",
                        "uppgifter as politiker",
                        "uppgifter as admin",
                        "arenden as admin",
                        "arende/1 as admin");
        System.out.println("Role-refused pages checked: " + checked.size() + " " + checked);
    }

    @Test
    void a_logged_in_user_on_an_address_that_is_no_page_is_told_so_in_swedish() {
        login("ekonomichef");
        open("finns-inte/alls");
        _get(NotFoundView.class);
        assertThat(_get(H2.class, spec -> spec.withId("error-title")).getText()).isEqualTo("Sidan finns inte");
        assertThat(_get(Paragraph.class, spec -> spec.withId("error-text")).getText())
                .isEqualTo("Sidan /finns-inte/alls finns inte i portalen. Kontrollera adressen.");
        assertThat(title()).isEqualTo("Sidan finns inte – Ekonomiuppföljning");
    }

    @Test
    void an_anonymous_visitor_gets_the_login_page_for_a_refused_page_and_for_an_unknown_address_alike() {
        open("import");
        _get(LoginView.class);
        assertThat(_find(AccessDeniedView.class)).isEmpty();
        open("uppfoljning");
        open("finns-inte");
        _get(LoginView.class);
        assertThat(_find(NotFoundView.class)).isEmpty();
    }

    @Test
    void an_anonymous_http_request_cannot_tell_an_existing_page_from_an_unknown_address() throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        List<String> answers = new ArrayList<>();
        for (String path : List.of("/import", "/anvandare", "/granskningslogg", "/finns-inte", "/finns/inte/alls")) {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            answers.add(response.statusCode() + " "
                    + response.headers().firstValue("Location").orElse("").replace("http://localhost:" + port, ""));
        }
        assertThat(answers).containsOnly("302 /login");
    }
}
