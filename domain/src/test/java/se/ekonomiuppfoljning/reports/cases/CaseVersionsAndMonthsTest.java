package se.ekonomiuppfoljning.reports.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.ekonomiuppfoljning.reports.cases.CaseFixture.FEBRUARY;
import static se.ekonomiuppfoljning.reports.cases.CaseFixture.IT_CHIEF;
import static se.ekonomiuppfoljning.reports.cases.CaseFixture.SBF_ECONOMIST;
import static se.ekonomiuppfoljning.reports.cases.CaseFixture.problem;
import static se.ekonomiuppfoljning.reports.cases.CaseFixture.title;
import static se.ekonomiuppfoljning.testdata.SeedKommun.IT;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KLS;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.common.RuleViolationException;
import se.ekonomiuppfoljning.cycle.ReportState;
import se.ekonomiuppfoljning.cycle.UnitReport;
import se.ekonomiuppfoljning.organisation.Unit;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.reports.CaseDetails;
import se.ekonomiuppfoljning.security.OutOfScopeException;
import se.ekonomiuppfoljning.security.PermissionDeniedException;

/** Issue 12.4: one case per node and period unless a new version is asked for; the months not yet approved. */
class CaseVersionsAndMonthsTest {

    private final CaseFixture fixture = new CaseFixture();
    private final CaseFlowService service = fixture.flow;

    @Test
    void a_second_case_for_the_same_node_and_period_is_refused_naming_the_existing_case() {
        fixture.created();

        assertThatThrownBy(
                        () -> service.create(KLS, FEBRUARY, CaseDetails.blank().withCaseNumber("KS/2026:5")))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, problem(CaseProblem.CASE_EXISTS, title("KS/2026:4")));
        assertThat(service.cases()).hasSize(1);
    }

    @Test
    void a_case_for_another_period_of_the_same_node_is_created() {
        fixture.created();

        assertThat(service.create(KLS, new Period(2026, 3), CaseDetails.blank()).period())
                .isEqualTo(new Period(2026, 3));
    }

    @Test
    void a_new_version_asked_for_explicitly_is_created_and_audited_like_a_case() {
        ReportCase first = fixture.created();

        ReportCase second =
                service.createNewVersion(KLS, FEBRUARY, CaseDetails.blank().withCaseNumber("KS/2026:5"));

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(service.cases()).hasSize(2);
        assertThat(service.history(second.id())).singleElement().satisfies(e -> {
            assertThat(e.username()).isEqualTo("ekonomichef");
            assertThat(e.before()).isNull();
            assertThat(e.after()).contains("KS/2026:5");
        });
    }

    @Test
    void a_new_version_is_only_for_an_economist_of_the_node() {
        fixture.caller.set(IT_CHIEF);
        assertThatThrownBy(() -> service.createNewVersion(IT, FEBRUARY, CaseDetails.blank()))
                .isInstanceOf(PermissionDeniedException.class);
        fixture.caller.set(SBF_ECONOMIST);
        assertThatThrownBy(() -> service.createNewVersion(KLS, FEBRUARY, CaseDetails.blank()))
                .isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void the_months_not_approved_are_the_nodes_units_without_an_approved_report_in_tree_order() {
        List<Unit> before = service.monthsNotApproved(KLS, FEBRUARY);
        assertThat(before).extracting(Unit::code).contains(IT, UnitCode.of("1180"));
        assertThat(before).extracting(Unit::code).doesNotContain(KLS);

        for (Unit unit : before) {
            if (!unit.code().equals(IT)) {
                approve(unit.code());
            }
        }
        fixture.unitReports.insert(report(UnitCode.of("1180"), ReportState.READY));

        assertThat(service.monthsNotApproved(KLS, FEBRUARY))
                .extracting(Unit::name)
                .containsExactly("IT");
    }

    @Test
    void every_month_approved_leaves_nothing_to_name() {
        for (Unit unit : service.monthsNotApproved(KLS, FEBRUARY)) {
            approve(unit.code());
        }

        assertThat(service.monthsNotApproved(KLS, FEBRUARY)).isEmpty();
    }

    @Test
    void the_months_are_read_only_by_an_economist_of_the_node() {
        fixture.caller.set(SBF_ECONOMIST);
        assertThatThrownBy(() -> service.monthsNotApproved(KLS, FEBRUARY)).isInstanceOf(OutOfScopeException.class);
        fixture.caller.set(IT_CHIEF);
        assertThatThrownBy(() -> service.monthsNotApproved(IT, FEBRUARY)).isInstanceOf(PermissionDeniedException.class);
    }

    private void approve(UnitCode unit) {
        fixture.unitReports.insert(report(unit, ReportState.APPROVED));
    }

    private static UnitReport report(UnitCode unit, ReportState state) {
        return new UnitReport(unit, FEBRUARY, state, null, "", "", null, "", "x", CaseFixture.NOW, 1);
    }
}
