package se.ekonomiuppfoljning.reports.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.ekonomiuppfoljning.reports.cases.CaseFixture.DIRECTOR;
import static se.ekonomiuppfoljning.reports.cases.CaseFixture.FEBRUARY;
import static se.ekonomiuppfoljning.reports.cases.CaseFixture.IT_CHIEF;
import static se.ekonomiuppfoljning.reports.cases.CaseFixture.KF_MEMBER;
import static se.ekonomiuppfoljning.reports.cases.CaseFixture.NOW;
import static se.ekonomiuppfoljning.reports.cases.CaseFixture.POLITICIAN;
import static se.ekonomiuppfoljning.testdata.SeedKommun.OVERFORMYNDAR;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.briefing.BriefingService;
import se.ekonomiuppfoljning.briefing.BriefingVisitRepository;
import se.ekonomiuppfoljning.briefing.CaseBriefing;
import se.ekonomiuppfoljning.briefing.MeetingBriefing;
import se.ekonomiuppfoljning.briefing.UnitBriefing;
import se.ekonomiuppfoljning.cycle.Question;
import se.ekonomiuppfoljning.cycle.QuestionService;
import se.ekonomiuppfoljning.security.OutOfScopeException;
import se.ekonomiuppfoljning.testdata.FixedOrganisation;
import se.ekonomiuppfoljning.testdata.InMemoryQuestions;
import se.ekonomiuppfoljning.testdata.SeedKommun;

/**
 * The briefing over the seed's case (KLS, February 2026, sent to AU): the units with a negative deviation first and
 * largest first, both charts and the summary from the frozen document, and what is new to a politician since they
 * last opened it, on a clock the test moves.
 */
class BriefingServiceTest {

    private final CaseFixture fixture = new CaseFixture();
    private final MovingClock clock = new MovingClock(NOW);
    private final Visits visits = new Visits();
    private final QuestionService questions;
    private final BriefingService service;

    BriefingServiceTest() {
        FixedOrganisation organisation = new FixedOrganisation(SeedKommun.organisation());
        questions =
                new QuestionService(organisation, new InMemoryQuestions(), fixture.audit, fixture.caller::get, clock);
        service = new BriefingService(
                organisation,
                fixture.figures,
                fixture.unitReports,
                fixture.actionStore,
                fixture.agenda,
                fixture.documents,
                questions,
                visits,
                fixture.caller::get,
                clock);
    }

    private CaseBriefing only(List<MeetingBriefing> meetings) {
        assertThat(meetings).hasSize(1);
        assertThat(meetings.get(0).cases()).hasSize(1);
        return meetings.get(0).cases().get(0);
    }

    @Test
    void units_with_a_negative_deviation_come_first_largest_first_and_the_others_keep_the_trees_order() {
        fixture.sent();
        fixture.caller.set(POLITICIAN);
        CaseBriefing briefing = only(service.open());

        List<BigDecimal> negative = briefing.negative().stream()
                .map(u -> u.figures().ytdDeviation())
                .toList();
        assertThat(negative).isNotEmpty().isSorted().allMatch(d -> d.signum() < 0);
        assertThat(briefing.others()).isNotEmpty().allMatch(u -> !u.negative());
        assertThat(briefing.charts()).hasSize(2);
        assertThat(briefing.summary()).isNotNull();
        assertThat(briefing.changes()).isEmpty();
    }

    @Test
    void the_order_compares_kronor_so_a_larger_overrun_by_one_ore_comes_first() {
        List<UnitBriefing> units = List.of(
                unit("A", "-100.00"), unit("B", "50.00"), unit("C", "-100.01"), unit("D", "0.00"), unit("E", "-3"));
        assertThat(UnitBriefing.negativeFirst(units))
                .extracting(u -> u.unit().name())
                .containsExactly("C", "A", "E");
        assertThat(UnitBriefing.others(units)).extracting(u -> u.unit().name()).containsExactly("B", "D");
    }

