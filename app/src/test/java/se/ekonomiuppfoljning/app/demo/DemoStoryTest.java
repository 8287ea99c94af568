package se.ekonomiuppfoljning.app.demo;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.ekonomiuppfoljning.app.ui.KaribuTest;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.cycle.MonthlyReportService;
import se.ekonomiuppfoljning.cycle.Question;
import se.ekonomiuppfoljning.cycle.QuestionService;
import se.ekonomiuppfoljning.cycle.ReportState;
import se.ekonomiuppfoljning.cycle.UnitReport;
import se.ekonomiuppfoljning.followup.AccountFigures;
import se.ekonomiuppfoljning.followup.FollowUpService;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.reports.cases.Meeting;
import se.ekonomiuppfoljning.reports.cases.MeetingAgendaService;
import se.ekonomiuppfoljning.reports.cases.Organ;
import se.ekonomiuppfoljning.ui.reports.MeetingsView;

/**
 * The demo tells one story (issue 12, point 17): it runs on 2026-03-16, between Allmänna utskottet (2026-03-09) and
 * kommunstyrelsen (2026-03-23); what its seed wrote is dated in those March days; Överförmyndarvht's February was
 * approved before the case went to AU while HR's is still open; and its accounts have a story: the guardians' fees on
 * an account of their own and budgets per account that are not the actuals' shares.
 */
class DemoStoryTest extends KaribuTest {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final LocalDate DEMO_DAY = LocalDate.of(2026, 3, 16);

    @Autowired
    Clock clock;

    @Autowired
    MeetingAgendaService meetings;

    @Autowired
    MonthlyReportService reports;

    @Autowired
    QuestionService questions;

    @Autowired
    FollowUpService followUp;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_demo_runs_on_its_day_between_au_and_ks() {
        assertThat(LocalDate.now(clock)).isEqualTo(DEMO_DAY);
        assertThat(DEMO_DAY).isAfter(DemoCase.AU_MEETING).isBefore(DemoCase.KS_MEETING);
    }

    @Test
    void infor_motet_shows_kommunstyrelsen_on_2026_03_23_as_the_coming_meeting_of_the_seeds_case() {
        login("politiker");
        Meeting ks = meetings.comingMeetings().stream()
                .filter(m -> m.cases().stream().anyMatch(c -> c.caseNumber().equals("KS/2026:4")))
                .findFirst()
                .orElseThrow();
        assertThat(ks.organ()).isEqualTo(Organ.KS);
        assertThat(ks.date()).isEqualTo(DemoCase.KS_MEETING).isAfter(LocalDate.now(clock));

        UI.getCurrent().navigate(MeetingsView.class);
        assertThat(_get(H3.class, spec -> spec.withId("meeting-KS-2026-03-23")).getText())
                .endsWith("2026-03-23");
    }

    @Test
    void overformyndarvhts_february_was_approved_before_the_case_went_to_au_and_hrs_is_not_approved() {
        login("kommundirektor");
        UnitReport overformyndare = reports.report(DemoWorkedExample.OVERFORMYNDARE, DemoWorkedExample.FEBRUARY)
                .report();
        assertThat(overformyndare.state()).isEqualTo(ReportState.APPROVED);
        assertThat(overformyndare.updatedBy()).isEqualTo("kommundirektor");
        assertThat(overformyndare.updatedAt())
                .isBefore(DemoCase.AU_MEETING.atStartOfDay(SWEDEN).toInstant())
                .isAfter(LocalDate.of(2026, 3, 1).atStartOfDay(SWEDEN).toInstant());
        assertThat(reports.report(DemoWorkedExample.HR, DemoWorkedExample.FEBRUARY)
                        .report()
                        .state())
                .isNotEqualTo(ReportState.APPROVED);
    }

    @Test
    void what_the_seed_wrote_is_dated_in_the_story_not_on_the_day_the_demo_starts() {
        assertThat(jdbc.queryForList(
                        "SELECT DISTINCT CAST(DATE(imported_at) AS CHAR) FROM import_log WHERE username = 'controller'"
                                + " AND file_name IN ('periodsaldon-2026.se', 'budget-2025.csv', 'utfall-2025.csv',"
                                + " 'budget-2026.csv')",
                        String.class))
                .containsExactly("2026-03-02");
        login("kommundirektor");
        Question overformyndare = questions
                .questions(DemoWorkedExample.OVERFORMYNDARE, DemoWorkedExample.FEBRUARY)
                .get(0);
        assertThat(day(overformyndare.askedAt())).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(day(overformyndare.answeredAt())).isEqualTo(LocalDate.of(2026, 3, 5));
        Question hr = questions
                .questions(DemoWorkedExample.HR, DemoWorkedExample.FEBRUARY)
                .get(0);
        assertThat(day(hr.askedAt())).isEqualTo(LocalDate.of(2026, 3, 12));
        // the audit trail: the organisation import is the controller's of 2026-03-02
        assertThat(jdbc.queryForObject(
                        "SELECT CAST(DATE(MIN(changed_at)) AS CHAR) FROM audit_entry WHERE entity = 'ORGANISATION_IMPORT'"
                                + " AND entity_id = 'organisation.csv'",
                        String.class))
                .isEqualTo("2026-03-02");
    }

    @Test
    void the_guardians_fees_are_on_an_account_for_arvoden_not_on_manadslon() {
        login("overformyndare");
        Map<String, AccountFigures> accounts =
                followUp.unitDetail(DemoWorkedExample.OVERFORMYNDARE, DemoWorkedExample.FEBRUARY).accounts().stream()
                        .collect(Collectors.toMap(a -> a.account().code(), a -> a));
        AccountFigures fees = accounts.get("5320");
        assertThat(fees.account().name()).isEqualTo("Arvoden till gode män och förvaltare");
        // February's −272 tkr: the fees for the whole of 2025 paid in February, the budget spread over the year
        assertThat(fees.figures().monthActual()).isGreaterThan(new BigDecimal("300000"));
        assertThat(fees.figures().monthDeviation()).isLessThan(new BigDecimal("-272000"));
        assertThat(accounts.get("5011").figures().monthActual()).isLessThan(new BigDecimal("50000"));
    }

    @Test
    void each_units_accounts_are_not_the_same_share_of_its_budget() {
        login("ekonomichef");
        for (String unit : List.of("1100", "1110", "1120", "1130", "1140", "1150", "1160", "1180", "1190")) {
            List<Optional<BigDecimal>> percents =
                    followUp.unitDetail(UnitCode.of(unit), new Period(2026, 2)).accounts().stream()
                            .map(a -> a.figures().ytdPercent())
                            .distinct()
                            .toList();
            assertThat(percents).as("%% av budget per account of %s", unit).hasSizeGreaterThan(2);
        }
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(SWEDEN).toLocalDate();
    }
}
