package se.ekonomiuppfoljning.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.ekonomiuppfoljning.security.Language;
import se.ekonomiuppfoljning.ui.followup.FollowUpView;
import se.ekonomiuppfoljning.ui.security.LoginView;

/** "Mitt konto": the user's own account, and the language they choose, at once and at the next login. */
class MyAccountViewTest extends KaribuTest {

    private static final String USER = "itchef";

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void swedishAgain() {
        jdbc.update("UPDATE app_user SET language = 'sv'");
        jdbc.update("DELETE FROM audit_entry WHERE entity = 'USER' AND after_text LIKE 'language=%'");
    }

    private static String logoutText() {
        return _get(Button.class, spec -> spec.withId("logout")).getText();
    }

    @SuppressWarnings("unchecked")
    private static Select<Language> languageSelect() {
        return _get(Select.class, spec -> spec.withId("account-language"));
    }

    private static String text(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id)).getText();
    }

    /** A new browser session: what a user gets after logging out and in again. */
    private void newSession() {
        tearDownVaadin();
        setUpVaadin();
    }

    @Test
    void a_user_sees_their_own_account_in_swedish_from_the_header_link() {
        login(USER);
        navigate(FollowUpView.ROUTE, "");
        Anchor link = _get(Anchor.class, spec -> spec.withId("my-account"));
        assertThat(link.getText()).isEqualTo("Mitt konto");

        UI.getCurrent().navigate(link.getHref());

        assertThat(_get(H2.class).getText()).isEqualTo("Mitt konto");
        assertThat(text("account-username")).isEqualTo("Användarnamn: itchef");
        assertThat(text("account-roles")).startsWith("Roller: ").contains("Chef");
        assertThat(text("account-units")).startsWith("Enheter: ").contains("1120");
        assertThat(languageSelect().getValue()).isEqualTo(Language.SV);
        assertThat(logoutText()).isEqualTo("Logga ut");
    }

    @Test
    void english_chosen_applies_at_once_and_at_the_next_login_but_not_on_the_login_page_or_for_others() {
        login(USER);
        navigate("mitt-konto", "");

        _setValue(languageSelect(), Language.EN);

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(logoutText()).isEqualTo("Log out");
        assertThat(_get(H2.class).getText()).isEqualTo("My account");
        assertThat(_get(Anchor.class, spec -> spec.withId("my-account")).getText())
                .isEqualTo("My account");
        assertThat(languageSelect().getValue()).isEqualTo(Language.EN);
        assertThat(jdbc.queryForList(
                        "SELECT CONCAT(before_text, '>', after_text) FROM audit_entry"
                                + " WHERE entity = 'USER' AND entity_id = ? AND after_text LIKE 'language=%'",
                        String.class, USER))
                .containsExactly("language=sv>language=en");

        newSession();
        login(USER);
        navigate(FollowUpView.ROUTE, "");
        assertThat(logoutText()).isEqualTo("Log out");

        navigate(LoginView.ROUTE, "");
        assertThat(String.valueOf(_get(LoginForm.class).getElement().getPropertyRaw("i18n")))
                .contains("Logga in");

        newSession();
        login("controller");
        navigate(FollowUpView.ROUTE, "");
        assertThat(logoutText()).isEqualTo("Logga ut");
    }

    @Test
    void the_header_names_the_user_as_people_know_them_not_by_their_user_name() {
        login("hrchef");
        navigate(FollowUpView.ROUTE, "");

        assertThat(_get(Span.class, spec -> spec.withId("user-name")).getText()).isEqualTo("Lena Holm");
    }
}
