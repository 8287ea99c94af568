package se.ekonomiuppfoljning.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.ekonomiuppfoljning.security.PermissionDeniedException;
import se.ekonomiuppfoljning.security.UserAdministrationService;
import se.ekonomiuppfoljning.ui.followup.FollowUpView;
import se.ekonomiuppfoljning.ui.followup.UnitDetailView;
import se.ekonomiuppfoljning.ui.security.LoginView;
import se.ekonomiuppfoljning.ui.security.UsersView;

/** Who reaches which view: anonymous visitors are sent to login, roles without access are refused. */
class AccessTest extends KaribuTest {

    @Autowired
    UserAdministrationService userAdministration;

    @Test
    void an_anonymous_visitor_of_the_follow_up_page_gets_the_login_page() {
        UI.getCurrent().navigate(FollowUpView.class);
        _get(LoginView.class);
        assertThat(_find(FollowUpView.class)).isEmpty();
    }

    @Test
    void an_anonymous_visitor_of_a_unit_or_the_users_page_gets_the_login_page() {
        UI.getCurrent().navigate("enhet/1150/2026-02");
        _get(LoginView.class);
        UI.getCurrent().navigate(UsersView.class);
        _get(LoginView.class);
    }

    @Test
    void the_login_page_shows_the_error_after_a_wrong_password() {
        navigate(LoginView.ROUTE, "error");
        LoginView login = _get(LoginView.class);
        assertThat(login.getPageTitle()).isEqualTo("Logga in – Ekonomiuppföljning");
        assertThat(_get(com.vaadin.flow.component.login.LoginForm.class).isError())
                .isTrue();
    }

    @Test
    void a_politician_is_refused_the_users_page_and_the_service_behind_it() {
        login("politiker");
        assertRefused(UsersView.class);
        assertThatThrownBy(() -> userAdministration.listUsers()).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> userAdministration.changeEmail("politiker", "x@kommun.example"))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void a_chief_is_refused_the_users_page() {
        login("overformyndare");
        assertRefused(UsersView.class);
    }

    @Test
    void a_politician_finds_no_users_page_in_the_menu() {
        login("politiker");
        UI.getCurrent().navigate(FollowUpView.class);
        assertThat(_find(SideNavItem.class))
                .extracting(SideNavItem::getLabel)
                .containsExactly(
                        "Kommunöversikt",
                        "Uppföljning",
                        "Tjänsteskrivelse",
                        "Ärenden",
                        "Inför mötet",
                        "Prognossäkerhet");
    }

    @Test
    void the_administrator_finds_the_users_page_in_the_menu() {
        login("admin");
        UI.getCurrent().navigate(UsersView.class);
        assertThat(_find(SideNavItem.class))
                .extracting(SideNavItem::getLabel)
                .containsExactly(
                        "Kommunöversikt",
                        "Uppföljning",
                        "Import",
                        "Prognossäkerhet",
                        "Användare",
                        "Katalogens grupper",
                        "API-nycklar",
                        "Granskningslogg",
                        "Inställningar",
                        "Dokumentmall");
    }

