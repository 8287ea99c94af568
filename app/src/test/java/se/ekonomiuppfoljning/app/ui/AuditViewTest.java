package se.ekonomiuppfoljning.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.ekonomiuppfoljning.audit.AuditFilter;
import se.ekonomiuppfoljning.audit.AuditService;
import se.ekonomiuppfoljning.common.AuditEntry;
import se.ekonomiuppfoljning.common.AuditLog;
import se.ekonomiuppfoljning.security.EmailAddress;
import se.ekonomiuppfoljning.security.PermissionDeniedException;
import se.ekonomiuppfoljning.security.UserAdministrationService;
import se.ekonomiuppfoljning.ui.audit.AuditView;
import se.ekonomiuppfoljning.ui.security.UsersView;

/** "Granskningslogg": the administrator reads, filters, pages and exports the audit trail; nobody else may. */
class AuditViewTest extends KaribuTest {

    /** Entries of an actor of this test only, in 2019, so that no other test's entries mix in. */
    private static final String ACTOR = "granskningstest";

    private static final Instant START = Instant.parse("2019-03-01T07:00:00Z");

    @Autowired
    AuditLog log;

    @Autowired
    AuditService audit;

    @Autowired
    UserAdministrationService userAdministration;

    @Autowired
    java.time.Clock clock;

    private void storeEntriesOnce() {
        login("admin");
        if (audit.count(new AuditFilter(ACTOR, null, null, null, null)) == 0) {
            for (int i = 0; i < 130; i++) {
                log.record(new AuditEntry(
                        ACTOR,
                        START.plus(i, ChronoUnit.DAYS),
                        i % 2 == 0 ? "UNIT_REPORT" : "ACTION",
                        "id" + i,
                        "före " + i,
                        "efter " + i,
                        i % 2 == 0 ? "1150" : "1180"));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> grid() {
        return _get(Grid.class, spec -> spec.withId("audit-grid"));
    }

    private static List<String> rows(Grid<Object> grid, int from, int to) {
        return IntStream.range(from, to)
                .mapToObj(i -> String.join("|", GridKt._getFormattedRow(grid, i)))
                .toList();
    }

    @Test
    void the_administrator_finds_the_audit_trail_in_the_menu_and_others_do_not() {
        login("admin");
        UI.getCurrent().navigate(AuditView.class);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Granskningslogg");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Granskningslogg – Ekonomiuppföljning");
        for (String user : List.of("ekonomichef", "kommundirektor", "politiker", "overformyndare")) {
            tearDownVaadin(); // another user is another session: the menu is built for them
            setUpVaadin();
            login(user);
            UI.getCurrent().navigate("");
            assertThat(_find(SideNavItem.class))
                    .extracting(SideNavItem::getLabel)
                    .doesNotContain("Granskningslogg");
            assertRefused(AuditView.class);
        }
    }

    @Test
    void an_economist_or_a_chief_calling_the_audit_service_directly_is_refused() {
        for (String user : List.of("ekonomichef", "kommundirektor", "politiker")) {
            login(user);
            assertThatThrownBy(() -> audit.find(AuditFilter.all(), 0, 10))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> audit.count(AuditFilter.all())).isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> audit.export(AuditFilter.all())).isInstanceOf(PermissionDeniedException.class);
        }
    }

