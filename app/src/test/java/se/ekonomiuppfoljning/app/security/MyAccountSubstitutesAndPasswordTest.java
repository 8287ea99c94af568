package se.ekonomiuppfoljning.app.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import jakarta.servlet.http.HttpSession;
import java.net.http.HttpClient;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.ekonomiuppfoljning.app.ui.KaribuTest;
import se.ekonomiuppfoljning.directory.DirectoryAccountRegistry;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.substitutes.SubstituteCandidate;
import se.ekonomiuppfoljning.substitutes.SubstituteService;
import se.ekonomiuppfoljning.ui.followup.FollowUpView;

/**
 * "Mitt konto" beyond the language: the e-mail, the ersättare both ways with the chief's form to name and end one,
 * and a local account's own password, which stops the old one working over HTTP Basic at once.
 */
class MyAccountSubstitutesAndPasswordTest extends KaribuTest {

    private static final String LOCAL = "bytertest";
    private static final String OLD = "det första långa lösenordet";
    private static final String NEW = "en helt annan mening i december";
    private static final String FOLLOWUP = "/api/v1/followup?unit=KLS&period=2026-02";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    SubstituteService substitutes;

    @Autowired
    DirectoryAccountRegistry directory;

    @Autowired
    PasswordStamps stamps;

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM substitution");
        jdbc.update(
                "DELETE FROM audit_entry WHERE entity = 'SUBSTITUTE' OR username = ? OR entity_id = ?", LOCAL, LOCAL);
        jdbc.update("DELETE FROM directory_account WHERE username = ?", LOCAL);
        jdbc.update("DELETE FROM app_user WHERE username = ?", LOCAL);
        jdbc.update("DELETE FROM login_failure");
        jdbc.update("DELETE FROM audit_entry WHERE entity = 'inloggning'");
    }

    /** A fresh page: Vaadin keeps the view when the route is the one already shown. */
    private static void openMyAccount() {
        navigate(FollowUpView.ROUTE, "");
        navigate("mitt-konto", "");
    }

    private static String text(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id)).getText();
    }

    private static String texts(String id) {
        return _get(Div.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    private void localEconomist() {
        users.save(
                new UserAccount(LOCAL, "Byter Lösen", Set.of(Role.EKONOM), Set.of(UnitCode.of("KLS")), Set.of(), true),
                encoder.encode(OLD));
    }

    @Test
    void a_chief_names_an_ersattare_whom_the_substitute_sees_and_the_chief_ends_it() {
        LocalDate today = substitutes.today();
        login("hrchef");
        openMyAccount();
        assertThat(text("account-email")).startsWith("E-post: ");
        assertThat(texts("substitutes-mine")).contains("Du har ingen ersättare.");
        @SuppressWarnings("unchecked")
        ComboBox<SubstituteCandidate> who = _get(ComboBox.class, spec -> spec.withId("substitute-user"));
        List<SubstituteCandidate> offered = who.getListDataView().getItems().toList();
        assertThat(offered)
                .extracting(SubstituteCandidate::username)
                .contains("itchef")
                .doesNotContain("hrchef", "controller");

        _setValue(who, new SubstituteCandidate("itchef", "Per Ek"));
        _setValue(_get(DatePicker.class, spec -> spec.withId("substitute-from")), today);
        _setValue(_get(DatePicker.class, spec -> spec.withId("substitute-to")), today.plusDays(6));
        _click(_get(Button.class, spec -> spec.withId("substitute-name")));

        assertThat(text("substitute-message")).isEqualTo("Ersättaren är utsedd.");
        assertThat(texts("substitutes-mine"))
                .contains("Din ersättare: Per Ek (itchef) från " + today + " till och med " + today.plusDays(6));

        logout();
        login("itchef");
        openMyAccount();
        assertThat(texts("substitutes-standing-in"))
                .contains(
                        "Du är ersättare för Lena Holm (hrchef) från " + today + " till och med " + today.plusDays(6));
        assertThat(text("account-units")).isEqualTo("Enheter: 1120");

        logout();
        login("hrchef");
        openMyAccount();
        _setValue(_get(DatePicker.class, spec -> spec.withId("substitute-from")), today.minusDays(1));
        _setValue(who(), new SubstituteCandidate("itchef", "Per Ek"));
        _setValue(_get(DatePicker.class, spec -> spec.withId("substitute-to")), today);
        _click(_get(Button.class, spec -> spec.withId("substitute-name")));
        // the picker itself refuses a day before today (the service's own refusal is a domain test)
        assertThat(_get(DatePicker.class, spec -> spec.withId("substitute-from"))
                        .isInvalid())
                .isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM substitution", Integer.class))
                .isEqualTo(1);

        Button end = _find(Button.class).stream()
                .filter(b -> b.getId().orElse("").startsWith("substitute-end-"))
                .findFirst()
                .orElseThrow();
        _click(end);
        assertThat(text("substitute-message")).isEqualTo("Ersättaren är avslutad.");
        assertThat(texts("substitutes-mine")).contains("Du har ingen ersättare.");
        assertThat(jdbc.queryForList(
                        "SELECT CONCAT(username, ':', COALESCE(before_text, '-'), '>', COALESCE(after_text, '-'))"
                                + " FROM audit_entry WHERE entity = 'SUBSTITUTE' ORDER BY id",
                        String.class))
                .hasSize(2)
                .allMatch(line -> line.startsWith("hrchef:"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<SubstituteCandidate> who() {
        return _get(ComboBox.class, spec -> spec.withId("substitute-user"));
    }

    @Test
    void somebody_who_is_no_chief_sees_the_substitutes_but_no_form() {
        login("controller");
        openMyAccount();

        assertThat(texts("substitutes-standing-in")).contains("Du är inte ersättare för någon.");
        assertThat(_find(ComboBox.class, spec -> spec.withId("substitute-user")))
                .isEmpty();
    }

    @Test
    void a_local_user_changes_the_password_on_the_page_and_the_old_one_stops_working_over_basic() throws Exception {
        localEconomist();
        LoginHttp http = new LoginHttp(port);
        assertThat(http.basic(LOCAL, OLD, FOLLOWUP).statusCode()).isEqualTo(200);
        assertThat(http.basic(LOCAL, OLD, FOLLOWUP).statusCode()).isEqualTo(200); // remembered now
        login(LOCAL);
        openMyAccount();

        change("fel lösenord igen", NEW, NEW);
        assertThat(text("password-message")).isEqualTo("Det nuvarande lösenordet stämmer inte.");
        change(OLD, "Sommaren2026", "Sommaren2026");
        assertThat(text("password-message")).startsWith("Lösenordet är ett av de vanligaste");
        change(OLD, NEW, NEW + " ");
        assertThat(text("password-message")).isEqualTo("De två nya lösenorden är inte lika.");
        change(OLD, "ä".repeat(40), "ä".repeat(40));
        assertThat(text("password-message")).startsWith("Lösenordet får vara högst 72 byte");
        change(OLD, "kort", "kort");
        assertThat(text("password-message")).isEqualTo("Lösenordet ska ha minst 12 tecken.");
        change(OLD, "mitt " + LOCAL + " lösen", "mitt " + LOCAL + " lösen");
        assertThat(text("password-message")).isEqualTo("Lösenordet får inte innehålla användarnamnet.");
        assertThat(_get(PasswordField.class, spec -> spec.withId("password-current"))
                        .getValue())
                .isEmpty();

        change(OLD, NEW, NEW);

        assertThat(text("password-message")).startsWith("Lösenordet är bytt.");
        assertThat(http.basic(LOCAL, OLD, FOLLOWUP).statusCode()).isEqualTo(401);
        assertThat(http.basic(LOCAL, NEW, FOLLOWUP).statusCode()).isEqualTo(200);
        List<String> audited = jdbc.queryForList(
                "SELECT CONCAT(before_text, '>', after_text) FROM audit_entry WHERE entity = 'USER' AND entity_id = ?"
                        + " ORDER BY id",
                String.class,
                LOCAL);
        assertThat(audited)
                .containsExactly(
                        "password=(earlier)>password=(unchanged: wrong current password)",
                        "password=(earlier)>password=(changed)");
        assertThat(String.join(" ", audited)).doesNotContain(OLD).doesNotContain(NEW);
    }

    @Test
    void a_changed_password_ends_the_users_other_sessions_at_once_and_keeps_the_one_that_changed_it() throws Exception {
        localEconomist();
        LoginHttp http = new LoginHttp(port);
        Map<String, String> samePage = Map.of("Origin", http.base(), "Sec-Fetch-Site", "same-origin");
        HttpClient laptop = LoginHttp.browser();
        HttpClient phone = LoginHttp.browser();
        HttpClient colleague = LoginHttp.browser();
        http.postLogin(laptop, LOCAL, OLD, samePage);
        http.postLogin(phone, LOCAL, OLD, samePage);
        http.postLogin(colleague, "controller", "demo2026", samePage);
        assertThat(http.loggedIn(laptop)).isTrue();
        assertThat(http.loggedIn(phone)).isTrue();
        assertThat(http.loggedIn(colleague)).isTrue();
        login(LOCAL);
        openMyAccount();
        HttpSession here = ((WrappedHttpSession) VaadinSession.getCurrent().getSession()).getHttpSession();
        assertThat(stamps.mayGoOn(here, LOCAL))
                .as("this session, stamped with the old password")
                .isTrue();

        change(OLD, NEW, NEW);

        assertThat(text("password-message")).startsWith("Lösenordet är bytt.");
        assertThat(http.loggedIn(laptop)).as("another browser's session").isFalse();
        assertThat(http.loggedIn(phone)).as("a third session").isFalse();
        assertThat(http.loggedIn(colleague)).as("somebody else's session").isTrue();
        assertThat(stamps.mayGoOn(here, LOCAL))
                .as("the session that changed it")
                .isTrue();
        HttpClient again = LoginHttp.browser();
        http.postLogin(again, LOCAL, NEW, samePage);
        assertThat(http.loggedIn(again)).as("a new login with the new password").isTrue();
        assertThat(http.loggedIn(again)).isTrue();
    }

    @Test
    void a_directory_account_has_no_password_form() {
        localEconomist();
        directory.markDirectoryAccount(LOCAL);
        login(LOCAL);
        openMyAccount();

        assertThat(_find(PasswordField.class)).isEmpty();
    }

    private static void change(String current, String chosen, String repeated) {
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-current")), current);
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-new")), chosen);
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-repeat")), repeated);
        _click(_get(Button.class, spec -> spec.withId("password-change")));
    }
}
