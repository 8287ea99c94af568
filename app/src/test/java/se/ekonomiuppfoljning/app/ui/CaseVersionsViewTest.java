package se.ekonomiuppfoljning.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.followup.FollowUpOverview.NodeOption;
import se.ekonomiuppfoljning.organisation.Unit;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.reports.CaseDetails;
import se.ekonomiuppfoljning.reports.cases.CaseFlowService;
import se.ekonomiuppfoljning.reports.cases.ReportCase;
import se.ekonomiuppfoljning.ui.reports.CaseView;
import se.ekonomiuppfoljning.ui.reports.CasesView;

/**
 * Issue 12.4 on the demo data: the demo's case KS/2026:4 (KLS, February) refuses a second case for KLS in February
 * unless a new version is asked for; the new-case and send forms name the months not approved. Every case made
 * here is removed afterwards.
 */
class CaseVersionsViewTest extends KaribuTest {

    private static final UnitCode KLS = UnitCode.of("KLS");
    private static final Period FEBRUARY = new Period(2026, 2);

    @Autowired
    CaseFlowService cases;

    @Autowired
    JdbcTemplate jdbc;

    private long highestCase;

    @BeforeEach
    void rememberTheCases() {
        highestCase = CreatedCases.highestId(jdbc);
    }

    @AfterEach
    void removeTheCasesCreated() {
        CreatedCases.removeAfter(jdbc, highestCase);
    }

    @SuppressWarnings("unchecked")
    private static void choose(UnitCode code, Period period) {
        ComboBox<NodeOption> node = _get(ComboBox.class, spec -> spec.withId("case-new-node"));
        node.setValue(node.getListDataView()
                .getItems()
                .filter(o -> o.code().equals(code))
                .findFirst()
                .orElseThrow());
        _get(Select.class, spec -> spec.withId("case-new-period")).setValue(period);
    }

    private static String names(List<Unit> units) {
        return String.join(", ", units.stream().map(Unit::name).toList());
    }

    @Test
    void a_second_case_for_kls_in_february_is_refused_naming_the_demo_case_and_made_only_as_a_new_version() {
        login("ekonomichef");
        int before = cases.cases().size();
        UI.getCurrent().navigate(CasesView.class);
        choose(KLS, FEBRUARY);
        assertThat(_find(Button.class, spec -> spec.withId("case-new-version"))).isEmpty();

        clickAsBrowser("case-create");

        assertThat(_get(Paragraph.class, spec -> spec.withId("cases-message")).getText())
                .isEqualTo("Det finns redan ett ärende för enheten och perioden: Ärendet KS/2026:4. "
                        + "Skapa en ny version om ett till ärende behövs.");
        assertThat(cases.cases()).hasSize(before);
        Button newVersion = _get(Button.class, spec -> spec.withId("case-new-version"));
        assertThat(newVersion.getText()).isEqualTo("Skapa en ny version");

        clickAsBrowser("case-new-version");

        assertThat(cases.cases()).hasSize(before + 1);
        assertThat(_get(H2.class, spec -> spec.withId("case-title")).getText()).isNotBlank();
        assertThat(cases.cases().stream()
                        .filter(c -> c.node().equals(KLS) && c.period().equals(FEBRUARY))
                        .count())
                .isEqualTo(2);
    }

    @Test
    void the_new_case_form_names_the_units_whose_months_are_not_approved_and_the_user_may_go_on() {
        login("ekonomichef");
        List<Unit> notApproved = cases.monthsNotApproved(KLS, FEBRUARY);
        assertThat(notApproved).isNotEmpty();
        UI.getCurrent().navigate(CasesView.class);
        choose(KLS, FEBRUARY);

        Paragraph months = _get(Paragraph.class, spec -> spec.withId("case-new-not-approved"));
        assertThat(months.isVisible()).isTrue();
        assertThat(months.getText()).isEqualTo("Månader som inte är godkända: " + names(notApproved) + ".");
        assertThat(_get(Button.class, spec -> spec.withId("case-create")).isEnabled())
                .isTrue();
    }

    @Test
    void the_send_form_names_the_units_whose_months_are_not_approved_and_the_case_can_still_be_sent() {
        login("ekonomichef");
        ReportCase draft =
                cases.createNewVersion(KLS, FEBRUARY, CaseDetails.blank().withCaseNumber("KS/2026:40"));
        UI.getCurrent().navigate(CaseView.class, draft.id());

        assertThat(_get(Paragraph.class, spec -> spec.withId("case-send-not-approved"))
                        .getText())
                .isEqualTo("Månader som inte är godkända: " + names(cases.monthsNotApproved(KLS, FEBRUARY)) + ".");
        assertThat(_get(Button.class, spec -> spec.withId("case-send")).isEnabled())
                .isTrue();
    }
}