    @Test
    void the_grid_pages_lazily_through_the_service_and_filters_by_user_unit_kind_and_days() {
        storeEntriesOnce();
        UI.getCurrent().navigate(AuditView.class);
        Grid<Object> grid = grid();
        assertThat(grid.getDataProvider().isInMemory()).isFalse();
        _setValue(_get(TextField.class, spec -> spec.withId("audit-actor")), ACTOR);
        assertThat(GridKt._size(grid)).isEqualTo(130);
        assertThat(_get(Paragraph.class, spec -> spec.withId("audit-count")).getText())
                .isEqualTo("130 händelser");
        // newest first; 2019-07-08 09:00 in Stockholm is 07:00 UTC in summer time
        assertThat(rows(grid, 0, 1))
                .containsExactly("2019-07-08 09:00:00|granskningstest|Åtgärd|id129|1180|före 129|efter 129");
        assertThat(rows(grid, 129, 130))
                .containsExactly("2019-03-01 08:00:00|granskningstest|Månadsrapport|id0|1150|före 0|efter 0");

        _setValue(_get(TextField.class, spec -> spec.withId("audit-unit")), "1150");
        assertThat(GridKt._size(grid)).isEqualTo(65);
        ComboBox<String> kind = _get(ComboBox.class, spec -> spec.withId("audit-kind"));
        _setValue(kind, "ACTION");
        assertThat(GridKt._size(grid)).isZero();
        _setValue(kind, "UNIT_REPORT");
        assertThat(GridKt._size(grid)).isEqualTo(65);
        _setValue(_get(DatePicker.class, spec -> spec.withId("audit-from")), LocalDate.of(2019, 3, 3));
        _setValue(_get(DatePicker.class, spec -> spec.withId("audit-to")), LocalDate.of(2019, 3, 7));
        assertThat(rows(grid, 0, GridKt._size(grid)))
                .extracting(r -> r.split("\\|")[3])
                .containsExactly("id6", "id4", "id2");
    }

    @Test
    void the_export_holds_the_filtered_entries_as_csv_and_xlsx() throws Exception {
        storeEntriesOnce();
        UI.getCurrent().navigate(AuditView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("audit-actor")), ACTOR);
        _setValue(_get(TextField.class, spec -> spec.withId("audit-unit")), "1180");
        String csv = new String(download("audit-grid-csv"), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(1 + 65);
        assertThat(lines.get(0)).contains("Tid", "Användare", "Typ", "Vad", "Enhet", "Före", "Efter");
        assertThat(lines.get(1)).contains("granskningstest", "Åtgärd", "id129", "1180", "före 129", "efter 129");
        assertThat(csv).doesNotContain("id128");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download("audit-grid-xlsx")))) {
            Sheet sheet = workbook.getSheetAt(0);
            StringBuilder text = new StringBuilder();
            sheet.forEach(row -> row.forEach(cell -> text.append(cell).append('|')));
            assertThat(text).contains("id129").contains("efter 1").doesNotContain("id128");
        }
    }

    @Test
    void an_address_changed_on_the_users_page_is_in_the_audit_trail_with_who_when_before_and_after() {
        login("admin");
        UI.getCurrent().navigate(UsersView.class);
        Grid<se.ekonomiuppfoljning.security.UserAccount> users = _get(Grid.class, spec -> spec.withId("users-grid"));
        users.select(this.users.findByUsername("hrchef").orElseThrow());
        try {
            _setValue(_get(TextField.class, spec -> spec.withId("users-email")), "lena.holm@hr.kommun.example");
            com.github.mvysny.kaributesting.v10.LocatorJ._click(
                    _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("users-save")));

            UI.getCurrent().navigate(AuditView.class);
            _setValue(_get(TextField.class, spec -> spec.withId("audit-actor")), "admin");
            _setValue(_get(ComboBox.class, spec -> spec.withId("audit-kind")), "USER");
            Grid<Object> grid = grid();
            String newest = rows(grid, 0, 1).get(0);
            assertThat(newest)
                    .contains("|admin|Användare|hrchef||")
                    .contains("e-post=lena.holm@kommun.example|")
                    .endsWith("e-post=lena.holm@hr.kommun.example");
            assertThat(newest.substring(0, 10)).isEqualTo(LocalDate.now(clock).toString());
        } finally {
            userAdministration.changeEmail("hrchef", "lena.holm@kommun.example");
            assertThat(this.users.findByUsername("hrchef").orElseThrow().email())
                    .isEqualTo(new EmailAddress("lena.holm@kommun.example"));
        }
    }
}
