package se.ekonomiuppfoljning.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.ekonomiuppfoljning.security.PermissionDeniedException;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.substitutes.SubstituteCandidate;
import se.ekonomiuppfoljning.substitutes.SubstituteService;
import se.ekonomiuppfoljning.ui.security.UsersView;

/**
 * An administrator names and ends a chief's ersättare on "Användare" (for a chief who is away and cannot do it on
 * "Mitt konto"): through the substitutes service, with its rules worded in Swedish on the page and every change in
 * the audit trail under the administrator's name; nobody else reaches the page or the service's door for it.
 */
class UsersSubstitutesViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SubstituteService substitutes;

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM substitution");
        jdbc.update("DELETE FROM audit_entry WHERE entity = 'SUBSTITUTE'");
    }

    @SuppressWarnings("unchecked")
    private static Grid<UserAccount> grid() {
        return _get(Grid.class, spec -> spec.withId("users-grid"));
    }

    private void choose(String username) {
        grid().asSingleSelect().setValue(users.findByUsername(username).orElseThrow());
    }

    /** Whether the panel is shown (Karibu finds visible components only). */
    private static boolean panelShown() {
        return !_find(VerticalLayout.class, spec -> spec.withId("users-substitutes"))
                .isEmpty();
    }

    private static String message() {
        return _get(Paragraph.class, spec -> spec.withId("users-substitutes-message"))
                .getText();
    }

    private static String lines() {
        return _get(Div.class, spec -> spec.withId("users-substitutes-lines"))
                .getElement()
                .getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<SubstituteCandidate> who() {
        return _get(ComboBox.class, spec -> spec.withId("substitute-user"));
    }

    private static void name(String substitute, String displayName, LocalDate from, LocalDate to) {
        _setValue(who(), new SubstituteCandidate(substitute, displayName));
        _setValue(_get(DatePicker.class, spec -> spec.withId("substitute-from")), from);
        _setValue(_get(DatePicker.class, spec -> spec.withId("substitute-to")), to);
        clickAsBrowser("substitute-name");
    }

    private List<String> audited() {
        return jdbc.queryForList(
                "SELECT CONCAT(username, ':', COALESCE(before_text, '-'), '>', COALESCE(after_text, '-'))"
                        + " FROM audit_entry WHERE entity = 'SUBSTITUTE' ORDER BY id",
                String.class);
    }

    @Test
    void the_administrator_names_a_chiefs_ersattare_sees_the_rules_in_swedish_and_ends_it() {
        LocalDate today = substitutes.today();
        login("admin");
        UI.getCurrent().navigate(UsersView.class);
        assertThat(panelShown()).isFalse();

        choose("hrchef");

        assertThat(panelShown()).isTrue();
        assertThat(lines()).contains("Chefen har ingen ersättare.");
        assertThat(who().getListDataView().getItems().toList())
                .extracting(SubstituteCandidate::username)
                .contains("itchef")
                .doesNotContain("hrchef", "admin", "controller");

        name("itchef", "Per Ek", today.plusDays(5), today.plusDays(2));
        assertThat(message())
                .isEqualTo("Sista dagen (" + today.plusDays(2) + ") är före den första (" + today.plusDays(5) + ").");
        name("itchef", "Per Ek", today, today.plusMonths(7));
        assertThat(message()).isEqualTo("En ersättare kan utses för högst 6 månader i taget.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM substitution", Integer.class))
                .isZero();

        name("itchef", "Per Ek", today, today.plusDays(6));

        assertThat(message()).isEqualTo("Ersättaren för Lena Holm är utsedd.");
        assertThat(lines()).contains("Per Ek (itchef) från " + today + " till och med " + today.plusDays(6));
        assertThat(jdbc.queryForList("SELECT CONCAT(chief, '>', substitute) FROM substitution", String.class))
                .containsExactly("hrchef>itchef");

        name("itchef", "Per Ek", today.plusDays(3), today.plusDays(9));
        assertThat(message())
                .isEqualTo("Perioden överlappar itchefs period som ersättare (" + today + " till och med "
                        + today.plusDays(6) + "). Avsluta den först.");

        Button end = _find(Button.class).stream()
                .filter(b -> b.getId().orElse("").startsWith("users-substitute-end-"))
                .findFirst()
                .orElseThrow();
        clickAsBrowser(end);

        assertThat(message()).isEqualTo("Ersättaren är avslutad.");
        assertThat(lines()).contains("Chefen har ingen ersättare.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM substitution", Integer.class))
                .isZero();
        assertThat(audited()).hasSize(2).allMatch(line -> line.startsWith("admin:"));
        assertThat(audited().get(0)).contains("itchef");
    }

    @Test
    void a_user_who_is_no_chief_gets_no_ersattare_panel() {
        login("admin");
        UI.getCurrent().navigate(UsersView.class);

        choose("controller");

        assertThat(panelShown()).isFalse();
    }

    @Test
    void nobody_but_an_administrator_reaches_the_page_or_names_or_lists_another_chiefs_ersattare() {
        LocalDate today = substitutes.today();
        for (String user : List.of("itchef", "controller")) {
            login(user);
            assertRefused(UsersView.class);
            assertThatThrownBy(() -> substitutes.standInsOf("hrchef")).isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> substitutes.name("hrchef", "itchef", today, today))
                    .isInstanceOf(PermissionDeniedException.class);
            logout();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM substitution", Integer.class))
                .isZero();
        assertThat(audited()).isEmpty();
    }
}
