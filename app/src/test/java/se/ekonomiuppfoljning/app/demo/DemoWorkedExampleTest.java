package se.ekonomiuppfoljning.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.ekonomiuppfoljning.actions.Action;
import se.ekonomiuppfoljning.actions.ActionService;
import se.ekonomiuppfoljning.actions.ActionStatus;
import se.ekonomiuppfoljning.actions.ActionView;
import se.ekonomiuppfoljning.actions.DecisionLevel;
import se.ekonomiuppfoljning.app.ui.KaribuTest;
import se.ekonomiuppfoljning.cycle.MonthlyReport;
import se.ekonomiuppfoljning.cycle.MonthlyReportService;
import se.ekonomiuppfoljning.cycle.Question;
import se.ekonomiuppfoljning.cycle.QuestionService;
import se.ekonomiuppfoljning.cycle.ReportState;

/** The demo kommun carries February's cycle for Överförmyndarvht and HR-avdelning, as the politician reads it. */
class DemoWorkedExampleTest extends KaribuTest {

    @Autowired
    MonthlyReportService reports;

    @Autowired
    ActionService actions;

    @Autowired
    QuestionService questions;

    @Test
    void overformyndarvht_is_approved_with_its_analysis_a_political_atgard_and_an_answered_question() {
        login("kommundirektor");
        MonthlyReport report = reports.report(DemoWorkedExample.OVERFORMYNDARE, DemoWorkedExample.FEBRUARY);
        assertThat(report.report().state()).isEqualTo(ReportState.APPROVED);
        assertThat(report.report().analysis()).contains("−272 tkr");
        assertThat(report.mayApprove()).isFalse();

        List<Action> open = actions.openActions(DemoWorkedExample.OVERFORMYNDARE).stream()
                .map(ActionView::action)
                .toList();
        assertThat(open).anySatisfy(a -> {
            assertThat(a.decisionLevel()).isEqualTo(DecisionLevel.POLITISK_NIVA);
            assertThat(a.status()).isEqualTo(ActionStatus.FORESLAGEN);
            assertThat(a.period()).isEqualTo(DemoWorkedExample.FEBRUARY);
        });

        // the month is approved: the politician reads its texts, the proposed åtgärd, the question and its answer
        login("politiker");
        MonthlyReport read = reports.report(DemoWorkedExample.OVERFORMYNDARE, DemoWorkedExample.FEBRUARY);
        assertThat(read.mayEdit()).isFalse();
        assertThat(read.textsWithheld()).isFalse();
        assertThat(read.report().analysis()).contains("−272 tkr");
        assertThat(actions.openActions(DemoWorkedExample.OVERFORMYNDARE))
                .map(ActionView::action)
                .anySatisfy(a -> assertThat(a.decisionLevel()).isEqualTo(DecisionLevel.POLITISK_NIVA));
        List<Question> asked = questions.questions(DemoWorkedExample.OVERFORMYNDARE, DemoWorkedExample.FEBRUARY);
        assertThat(asked).anySatisfy(q -> {
            assertThat(q.askedBy()).isEqualTo("politiker");
            assertThat(q.answeredBy()).isEqualTo("overformyndare");
            assertThat(q.answer()).isNotBlank();
        });
    }

    @Test
    void hr_is_a_draft_with_its_analysis_an_operational_atgard_under_way_and_an_open_question_for_its_chief() {
        login("hrchef");
        MonthlyReport report = reports.report(DemoWorkedExample.HR, DemoWorkedExample.FEBRUARY);
        assertThat(report.report().state()).isEqualTo(ReportState.DRAFT);
        assertThat(report.report().hasAnalysis()).isTrue();
        assertThat(report.mayMarkReady()).isTrue();

        assertThat(actions.openActions(DemoWorkedExample.HR))
                .map(ActionView::action)
                .anySatisfy(a -> {
                    assertThat(a.decisionLevel()).isEqualTo(DecisionLevel.VERKSAMHETSNIVA);
                    assertThat(a.status()).isEqualTo(ActionStatus.PAGAR);
                    assertThat(a.updatedBy()).isEqualTo("kommundirektor");
                });
        assertThat(questions.questions(DemoWorkedExample.HR, DemoWorkedExample.FEBRUARY))
                .anySatisfy(q -> assertThat(q.answered()).isFalse());
    }
}
