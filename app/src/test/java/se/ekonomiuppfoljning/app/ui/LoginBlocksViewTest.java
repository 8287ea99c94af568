package se.ekonomiuppfoljning.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.ekonomiuppfoljning.security.LoginThrottle;
import se.ekonomiuppfoljning.security.PermissionDeniedException;
import se.ekonomiuppfoljning.ui.security.LoginView;
import se.ekonomiuppfoljning.ui.security.UsersView;

/** The login page says why a login was refused; the administrator sees the blocks on Användare and lifts them. */
class LoginBlocksViewTest extends KaribuTest {

    private static final String ATTACKER = "198.51.100.7";

    @Autowired
    LoginThrottle throttle;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void clear() {
        jdbc.update("DELETE FROM login_failure");
        jdbc.update("DELETE FROM audit_entry WHERE entity = 'inloggning'");
    }

    /** The texts the login form shows, as sent to the browser. */
    private static String shownI18n(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    @Test
    void theLoginPageSaysInSwedishHowLongToWaitAfterTooManyWrongPasswords() {
        navigate(LoginView.ROUTE, "blocked=120");
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(shownI18n(form))
                .contains(
                        "\"title\":\"För många misslyckade inloggningar\"",
                        "\"message\":\"Inloggningen är spärrad en stund efter flera fel lösenord. Försök igen om 120 sekunder.\"");
    }

    @Test
    void aForgedWaitInTheAddressIsNotShownOnTheLoginPage() {
        navigate(LoginView.ROUTE, "blocked=%3Cb%3Eringa%20oss%3C%2Fb%3E");
        assertThat(shownI18n(_get(LoginForm.class)))
                .contains("Försök igen om 60 sekunder.")
                .doesNotContain("ringa");
    }

    @Test
    void theAdministratorSeesTheKommundirektorsBlockAndLiftsItAndTheLiftingIsAudited() {
        long lastBefore = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM audit_entry", Long.class);
        for (int i = 0; i < 5; i++) {
            throttle.failed("kommundirektor", ATTACKER);
        }
        assertThat(throttle.refusal("kommundirektor", ATTACKER)).isPresent();
        login("admin");
        UI.getCurrent().navigate(UsersView.class);
        Grid<?> blocks = _get(Grid.class, spec -> spec.withId("users-blocks"));
        assertThat(IntStream.range(0, GridKt._size(blocks))
                        .mapToObj(i -> String.join("|", GridKt._getFormattedRow(blocks, i))))
                .hasSize(1)
                .first()
                .asString()
                .startsWith("kontot från adressen|kommundirektor|" + ATTACKER + "|5|");

        ((Button) GridKt._getCellComponent(blocks, 0, "lift")).click();

        assertThat(GridKt._size(blocks)).isZero();
        assertThat(_get(Paragraph.class, spec -> spec.withId("users-blocks-message"))
                        .getText())
                .isEqualTo("Spärren är hävd: kontot från adressen kommundirektor " + ATTACKER + ".");
        assertThat(throttle.refusal("kommundirektor", ATTACKER)).isEmpty();
        // the refusal before (recorded under the name tried), then the lifting by the administrator
        assertThat(jdbc.queryForList(
                        "SELECT username FROM audit_entry WHERE entity = 'inloggning' AND id > ?" + " ORDER BY id",
                        String.class,
                        lastBefore))
                .containsExactly("kommundirektor", "admin");
    }

    @Test
    void aPoliticianCannotListOrLiftBlocksThroughTheService() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("kommundirektor", ATTACKER);
        }
        login("politiker");
        assertThatThrownBy(throttle::currentBlocks).isInstanceOf(PermissionDeniedException.class);
        login("admin");
        var block = throttle.currentBlocks().get(0).failures();
        login("politiker");
        assertThatThrownBy(() -> throttle.lift(block)).isInstanceOf(PermissionDeniedException.class);
        assertThat(throttle.refusal("kommundirektor", ATTACKER)).isPresent();
    }
}
