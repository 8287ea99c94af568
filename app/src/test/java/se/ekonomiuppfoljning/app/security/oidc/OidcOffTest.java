package se.ekonomiuppfoljning.app.security.oidc;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.login.LoginForm;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.ekonomiuppfoljning.app.ui.KaribuTest;
import se.ekonomiuppfoljning.ui.security.LoginView;

/** Without a client registration (the shared test context, as production by default) there is no OIDC login. */
class OidcOffTest extends KaribuTest {

    @LocalServerPort
    int port;

    @Autowired
    OidcLogin oidc;

    @Test
    void without_a_client_registration_the_login_page_shows_the_password_form_only() {
        navigate(LoginView.ROUTE, "");
        assertThat(_find(Anchor.class, spec -> spec.withId("login-oidc"))).isEmpty();
        assertThat(_get(LoginForm.class).isError()).isFalse();
        assertThat(oidc.configured()).isFalse();
        assertThat(oidc.address()).isEmpty();
    }

    @Test
    void without_a_client_registration_the_login_address_of_the_provider_is_only_a_page_that_needs_a_login()
            throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/oauth2/authorization/kommun"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login");
    }
}
