package se.ekonomiuppfoljning.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.security.EmailAddress;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.ui.security.UsersView;

/** The e-mail form of "Användare": an emptied address is removed, and a refusal's mark goes with the user. */
class UsersFormTest extends KaribuTest {

    @SuppressWarnings("unchecked")
    private Grid<UserAccount> grid() {
        return _get(Grid.class, spec -> spec.withId("users-grid"));
    }

    private static TextField email() {
        return _get(TextField.class, spec -> spec.withId("users-email"));
    }

    @Test
    void an_emptied_address_is_removed_and_said_so() {
        login("admin");
        UI.getCurrent().navigate(UsersView.class);
        try {
            grid().select(users.findByUsername("overformyndare").orElseThrow());
            _setValue(email(), "");
            clickAsBrowser("users-save");

            assertThat(_get(Paragraph.class, spec -> spec.withId("users-message"))
                            .getText())
                    .isEqualTo("E-postadressen för overformyndare är borttagen; inga påminnelser skickas.");
            assertThat(users.findByUsername("overformyndare").orElseThrow().email())
                    .isNull();
        } finally {
            users.save(
                    users.findByUsername("overformyndare")
                            .orElseThrow()
                            .withEmail(new EmailAddress("eva.lind@kommun.example")),
                    users.passwordHashOf("overformyndare").orElseThrow());
        }
    }

    @Test
    void a_refused_address_stays_marked_until_another_user_is_chosen() {
        login("admin");
        UI.getCurrent().navigate(UsersView.class);
        grid().select(users.findByUsername("overformyndare").orElseThrow());
        _setValue(email(), "eva lind");
        clickAsBrowser("users-save");
        assertThat(email().isInvalid()).isTrue();
        assertThat(users.findByUsername("overformyndare").orElseThrow().email()).hasToString("eva.lind@kommun.example");

        grid().select(users.findByUsername("politiker").orElseThrow());
        assertThat(email().isInvalid()).isFalse();
        assertThat(email().getValue()).isEqualTo("anna.berg@kommun.example");
        assertThat(_get(Paragraph.class, spec -> spec.withId("users-message")).getText())
                .isEmpty();
    }
}
