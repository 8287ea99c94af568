package se.ekonomiuppfoljning.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.ui.security.LoginView;

/**
 * When the kommun's directory did not answer a login, the login form sends the browser to {@code /login?directory}
 * (DirectoryLoginTest): the page says so in Swedish, and that a local account still logs in.
 */
class LoginDirectoryDownViewTest extends KaribuTest {

    @Test
    void the_login_page_says_in_swedish_that_the_directory_does_not_answer() {
        navigate(LoginView.ROUTE, "directory");
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n")))
                .contains(
                        "\"title\":\"Kommunens katalog svarar inte\"",
                        "\"message\":\"Kommunens katalog svarar inte just nu. Försök igen om en stund, eller logga in"
                                + " med ett lokalt konto.\"");
    }

    @Test
    void a_plain_failed_login_still_says_wrong_user_name_or_password() {
        navigate(LoginView.ROUTE, "error");
        assertThat(String.valueOf(_get(LoginForm.class).getElement().getPropertyRaw("i18n")))
                .contains("Fel användarnamn eller lösenord")
                .doesNotContain("katalog");
    }
}
