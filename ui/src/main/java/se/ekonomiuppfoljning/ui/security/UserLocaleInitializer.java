package se.ekonomiuppfoljning.ui.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.io.Serializable;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import se.ekonomiuppfoljning.security.Language;
import se.ekonomiuppfoljning.security.NotAuthenticatedException;
import se.ekonomiuppfoljning.security.OwnAccountService;

/**
 * The portal speaks the user's own language, whatever the browser's: every UI starts in Swedish (the page says
 * lang=sv), the login page always stays Swedish, and once a user is logged in, every page they enter is in the
 * language they chose on "Mitt konto" (read from their account once per session, then kept in the session).
 */
@Component
public class UserLocaleInitializer implements VaadinServiceInitListener {

    /** The session attribute holding the logged-in user's language, with their name. */
    static final String SESSION_LANGUAGE = UserLocaleInitializer.class.getName() + ".language";

    private final ObjectProvider<OwnAccountService> account;
    private final ObjectProvider<AuthenticationContext> authentication;

    UserLocaleInitializer(
            ObjectProvider<OwnAccountService> account, ObjectProvider<AuthenticationContext> authentication) {
        this.account = account;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> {
            UI ui = e.getUI();
            show(ui, Language.DEFAULT);
            ui.addBeforeEnterListener(this::beforeEnter);
        });
    }

    private void beforeEnter(BeforeEnterEvent event) {
        Language language = LoginView.class.equals(event.getNavigationTarget())
                ? Language.DEFAULT
                : callersLanguage(event.getUI().getSession());
        if (!event.getUI().getLocale().equals(language.locale())) {
            show(event.getUI(), language);
        }
    }

    /** The logged-in user's language: from the session when it is theirs, else from their account. */
    private Language callersLanguage(VaadinSession session) {
        Optional<String> name = authentication.getObject().getPrincipalName();
        if (name.isEmpty()) {
            return Language.DEFAULT;
        }
        if (session.getAttribute(SESSION_LANGUAGE) instanceof Chosen chosen
                && chosen.username().equals(name.get())) {
            return chosen.language();
        }
        Language language;
        try {
            language = account.getObject().myLanguage();
        } catch (NotAuthenticatedException e) {
            return Language.DEFAULT;
        }
        session.setAttribute(SESSION_LANGUAGE, new Chosen(name.get(), language));
        return language;
    }

    /**
     * Applies a language the user just chose to their session (every open page's next view) and this UI. The
     * components already shown keep their texts; the caller rebuilds its view.
     */
    static void apply(UI ui, String username, Language language) {
        VaadinSession session = ui.getSession();
        session.setAttribute(SESSION_LANGUAGE, new Chosen(username, language));
        session.setLocale(language.locale());
        show(ui, language);
    }

    private static void show(UI ui, Language language) {
        ui.setLocale(language.locale());
        ui.getPage().executeJs("document.documentElement.setAttribute('lang', $0)", language.code());
    }

    /** A user's language as kept in their session. */
    record Chosen(String username, Language language) implements Serializable {}
}
