package se.ekonomiuppfoljning.reports.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.ekonomiuppfoljning.reports.cases.CaseFixture.AU_MEETING;
import static se.ekonomiuppfoljning.reports.cases.CaseFixture.DIRECTOR;
import static se.ekonomiuppfoljning.reports.cases.CaseFixture.FEBRUARY;
import static se.ekonomiuppfoljning.reports.cases.CaseFixture.IT_CHIEF;
import static se.ekonomiuppfoljning.reports.cases.CaseFixture.KF_MEMBER;
import static se.ekonomiuppfoljning.reports.cases.CaseFixture.KS_MEETING;
import static se.ekonomiuppfoljning.reports.cases.CaseFixture.POLITICIAN;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KLS;
import static se.ekonomiuppfoljning.testdata.SeedKommun.OVERFORMYNDAR;

import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.cycle.Question;
import se.ekonomiuppfoljning.reports.CaseDetails;
import se.ekonomiuppfoljning.security.OutOfScopeException;

class MeetingAgendaServiceTest {

    private final CaseFixture fixture = new CaseFixture();
    private final MeetingAgendaService service = fixture.agenda;

    @Test
    void coming_meetings_list_the_organs_a_politician_sits_in() {
        ReportCase sent = fixture.sent();
        fixture.decisions.recordDecision(
                sent.id(), new DecisionDraft(AU_MEETING, 14, "Beslut", KS_MEETING), sent.version());
        ReportCase draft = fixture.flow.create(KLS, new Period(2026, 3), CaseDetails.blank());

        fixture.caller.set(POLITICIAN);
        assertThat(service.comingMeetings()).singleElement().satisfies(m -> {
            assertThat(m.organ()).isEqualTo(Organ.KS);
            assertThat(m.date()).isEqualTo(KS_MEETING);
            assertThat(m.cases())
                    .extracting(ReportCase::id)
                    .containsExactly(sent.id())
                    .doesNotContain(draft.id());
        });
        assertThat(service.organName(Organ.KS)).isEqualTo("Kommunstyrelsen");
        fixture.caller.set(KF_MEMBER);
        assertThat(service.comingMeetings()).isEmpty();
        fixture.caller.set(DIRECTOR);
        assertThat(service.comingMeetings()).hasSize(1);
        fixture.caller.set(IT_CHIEF);
        assertThat(service.comingMeetings()).isEmpty();
    }

    @Test
    void the_agenda_shows_the_questions_on_the_cases_units_for_its_month_only_to_readers_of_the_case() {
        ReportCase sent = fixture.sent();
        fixture.caller.set(POLITICIAN);
        fixture.questions.ask(OVERFORMYNDAR, FEBRUARY, "Varför ökar arvodena?");
        fixture.questions.ask(OVERFORMYNDAR, new Period(2026, 1), "En annan månad");

        assertThat(service.questions(sent.id())).extracting(Question::text).containsExactly("Varför ökar arvodena?");
        fixture.caller.set(IT_CHIEF);
        assertThatThrownBy(() -> service.questions(sent.id())).isInstanceOf(OutOfScopeException.class);
    }
}
