package se.ekonomiuppfoljning.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.cycle.DeadlineService;
import se.ekonomiuppfoljning.cycle.FollowUpStatus;
import se.ekonomiuppfoljning.cycle.MonthlyReportService;
import se.ekonomiuppfoljning.cycle.QuestionService;
import se.ekonomiuppfoljning.cycle.ReportEdit;
import se.ekonomiuppfoljning.followup.FollowUpService;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.ui.cycle.MonthlyReportView;
import se.ekonomiuppfoljning.ui.cycle.TasksView;

/** Mina uppgifter: what waits for the user's review, the questions they have to answer, a deadline that passed. */
class TasksViewTest extends KaribuTest {

    private static final Period NOVEMBER = new Period(2026, 11);

    @Autowired
    MonthlyReportService reports;

    @Autowired
    QuestionService questions;

    @Autowired
    DeadlineService deadlines;

    @Autowired
    FollowUpService followUp;

    @Autowired
    Clock clock;

    private void markReady(String chief, String unit, Period period) {
        login(chief);
        UnitCode code = UnitCode.of(unit);
        long version = reports.report(code, period).report().version();
        var saved = reports.save(
                code,
                period,
                new ReportEdit(FollowUpStatus.MINDRE_AVVIKELSE, "Enligt plan.", "Analys av avvikelsen.", null),
                version);
        reports.markReady(code, period, saved.version());
    }

    private static List<String> rows(String gridId) {
        Grid<?> grid = _get(Grid.class, spec -> spec.withId(gridId));
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            rows.add(String.join("|", GridKt._getFormattedRow(grid, i)));
        }
        return rows;
    }

    private static void openTasks() {
        UI.getCurrent().navigate(se.ekonomiuppfoljning.ui.followup.FollowUpView.class); // a fresh page
        UI.getCurrent().navigate(TasksView.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_ekonomichef_reviews_the_ready_months_of_kls_and_not_those_of_tekniska_namnden() {
        markReady("hrchef", "1180", NOVEMBER);
        markReady("kommundirektor", "2130", NOVEMBER); // Kost och lokalvård, in Tekniska nämndens frame

        login("ekonomichef");
        openTasks();
        assertThat(rows("tasks-review"))
                .contains("HR-avdelning|november 2026|")
                .noneMatch(r -> r.startsWith("Kost och lokalvård"));

        login("controller"); // the whole kommun's economist reviews both
        openTasks();
        assertThat(rows("tasks-review")).contains("HR-avdelning|november 2026|", "Kost och lokalvård|november 2026|");

        login("kommundirektor"); // he marked Kost och lokalvård ready himself: another reviewer approves it
        openTasks();
        assertThat(rows("tasks-review"))
                .contains("Kost och lokalvård|november 2026|Du har själv skrivit eller markerat månaden klar: en annan"
                        + " granskare godkänner den.");

        login("hrchef"); // nobody's reviewer
        openTasks();
        assertThat(_find(Grid.class, spec -> spec.withId("tasks-review"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("tasks-review-none"))
                        .getText())
                .isEqualTo("Inga månader väntar på din granskning.");

        login("ekonomichef");
        openTasks();
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("tasks-review"));
        GridKt._selectRow(grid, rows("tasks-review").indexOf("HR-avdelning|november 2026|"));
        assertThat(_get(MonthlyReportView.class).getPageTitle()).startsWith("Månadsrapport: HR-avdelning");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_chief_sees_the_politicians_unanswered_questions_on_their_unit_and_another_chief_does_not() {
        login("politiker");
        questions.ask(UnitCode.of("1150"), NOVEMBER, "Hur går det med arvodena i november?");

        login("overformyndare");
        openTasks();
        assertThat(rows("tasks-questions"))
                .contains("Överförmyndarvht|november 2026|Anna Berg|Hur går det med arvodena i november?");

        login("itchef");
        openTasks();
        assertThat(_find(Grid.class, spec -> spec.withId("tasks-questions")).stream()
                        .flatMap(g -> rows("tasks-questions").stream())
                        .toList())
                .noneMatch(r -> r.contains("arvodena i november"));

        login("overformyndare");
        openTasks();
        GridKt._selectRow(
                _get(Grid.class, spec -> spec.withId("tasks-questions")),
                rows("tasks-questions")
                        .indexOf("Överförmyndarvht|november 2026|Anna Berg|Hur går det med arvodena i november?"));
        assertThat(_get(MonthlyReportView.class).getPageTitle()).startsWith("Månadsrapport: Överförmyndarvht");
    }

    @Test
    void a_deadline_that_has_passed_is_flagged_and_one_still_to_come_is_not() {
        login("controller");
        Period period = followUp.overview().defaultPeriod();
        LocalDate firstPossible = period.toYearMonth().atEndOfMonth().plusDays(1);
        LocalDate today = LocalDate.now(clock);
        assertThat(today)
                .as("the portal's today lies after the period's first possible deadline")
                .isAfter(firstPossible);
        deadlines.setDeadline(period, firstPossible);

        login("overformyndare");
        openTasks();
        assertThat(_get(Paragraph.class, spec -> spec.withId("tasks-deadline-passed"))
                        .getText())
                .isEqualTo("Sista dagen för månadsrapporterna (" + firstPossible + ") har passerat.");

        login("controller");
        deadlines.setDeadline(period, today.plusDays(1));
        login("overformyndare");
        openTasks();
        assertThat(_find(Paragraph.class, spec -> spec.withId("tasks-deadline-passed")))
                .isEmpty();
    }
}
