package se.ekonomiuppfoljning.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.ekonomiuppfoljning.apikeys.AcceptedKey;
import se.ekonomiuppfoljning.apikeys.ApiKey;
import se.ekonomiuppfoljning.apikeys.ApiKeyPurpose;
import se.ekonomiuppfoljning.apikeys.ApiKeyService;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.ui.apikeys.ApiKeysView;
import se.ekonomiuppfoljning.ui.security.LoginView;

/** "API-nycklar": the administrator creates a key, sees it once, and revokes it. */
class ApiKeysViewTest extends KaribuTest {

    @Autowired
    ApiKeyService keys;

    private static String message() {
        return _get(Paragraph.class, spec -> spec.withId("api-keys-message")).getText();
    }

    @SuppressWarnings("unchecked")
    private void createKeyFor(String owner, String label) {
        ComboBox<UserAccount> owners = _get(ComboBox.class, spec -> spec.withId("api-key-owner"));
        _setValue(owners, users.findByUsername(owner).orElseThrow());
        _setValue(_get(TextField.class, spec -> spec.withId("api-key-label")), label);
        clickAsBrowser("api-key-create");
    }

    @Test
    void the_administrator_creates_a_key_that_is_shown_once_and_works_as_its_owner() {
        login("admin");
        navigate("api-nycklar", "");

        createKeyFor("overformyndare", "Nattlig import");

        String secret =
                _get(TextField.class, spec -> spec.withId("api-key-secret")).getValue();
        assertThat(secret).startsWith("eku_");
        assertThat(message()).isEqualTo("Nyckeln \"Nattlig import\" för overformyndare är skapad.");
        assertThat(keys.authenticate(secret)).contains("overformyndare");
        @SuppressWarnings("unchecked")
        Grid<ApiKey> grid = _get(Grid.class, spec -> spec.withId("api-keys-grid"));
        ApiKey shown = GridKt._get(grid, 0);
        assertThat(shown.label()).isEqualTo("Nattlig import");
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Gäller").noneMatch(cell -> cell.contains(secret));

        navigate("anvandare", "");
        navigate("api-nycklar", "");
        assertThat(_find(TextField.class, spec -> spec.withId("api-key-secret")))
                .isEmpty();
    }

    @Test
    void a_revoked_key_stops_working_at_once_after_the_administrator_confirms() {
        login("admin");
        navigate("api-nycklar", "");
        createKeyFor("overformyndare", "Gammalt skript");
        String secret =
                _get(TextField.class, spec -> spec.withId("api-key-secret")).getValue();
        long id = keys.list().get(0).id();

        @SuppressWarnings("unchecked")
        Grid<ApiKey> grid = _get(Grid.class, spec -> spec.withId("api-keys-grid"));
        clickAsBrowser((Button) GridKt._getCellComponent(grid, 0, "revoke"));
        ConfirmDialog dialog = _get(ConfirmDialog.class, spec -> spec.withId("api-key-revoke-dialog"));
        assertThat(keys.authenticate(secret)).contains("overformyndare");
        ConfirmDialogKt._fireConfirm(dialog);

        assertThat(keys.authenticate(secret)).isEmpty();
        assertThat(message()).isEqualTo("Nyckeln \"Gammalt skript\" för overformyndare är återkallad.");
    }

    @Test
    void a_key_without_a_purpose_is_not_created_and_the_form_says_why() {
        login("admin");
        navigate("api-nycklar", "");
        int before = keys.list().size();

        createKeyFor("overformyndare", "");

        assertThat(_get(TextField.class, spec -> spec.withId("api-key-label")).getErrorMessage())
                .isEqualTo("Skriv vad nyckeln används till.");
        assertThat(keys.list()).hasSize(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_user_administration_key_is_made_for_an_administrator_and_the_grid_says_its_purpose() {
        login("admin");
        navigate("api-nycklar", "");
        ComboBox<UserAccount> owners = _get(ComboBox.class, spec -> spec.withId("api-key-owner"));
        assertThat(ComboBoxKt.getSuggestionItems(owners))
                .extracting(UserAccount::username)
                .contains("overformyndare")
                .doesNotContain("admin");

        RadioButtonGroup<ApiKeyPurpose> purpose = _get(RadioButtonGroup.class, spec -> spec.withId("api-key-purpose"));
        _setValue(purpose, ApiKeyPurpose.USER_ADMINISTRATION);
        assertThat(ComboBoxKt.getSuggestionItems(owners))
                .extracting(UserAccount::username)
                .contains("admin")
                .doesNotContain("overformyndare");
        createKeyFor("admin", "HR-systemet");

        String secret =
                _get(TextField.class, spec -> spec.withId("api-key-secret")).getValue();
        assertThat(keys.accept(secret)).contains(new AcceptedKey("admin", ApiKeyPurpose.USER_ADMINISTRATION));
        Grid<ApiKey> grid = _get(Grid.class, spec -> spec.withId("api-keys-grid"));
        assertThat(GridKt._getFormattedRow(grid, 0))
                .contains("HR-systemet", "Användaradministration (HR-system)")
                .noneMatch(cell -> cell.contains(secret));
        keys.revoke(keys.list().get(0).id());
    }

    @Test
    void a_chief_is_refused_the_page_and_an_anonymous_visitor_gets_the_login_page() {
        login("overformyndare");
        assertRefused(ApiKeysView.class);

        logout();
        UI.getCurrent().navigate("api-nycklar");
        _get(LoginView.class);
    }
}