    @Test
    void a_case_never_opened_is_new_an_answer_after_the_last_opening_is_new_once() {
        fixture.sent();
        fixture.caller.set(POLITICIAN);
        CaseBriefing first = only(service.open());
        assertThat(first.newSince().newCase()).isTrue();

        clock.advance(Duration.ofHours(1));
        Question asked = service.ask(OVERFORMYNDAR, FEBRUARY, "Varför ökar arvodena?");
        clock.advance(Duration.ofHours(1));
        CaseBriefing second = only(service.open());
        assertThat(second.newSince().newCase()).isFalse();
        assertThat(second.newSince().lastRead()).isEqualTo(NOW);
        assertThat(second.newSince().isNew(asked.askedAt())).isTrue();

        clock.advance(Duration.ofHours(1));
        fixture.caller.set(DIRECTOR);
        Question answered = questions.answer(asked.id(), "Fler ställföreträdarskap.");
        clock.advance(Duration.ofHours(1));
        fixture.caller.set(POLITICIAN);
        CaseBriefing third = only(service.open());
        UnitBriefing unit = third.negative().stream()
                .filter(u -> u.unit().code().equals(OVERFORMYNDAR))
                .findFirst()
                .orElseGet(() -> third.others().stream()
                        .filter(u -> u.unit().code().equals(OVERFORMYNDAR))
                        .findFirst()
                        .orElseThrow());
        assertThat(unit.questions()).extracting(Question::answer).containsExactly("Fler ställföreträdarskap.");
        assertThat(third.newSince().isNew(answered.answeredAt())).isTrue();
        assertThat(third.newSince().isNew(asked.askedAt())).isFalse();

        clock.advance(Duration.ofHours(1));
        CaseBriefing fourth = only(service.open());
        assertThat(fourth.newSince().isNew(answered.answeredAt())).isFalse();
        // the director's own openings are theirs: the case is still new to them
        fixture.caller.set(DIRECTOR);
        assertThat(only(service.open()).newSince().newCase()).isTrue();
    }

    @Test
    void a_chief_of_another_unit_and_a_member_of_another_committee_get_no_briefing_and_no_questions() {
        fixture.sent();
        fixture.caller.set(IT_CHIEF);
        assertThat(service.open()).allMatch(m -> m.cases().isEmpty());
        assertThatThrownBy(() -> service.questions(OVERFORMYNDAR, FEBRUARY)).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> service.ask(OVERFORMYNDAR, FEBRUARY, "Varför?"))
                .isInstanceOf(OutOfScopeException.class);
        fixture.caller.set(KF_MEMBER);
        assertThat(service.open()).isEmpty();
        assertThat(visits.stored).doesNotContainKey(IT_CHIEF.username());
    }

    private static UnitBriefing unit(String name, String ytdDeviation) {
        BigDecimal deviation = new BigDecimal(ytdDeviation);
        se.ekonomiuppfoljning.followup.Figures figures = new se.ekonomiuppfoljning.followup.Figures(
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, deviation, BigDecimal.ZERO);
        return new UnitBriefing(
                new se.ekonomiuppfoljning.organisation.Unit(
                        se.ekonomiuppfoljning.organisation.UnitCode.of(name), name, null, null, null, 0),
                figures,
                se.ekonomiuppfoljning.cycle.UnitsCycle.NONE,
                se.ekonomiuppfoljning.cycle.ReportState.DRAFT,
                null,
                false,
                List.of(),
                se.ekonomiuppfoljning.actions.DecisionLevel.VERKSAMHETSNIVA,
                List.of(),
                false,
                false);
    }

    /** A clock the test moves. */
    private static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/Stockholm");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static final class Visits implements BriefingVisitRepository {
        final Map<String, Map<Long, Instant>> stored = new HashMap<>();

        @Override
        public Map<Long, Instant> lastVisits(String username, Collection<Long> caseIds) {
            Map<Long, Instant> found = new HashMap<>();
            Map<Long, Instant> mine = stored.getOrDefault(username, Map.of());
            caseIds.forEach(id -> {
                if (mine.containsKey(id)) {
                    found.put(id, mine.get(id));
                }
            });
            return found;
        }

        @Override
        public void record(String username, Collection<Long> caseIds, Instant at) {
            caseIds.forEach(
                    id -> stored.computeIfAbsent(username, u -> new HashMap<>()).put(id, at));
        }
    }
}
