package se.ekonomiuppfoljning.ui.security;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import se.ekonomiuppfoljning.ui.base.MainLayout;

/**
 * The Swedish login page; Spring Security checks the form posted to /login and comes back with ?error, or, when
 * the login throttle refused the attempt, with ?blocked=seconds: then the page says how long to wait; with
 * ?directory when the kommun's directory did not answer. Where the kommun's identity provider is configured
 * ({@link KommunAccountLogin}) the page also links to it, and a login there that the portal refused comes back with
 * ?oidc=refused (no role from the person's groups) or ?oidc=failed.
 */
@Route(value = LoginView.ROUTE, autoLayout = false)
@AnonymousAllowed
@StyleSheet(MainLayout.STYLESHEET)
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "login";

    private final LoginForm login = new LoginForm();

    LoginView(ObjectProvider<KommunAccountLogin> kommunLogin) {
        addClassName("portal-login");
        login.setAction(ROUTE);
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(swedish());
        add(login);
        KommunAccountLogin kommun = kommunLogin.getIfAvailable();
        if (kommun != null && kommun.address().isPresent()) {
            Anchor link = new Anchor(
                    kommun.address().get(), kommun.label().orElseGet(() -> getTranslation("login.oidc.link")));
            link.setId("login-oidc");
            // a full page load: Spring Security sends the browser on to the identity provider
            link.setRouterIgnore(true);
            add(link);
        }
        add(MainLayout.accessibilityLink(getTranslation("a11y.link")));
    }

    private LoginI18n swedish() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        List<String> blocked = parameters.getOrDefault("blocked", List.of());
        LoginI18n i18n = swedish();
        if (!blocked.isEmpty()) {
            LoginI18n.ErrorMessage error = i18n.getErrorMessage();
            error.setTitle(getTranslation("login.blocked.title"));
            error.setMessage(getTranslation("login.blocked.message", seconds(blocked.get(0))));
        } else if (parameters.containsKey("directory")) {
            // the kommun's directory did not answer (directory login): a local account still logs in
            i18n.getErrorMessage().setTitle(getTranslation("login.directoryDown.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.directoryDown.message"));
        }
        List<String> oidc = parameters.getOrDefault("oidc", List.of());
        if (!oidc.isEmpty()) {
            String kind = "refused".equals(oidc.get(0)) || "taken".equals(oidc.get(0)) ? oidc.get(0) : "failed";
            LoginI18n.ErrorMessage error = i18n.getErrorMessage();
            error.setTitle(getTranslation("login.oidc." + kind + ".title"));
            error.setMessage(getTranslation("login.oidc." + kind + ".message"));
        }
        login.setI18n(i18n);
        login.setError(!blocked.isEmpty()
                || !oidc.isEmpty()
                || parameters.containsKey("error")
                || parameters.containsKey("directory"));
    }

    /** The wait from the address, as digits only (it is shown on the page). */
    private static String seconds(String value) {
        return value.matches("\\d{1,6}") ? value : "60";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.pageTitle");
    }

    boolean showsError() {
        return login.isError();
    }
}
