package se.ekonomiuppfoljning.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.ekonomiuppfoljning.common.AuditLog;
import se.ekonomiuppfoljning.directory.GroupMapping;
import se.ekonomiuppfoljning.directory.GroupMappingService;
import se.ekonomiuppfoljning.organisation.CommitteeCode;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.ui.directory.GroupMappingsView;
import se.ekonomiuppfoljning.ui.security.LoginView;

/**
 * "Katalogens grupper": the administrator lists, creates, changes and deletes the directory group mapping on the page,
 * every change audited; a refusal is worded in the form's message line; nobody else may open the page.
 */
class GroupMappingsViewTest extends KaribuTest {

    /** A group of this test's own (the audit trail keeps every test's entries). */
    private String group = "";

    private String canonical = "";

    @BeforeEach
    void aGroupOfThisTestsOwn(TestInfo test) {
        int n = Math.abs(test.getDisplayName().hashCode() % 100_000);
        group = "CN=Chefer IT " + n + ",OU=Grupper,DC=kommun,DC=se";
        canonical = "cn=chefer it " + n + ",ou=grupper,dc=kommun,dc=se";
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditLog audit;

    @Autowired
    GroupMappingService mappings;

    @AfterEach
    void removeTheMappingsMadeHere() {
        jdbc.update("DELETE FROM directory_group_mapping WHERE group_name LIKE 'cn=chefer it%'"
                + " OR group_name LIKE 'cn=sidtest%'");
    }

    @SuppressWarnings("unchecked")
    private static Grid<GroupMapping> grid() {
        return _get(Grid.class, spec -> spec.withId("group-mappings-grid"));
    }

    private static List<String> rows() {
        return IntStream.range(0, GridKt._size(grid()))
                .mapToObj(i -> String.join("|", GridKt._getFormattedRow(grid(), i)))
                .toList();
    }

    private static int rowOf(String canonical) {
        return IntStream.range(0, GridKt._size(grid()))
                .filter(i -> GridKt._get(grid(), i).canonicalGroup().equals(canonical))
                .findFirst()
                .orElseThrow();
    }

    private static String formMessage() {
        return _get(Paragraph.class, spec -> spec.withId("group-mapping-message"))
                .getText();
    }

    @SuppressWarnings("unchecked")
    private static void fill(Set<Role> roles, Set<UnitCode> units, Set<CommitteeCode> committees) {
        _setValue(_get(CheckboxGroup.class, spec -> spec.withId("group-mapping-roles")), roles);
        _setValue(_get(MultiSelectComboBox.class, spec -> spec.withId("group-mapping-units")), units);
        _setValue(_get(MultiSelectComboBox.class, spec -> spec.withId("group-mapping-committees")), committees);
    }

    private void openAsAdministrator() {
        login("admin");
        UI.getCurrent().navigate(GroupMappingsView.class);
    }

    @Test
    void the_administrator_creates_a_mapping_that_is_listed_stored_and_audited() {
        openAsAdministrator();
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Katalogens grupper");
        assertThat(_get(GroupMappingsView.class).getElement().getTextRecursively())
                .contains("nästa inloggning", "unionen av grupperna");

        clickAsBrowser("group-mapping-new");
        _setValue(_get(TextField.class, spec -> spec.withId("group-mapping-group")), group);
        fill(Set.of(Role.CHEF), Set.of(UnitCode.of("1120")), Set.of());
        clickAsBrowser("group-mapping-save");

        assertThat(formMessage())
                .isEqualTo("Kopplingen för " + group + " är sparad. Den gäller från medlemmarnas nästa inloggning.");
        assertThat(rows()).contains(group + "|Chef|1120|");
        assertThat(mappings.list()).anySatisfy(m -> {
            assertThat(m.canonicalGroup()).isEqualTo(canonical);
            assertThat(m.roles()).containsExactly(Role.CHEF);
            assertThat(m.units()).containsExactly(UnitCode.of("1120"));
        });
        assertThat(audit.entriesFor(GroupMappingService.AUDIT_KIND, canonical))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.username()).isEqualTo("admin");
                    assertThat(entry.before()).isNull();
                    assertThat(entry.after()).contains("CHEF", "1120");
                });
    }

    @Test
    void the_administrator_changes_a_listed_mapping_and_the_change_is_audited_with_before_and_after() {
        login("admin");
        mappings.save(new GroupMapping(group, Set.of(Role.CHEF), Set.of(UnitCode.of("1120")), Set.of()));
        UI.getCurrent().navigate(GroupMappingsView.class);
        grid().select(GridKt._get(grid(), rowOf(canonical)));
        assertThat(_get(TextField.class, spec -> spec.withId("group-mapping-group"))
                        .isReadOnly())
                .isTrue();
        fill(
                Set.of(Role.CHEF, Role.POLITIKER),
                Set.of(UnitCode.of("1120"), UnitCode.of("1150")),
                Set.of(CommitteeCode.of("KS")));
        clickAsBrowser("group-mapping-save");

        assertThat(rows()).contains(group + "|Chef, Politiker|1120, 1150|KS");
        assertThat(audit.entriesFor(GroupMappingService.AUDIT_KIND, canonical))
                .hasSize(2)
                .anySatisfy(entry -> {
                    assertThat(entry.before()).contains("CHEF").doesNotContain("POLITIKER");
                    assertThat(entry.after()).contains("CHEF,POLITIKER", "1120,1150", "KS");
                });
    }

    @Test
    void the_administrator_deletes_a_mapping_after_confirming_and_the_deletion_is_audited() {
        login("admin");
        mappings.save(new GroupMapping(group, Set.of(Role.EKONOM), Set.of(UnitCode.of("1120")), Set.of()));
        UI.getCurrent().navigate(GroupMappingsView.class);
        grid().select(GridKt._get(grid(), rowOf(canonical)));

        clickAsBrowser("group-mapping-delete");
        ConfirmDialog dialog = _get(ConfirmDialog.class, spec -> spec.withId("group-mapping-delete-dialog"));
        assertThat(mappings.list()).anyMatch(m -> m.canonicalGroup().equals(canonical));
        ConfirmDialogKt._fireConfirm(dialog);

        assertThat(mappings.list()).noneMatch(m -> m.canonicalGroup().equals(canonical));
        assertThat(rows()).noneMatch(row -> row.startsWith(group));
        assertThat(_get(Paragraph.class, spec -> spec.withId("group-mappings-message"))
                        .getText())
                .isEqualTo("Kopplingen för " + group + " är borttagen.");
        assertThat(audit.entriesFor(GroupMappingService.AUDIT_KIND, canonical)).anySatisfy(entry -> {
            assertThat(entry.before()).contains("EKONOM");
            assertThat(entry.after()).isNull();
        });
    }

    @Test
    void a_mapping_without_a_role_is_refused_by_the_service_and_the_message_line_says_why() {
        openAsAdministrator();
        clickAsBrowser("group-mapping-new");
        _setValue(_get(TextField.class, spec -> spec.withId("group-mapping-group")), "CN=Sidtest,DC=kommun,DC=se");
        fill(Set.of(), Set.of(UnitCode.of("1120")), Set.of());
        clickAsBrowser("group-mapping-save");

        assertThat(formMessage()).isEqualTo("Gruppen CN=Sidtest,DC=kommun,DC=se måste ge minst en roll.");
        assertThat(mappings.list()).noneMatch(m -> m.canonicalGroup().startsWith("cn=sidtest"));
        assertThat(audit.entriesFor(GroupMappingService.AUDIT_KIND, "cn=sidtest,dc=kommun,dc=se"))
                .isEmpty();
    }

    @Test
    void the_page_is_in_the_administrators_menu_next_to_the_users_page() {
        openAsAdministrator();
        List<String> menu =
                _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
        assertThat(menu).containsSubsequence("Användare", "Katalogens grupper", "API-nycklar");
        assertThat(menu.indexOf("Katalogens grupper")).isEqualTo(menu.indexOf("Användare") + 1);
    }

    @Test
    void every_role_but_the_administrators_is_refused_the_page_and_an_anonymous_visitor_gets_the_login_page() {
        for (String user : List.of("kommundirektor", "hrchef", "controller", "ekonomichef", "politiker")) {
            login(user);
            assertThat(users.findByUsername(user).orElseThrow().roles()).doesNotContain(Role.ADMIN);
            assertRefused(GroupMappingsView.class);
            logout();
        }

        UI.getCurrent().navigate("gruppmappning");
        _get(LoginView.class);
    }
}
