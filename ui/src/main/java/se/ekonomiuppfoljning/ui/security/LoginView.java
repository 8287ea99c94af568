package se.ekonomiuppfoljning.ui.security;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import se.ekonomiuppfoljning.ui.base.MainLayout;

/** The Swedish login page; Spring Security checks the form posted to /login and comes back with ?error. */
@Route(value = LoginView.ROUTE, autoLayout = false)
@AnonymousAllowed
@StyleSheet(MainLayout.STYLESHEET)
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "login";

    private final LoginForm login = new LoginForm();

    LoginView() {
        addClassName("portal-login");
        login.setAction(ROUTE);
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(swedish());
        add(login);
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
        login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.pageTitle");
    }

    boolean showsError() {
        return login.isError();
    }
}