    @Test
    void the_administrator_sets_the_thresholds_and_a_politician_may_not() {
        login("admin");
        UI.getCurrent().navigate(se.ekonomiuppfoljning.ui.cycle.ThresholdsView.class);
        var tkr = _get(com.vaadin.flow.component.textfield.BigDecimalField.class, spec -> spec.withId("settings-tkr"));
        var percent = _get(
                com.vaadin.flow.component.textfield.BigDecimalField.class, spec -> spec.withId("settings-percent"));
        assertThat(tkr.getValue()).isEqualByComparingTo("100");
        assertThat(percent.getValue()).isEqualByComparingTo("5");

        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(percent, new java.math.BigDecimal("150"));
        clickAsBrowser("settings-save");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("settings-message"))
                        .getText())
                .isEqualTo("Tröskelvärdet i procent får vara högst 100.");

        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(percent, new java.math.BigDecimal("5"));
        clickAsBrowser("settings-save");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("settings-message"))
                        .getText())
                .isEqualTo("Tröskelvärdena är sparade.");

        login("politiker");
        assertRefused(se.ekonomiuppfoljning.ui.cycle.ThresholdsView.class);
    }

    @Test
    void the_administrator_lists_the_users_with_roles() {
        login("admin");
        UI.getCurrent().navigate(UsersView.class);
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("users-grid"));
        assertThat(IntStream.range(0, GridKt._size(grid))
                        .mapToObj(i -> String.join("|", GridKt._getFormattedRow(grid, i))))
                .contains(
                        "overformyndare|Eva Lind|Chef|1150||eva.lind@kommun.example|Aktiv",
                        "politiker|Anna Berg|Politiker||KS|anna.berg@kommun.example|Aktiv")
                .contains("hrchef|Lena Holm|Chef|1180||lena.holm@kommun.example|Aktiv")
                .hasSize(users.findAll().size()); // every stored user: the demo's seven and those other tests add
    }

    @Test
    void the_administrator_changes_an_address_and_a_wrong_one_is_refused_in_swedish() {
        login("admin");
        UI.getCurrent().navigate(UsersView.class);
        Grid<se.ekonomiuppfoljning.security.UserAccount> grid = _get(Grid.class, spec -> spec.withId("users-grid"));
        grid.select(users.findByUsername("politiker").orElseThrow());
        var email = _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("users-email"));
        assertThat(_get(com.vaadin.flow.component.html.H3.class, spec -> spec.withId("users-form-title"))
                        .getText())
                .isEqualTo("Anna Berg (politiker)");
        assertThat(email.getValue()).isEqualTo("anna.berg@kommun.example");
        var save = _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("users-save"));
        try {
            com.github.mvysny.kaributesting.v10.LocatorJ._setValue(email, "anna berg@kommun");
            com.github.mvysny.kaributesting.v10.LocatorJ._click(save);
            assertThat(email.isInvalid()).isTrue();
            assertThat(email.getErrorMessage())
                    .isEqualTo("E-postadressen \"anna berg@kommun\" är inte giltig: skriv den "
                            + "som namn@kommun.se, utan mellanslag och utan å, ä eller ö.");
            assertThat(users.findByUsername("politiker").orElseThrow().email()).hasToString("anna.berg@kommun.example");

            com.github.mvysny.kaributesting.v10.LocatorJ._setValue(email, "anna.berg@ks.kommun.example");
            com.github.mvysny.kaributesting.v10.LocatorJ._click(save);
            assertThat(email.isInvalid()).isFalse();
            assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("users-message"))
                            .getText())
                    .isEqualTo("E-postadressen för politiker är sparad.");
            assertThat(users.findByUsername("politiker").orElseThrow().email())
                    .hasToString("anna.berg@ks.kommun.example");
            assertThat(IntStream.range(0, GridKt._size(grid))
                            .mapToObj(i -> String.join("|", GridKt._getFormattedRow(grid, i))))
                    .contains("politiker|Anna Berg|Politiker||KS|anna.berg@ks.kommun.example|Aktiv");
        } finally {
            users.save(
                    users.findByUsername("politiker")
                            .orElseThrow()
                            .withEmail(new se.ekonomiuppfoljning.security.EmailAddress("anna.berg@kommun.example")),
                    users.passwordHashOf("politiker").orElseThrow());
        }
    }

    @Test
    void the_administrator_has_no_unit_data() {
        login("admin");
        UI.getCurrent().navigate(FollowUpView.class);
        assertThat(_find(Grid.class)).isEmpty();
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("followup-message"))
                        .getText())
                .startsWith("Du har inga enheter att följa upp.");
        UI.getCurrent()
                .navigate(
                        UnitDetailView.class,
                        UnitDetailView.parameters(
                                se.ekonomiuppfoljning.organisation.UnitCode.of("1150"),
                                new se.ekonomiuppfoljning.common.Period(2026, 2)));
        assertThat(_find(Grid.class)).isEmpty();
    }
}
