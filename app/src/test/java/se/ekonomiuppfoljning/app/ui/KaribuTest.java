package se.ekonomiuppfoljning.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import se.ekonomiuppfoljning.app.PortalTest;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.security.UserAccountRepository;

/**
 * Server-side UI tests with Karibu-Testing against the running portal (real services, real MariaDB, demo
 * data). {@link #login(String)} logs a demo user in with the roles stored for them.
 */
@PortalTest
public abstract class KaribuTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("se.ekonomiuppfoljning.ui");

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected UserAccountRepository users;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        logout();
        MockVaadin.tearDown();
    }

    /** Logs in a stored user with their stored roles, as Spring Security would after a form login. */
    protected void login(String username) {
        UserAccount account = users.findByUsername(username).orElseThrow();
        List<String> roles = account.roles().stream().map(Role::name).toList();
        login(username, roles);
    }

    protected void login(String username, List<String> roles) {
        var authorities =
                roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
        var authentication = new UsernamePasswordAuthenticationToken(username, null, authorities);
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> roles.contains(role));
    }

    protected void logout() {
        SecurityContextHolder.clearContext();
        if (VaadinServletRequest.getCurrent() != null) {
            FakeRequest request =
                    (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
            request.setUserPrincipalInt(null);
            request.setUserInRole((principal, role) -> false);
        }
    }

    protected static void navigate(String location, String query) {
        UI.getCurrent().navigate(location, QueryParameters.fromString(query));
    }

    /** Vaadin refuses the view: an error view stands where the view would be. */
    protected static void assertRefused(Class<? extends com.vaadin.flow.component.Component> view) {
        UI.getCurrent().navigate(view);
        var shown = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        assertThat(shown).noneMatch(view::isInstance);
        assertThat(shown).anyMatch(HasErrorParameter.class::isInstance);
    }

    /**
     * Clicks as a browser's round trip does: Karibu lets a listener's exception through to the test, Vaadin hands
     * it to the session's error handler with the clicked component (as its RPC handler does), and so does this.
     */
    protected static void clickAsBrowser(Button button) {
        try {
            _click(button);
        } catch (RuntimeException thrown) {
            ErrorEvent.findErrorHandler(VaadinSession.getCurrent())
                    .error(new ErrorEvent(thrown, button.getElement().getNode()));
        }
    }

    protected static void clickAsBrowser(String buttonId) {
        clickAsBrowser(_get(Button.class, spec -> spec.withId(buttonId)));
    }

    /** Text as compared in tests: no-break spaces read as spaces (the minus sign stays U+2212). */
    protected static String plain(String text) {
        return text.replace('\u00A0', ' ');
    }

    /** The bytes behind the enabled download link {@code anchorId}, as the browser would fetch them. */
    protected static byte[] download(String anchorId) {
        com.vaadin.flow.component.html.Anchor anchor = com.github.mvysny.kaributesting.v10.LocatorJ._get(
                com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId(anchorId));
        assertThat(anchor.getHref()).isNotBlank();
        assertThat(anchor.isEnabled()).isTrue();
        return com.github.mvysny.kaributesting.v10.DownloadKt._download(anchor);
    }

    /** The text of every page of a PDF, as {@link #plain} compares it. */
    protected static String pdfText(byte[] pdf) throws java.io.IOException {
        try (com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf)) {
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(page))
                        .append('\n');
            }
            return plain(text.toString());
        }
    }
}
