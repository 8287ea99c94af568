package se.ekonomiuppfoljning.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.ekonomiuppfoljning.testdata.SeedKommun.IT;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KLS;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KOMMUN;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KS;
import static se.ekonomiuppfoljning.testdata.SeedKommun.OVERFORMYNDAR;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.common.AuditEntry;
import se.ekonomiuppfoljning.common.ConcurrentEditException;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.common.Problem;
import se.ekonomiuppfoljning.common.RuleViolationException;
import se.ekonomiuppfoljning.cycle.FollowUpStatus;
import se.ekonomiuppfoljning.cycle.MonthlyReportService;
import se.ekonomiuppfoljning.cycle.ReportEdit;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.security.OutOfScopeException;
import se.ekonomiuppfoljning.security.PermissionDeniedException;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.testdata.FixedOrganisation;
import se.ekonomiuppfoljning.testdata.InMemoryActions;
import se.ekonomiuppfoljning.testdata.InMemoryAuditLog;
import se.ekonomiuppfoljning.testdata.InMemoryFigures;
import se.ekonomiuppfoljning.testdata.InMemoryThresholds;
import se.ekonomiuppfoljning.testdata.InMemoryUnitReports;
import se.ekonomiuppfoljning.testdata.SeedKommun;

class ActionServiceTest {

    static final Period FEBRUARY = new Period(2026, 2);
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    /** 5 March 2026, 09:00 in Stockholm. */
    static final Instant CREATED = Instant.parse("2026-03-05T08:00:00Z");

    static final UserAccount EVA = SeedKommun.chief("eva", OVERFORMYNDAR);
    static final UserAccount IT_CHIEF = SeedKommun.chief("ivar", IT);
    static final UserAccount KOMMUNDIREKTOR = SeedKommun.chief("johan", KOMMUN);
    static final UserAccount ECONOMIST = SeedKommun.economist("martin", KLS);
    static final UserAccount POLITICIAN = SeedKommun.politician("lena", KS);

    private final OrganisationRepository organisation = new FixedOrganisation(SeedKommun.organisation());
    private final InMemoryFigures figures = new InMemoryFigures();
    private final InMemoryUnitReports reports = new InMemoryUnitReports();
    private final InMemoryActions actions = new InMemoryActions();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final AtomicReference<UserAccount> caller = new AtomicReference<>();
    private final ActionService service = at(CREATED);

    ActionServiceTest() {
        figures.saveBudget(SeedKommun.budget());
        figures.saveActuals(SeedKommun.actuals());
    }

    /** The service as seen at another moment, over the same stored data. */
    private ActionService at(Instant now) {
        return new ActionService(
                organisation, figures, reports, actions, audit, caller::get, Clock.fixed(now, STOCKHOLM));
    }

    private static ActionDraft draft(DecisionLevel level, ActionStatus status, LocalDate due) {
        return new ActionDraft(
                "Se över arvodesnivåerna",
                "Fler ärenden än budgeterat",
                "Eva Ek",
                due,
                new BigDecimal("60000"),
                level,
                status,
                null);
    }

    private ActionView create(UserAccount user, DecisionLevel level, LocalDate due) {
        caller.set(user);
        return service.create(user == IT_CHIEF ? IT : OVERFORMYNDAR, FEBRUARY, draft(level, null, due));
    }

    @Test
    void the_level_proposed_is_political_when_the_forecast_exceeds_the_annual_budget_and_operational_when_not() {
        caller.set(KOMMUNDIREKTOR);

        assertThat(service.proposedLevel(OVERFORMYNDAR, FEBRUARY)).isEqualTo(DecisionLevel.POLITISK_NIVA);
        assertThat(service.proposedLevel(IT, FEBRUARY)).isEqualTo(DecisionLevel.VERKSAMHETSNIVA);
    }

    @Test
    void the_units_own_forecast_within_the_frame_makes_the_proposal_operational() {
        caller.set(EVA);
        new MonthlyReportService(
                        organisation,
                        figures,
                        reports,
                        new InMemoryThresholds(),
                        audit,
                        caller::get,
                        Clock.fixed(CREATED, STOCKHOLM))
                .save(
                        OVERFORMYNDAR,
                        FEBRUARY,
                        new ReportEdit(FollowUpStatus.MINDRE_AVVIKELSE, "", "", new BigDecimal("2500000")),
                        0);

        assertThat(service.proposedLevel(OVERFORMYNDAR, FEBRUARY)).isEqualTo(DecisionLevel.VERKSAMHETSNIVA);
    }

    @Test
    void an_action_gets_the_proposed_level_and_may_be_raised() {
        ActionView proposed = create(EVA, null, LocalDate.of(2026, 6, 30));
        assertThat(proposed.action().decisionLevel()).isEqualTo(DecisionLevel.POLITISK_NIVA);
        assertThat(proposed.action().status()).isEqualTo(ActionStatus.FORESLAGEN);
        assertThat(proposed.action().version()).isEqualTo(1);

        assertThat(create(IT_CHIEF, DecisionLevel.POLITISK_NIVA, LocalDate.of(2026, 6, 30))
                        .action()
                        .decisionLevel())
                .isEqualTo(DecisionLevel.POLITISK_NIVA);
    }

    @Test
    void a_chief_may_create_an_operational_action_within_their_delegation_although_the_forecast_exceeds_the_frame() {
        ActionView operational = create(EVA, DecisionLevel.VERKSAMHETSNIVA, LocalDate.of(2026, 6, 30));

        assertThat(operational.action().decisionLevel()).isEqualTo(DecisionLevel.VERKSAMHETSNIVA);
        assertThat(service.openActions(OVERFORMYNDAR))
                .extracting(ActionView::action)
                .containsExactly(operational.action());
        assertThat(service.proposedLevel(OVERFORMYNDAR, FEBRUARY)).isEqualTo(DecisionLevel.POLITISK_NIVA);
    }

    @Test
    void a_political_action_over_the_frame_may_be_changed_to_an_operational_one() {
        ActionView political = create(EVA, null, LocalDate.of(2026, 6, 30));

        ActionView changed = service.update(
                political.action().id(),
                draft(DecisionLevel.VERKSAMHETSNIVA, null, LocalDate.of(2026, 6, 30)),
                political.action().version());

        assertThat(changed.action().decisionLevel()).isEqualTo(DecisionLevel.VERKSAMHETSNIVA);
    }

    @Test
    void a_unit_over_the_frame_needs_a_political_action_until_one_is_raised_that_is_not_cancelled() {
        caller.set(EVA);
        assertThat(service.politicalActionNeeded(OVERFORMYNDAR, FEBRUARY)).isTrue();

        ActionView operational = create(EVA, DecisionLevel.VERKSAMHETSNIVA, LocalDate.of(2026, 6, 30));
        assertThat(service.politicalActionNeeded(OVERFORMYNDAR, FEBRUARY)).isTrue();

        ActionView political = create(EVA, DecisionLevel.POLITISK_NIVA, LocalDate.of(2026, 6, 30));
        assertThat(service.politicalActionNeeded(OVERFORMYNDAR, FEBRUARY)).isFalse();

        service.update(
                political.action().id(),
                draft(DecisionLevel.POLITISK_NIVA, ActionStatus.AVBRUTEN, LocalDate.of(2026, 6, 30)),
                political.action().version());
        assertThat(service.politicalActionNeeded(OVERFORMYNDAR, FEBRUARY)).isTrue();
        assertThat(operational.action().status()).isEqualTo(ActionStatus.FORESLAGEN);
    }

    @Test
    void a_political_action_already_done_still_answers_the_need_for_the_period() {
        ActionView political = create(EVA, DecisionLevel.POLITISK_NIVA, LocalDate.of(2026, 6, 30));
        caller.set(ECONOMIST);
        service.update(
                political.action().id(),
                new ActionDraft(
                        "Se över arvodesnivåerna",
                        "Fler ärenden än budgeterat",
                        "Eva Ek",
                        LocalDate.of(2026, 6, 30),
                        new BigDecimal("60000"),
                        DecisionLevel.POLITISK_NIVA,
                        ActionStatus.GENOMFORD,
                        new DecisionReference("Kommunstyrelsen", LocalDate.of(2026, 3, 1), 12)),
                political.action().version());

        assertThat(service.openActions(OVERFORMYNDAR)).isEmpty();
        assertThat(service.politicalActionNeeded(OVERFORMYNDAR, FEBRUARY)).isFalse();
    }

    @Test
    void a_political_action_raised_earlier_in_the_year_answers_the_need_in_december() {
        create(EVA, DecisionLevel.POLITISK_NIVA, LocalDate.of(2026, 6, 30));

        assertThat(service.politicalActionNeeded(OVERFORMYNDAR, new Period(2026, 12)))
                .isFalse();
    }

    @Test
    void a_unit_within_the_frame_needs_no_political_action() {
        caller.set(IT_CHIEF);

        assertThat(service.politicalActionNeeded(IT, FEBRUARY)).isFalse();
    }

    @Test
    void whether_a_political_action_is_needed_is_refused_outside_the_callers_scope() {
        caller.set(IT_CHIEF);

        assertThatThrownBy(() -> service.politicalActionNeeded(OVERFORMYNDAR, FEBRUARY))
                .isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void open_actions_follow_the_unit_until_they_are_done_or_cancelled() {
        ActionView first = create(EVA, null, LocalDate.of(2026, 6, 30));
        create(EVA, null, LocalDate.of(2026, 5, 31));
        assertThat(service.openActions(OVERFORMYNDAR)).hasSize(2);

        caller.set(ECONOMIST);
        ActionDraft done = new ActionDraft(
                "Se över arvodesnivåerna",
                "Fler ärenden än budgeterat",
                "Eva Ek",
                LocalDate.of(2026, 6, 30),
                new BigDecimal("60000"),
                null,
                ActionStatus.GENOMFORD,
                new DecisionReference("KS", LocalDate.of(2026, 3, 18), 45));
        ActionView closed = service.update(first.action().id(), done, 1);

        assertThat(closed.action().status()).isEqualTo(ActionStatus.GENOMFORD);
        assertThat(service.openActions(OVERFORMYNDAR))
                .extracting(v -> v.action().dueDate())
                .containsExactly(LocalDate.of(2026, 5, 31));
        assertThatThrownBy(() -> service.update(first.action().id(), done, 2))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining(ActionProblem.DONE_LOCKED.key());
    }

    @Test
    void a_decided_political_action_needs_its_decision_reference() {
        ActionView action = create(EVA, null, LocalDate.of(2026, 6, 30));
        caller.set(ECONOMIST);
        ActionDraft decidedWithout = draft(null, ActionStatus.BESLUTAD, LocalDate.of(2026, 6, 30));

        assertThatThrownBy(() -> service.update(action.action().id(), decidedWithout, 1))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining(ActionProblem.POLITICAL_DECISION_REFERENCE_MISSING.key());
        ActionDraft decided = new ActionDraft(
                decidedWithout.what(),
                decidedWithout.cause(),
                decidedWithout.responsible(),
                decidedWithout.dueDate(),
                decidedWithout.expectedEffect(),
                null,
                ActionStatus.BESLUTAD,
                new DecisionReference("KS", LocalDate.of(2026, 3, 18), 45));
        assertThat(service.update(action.action().id(), decided, 1).action().decision())
                .hasToString("KS 2026-03-18 § 45");
    }

    @Test
    void a_political_action_not_decided_within_30_days_of_its_creation_is_overdue() {
        ActionView action = create(EVA, null, LocalDate.of(2026, 12, 31));
        caller.set(KOMMUNDIREKTOR);

        assertThat(at(Instant.parse("2026-04-04T20:00:00Z"))
                        .openActions(OVERFORMYNDAR)
                        .get(0)
                        .overdue())
                .isFalse();
        assertThat(at(Instant.parse("2026-04-05T08:00:00Z"))
                        .openActions(OVERFORMYNDAR)
                        .get(0)
                        .overdueReasons())
                .containsExactly(OverdueReason.NOT_DECIDED_IN_TIME);
        assertThat(at(Instant.parse("2026-04-05T08:00:00Z")).overdue(KLS))
                .extracting(v -> v.action().id())
                .containsExactly(action.action().id());
        assertThat(new ActionService(
                                organisation,
                                figures,
                                reports,
                                actions,
                                audit,
                                caller::get,
                                Clock.fixed(Instant.parse("2026-04-05T08:00:00Z"), STOCKHOLM),
                                60)
                        .overdue(KLS))
                .isEmpty();
    }

    @Test
    void an_action_past_its_due_date_and_not_closed_is_overdue() {
        create(IT_CHIEF, null, LocalDate.of(2026, 3, 31));
        caller.set(IT_CHIEF);

        assertThat(at(Instant.parse("2026-03-31T20:00:00Z"))
                        .openActions(IT)
                        .get(0)
                        .overdue())
                .isFalse();
        assertThat(at(Instant.parse("2026-04-01T08:00:00Z"))
                        .openActions(IT)
                        .get(0)
                        .overdueReasons())
                .containsExactly(OverdueReason.PAST_DUE_DATE);
    }

    @Test
    void a_politician_reads_the_actions_but_cannot_create_or_change_them() {
        ActionView proposed = create(EVA, null, LocalDate.of(2026, 6, 30));
        caller.set(ECONOMIST);
        ActionView action = service.update(proposed.action().id(), decided(ActionStatus.BESLUTAD), 1);
        caller.set(POLITICIAN);

        assertThat(service.openActions(OVERFORMYNDAR)).hasSize(1);
        assertThatThrownBy(() -> service.create(OVERFORMYNDAR, FEBRUARY, draft(null, null, LocalDate.of(2026, 6, 30))))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> service.update(action.action().id(), draft(null, null, LocalDate.of(2026, 7, 1)), 2))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void a_chief_cannot_create_or_change_another_units_actions() {
        ActionView action = create(EVA, null, LocalDate.of(2026, 6, 30));
        caller.set(IT_CHIEF);

        assertThatThrownBy(() -> service.create(OVERFORMYNDAR, FEBRUARY, draft(null, null, LocalDate.of(2026, 6, 30))))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> service.update(action.action().id(), draft(null, null, LocalDate.of(2026, 7, 1)), 1))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> service.openActions(OVERFORMYNDAR)).isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void a_stale_version_is_refused_and_the_stored_action_is_kept() {
        ActionView action = create(EVA, null, LocalDate.of(2026, 6, 30));
        caller.set(ECONOMIST);
        service.update(action.action().id(), draft(null, null, LocalDate.of(2026, 7, 31)), 1);
        caller.set(EVA);
        ActionDraft evas = draft(null, null, LocalDate.of(2026, 8, 31));

        assertThatThrownBy(() -> service.update(action.action().id(), evas, 1))
                .isInstanceOfSatisfying(ConcurrentEditException.class, e -> {
                    assertThat(e.current(Action.class).dueDate()).isEqualTo(LocalDate.of(2026, 7, 31));
                    assertThat(e.attempted()).isEqualTo(evas);
                });
        assertThat(actions.find(action.action().id()).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void the_history_of_an_action_holds_every_change_with_before_and_after() {
        ActionView action = create(EVA, null, LocalDate.of(2026, 6, 30));
        service.update(action.action().id(), draft(null, ActionStatus.AVBRUTEN, LocalDate.of(2026, 6, 30)), 1);

        assertThat(service.history(action.action().id()))
                .extracting(AuditEntry::username, AuditEntry::at)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("eva", CREATED),
                        org.assertj.core.groups.Tuple.tuple("eva", CREATED));
        AuditEntry cancelled = service.history(action.action().id()).get(1);
        assertThat(cancelled.before()).contains("status=FORESLAGEN", "beslutsnivå=POLITISK_NIVA");
        assertThat(cancelled.after()).contains("status=AVBRUTEN");
        assertThat(service.history(action.action().id()).get(0).before()).isNull();
    }

    /** The political action of {@link #draft} as KS decided it, with the protocol's reference. */
    private static ActionDraft decided(ActionStatus status) {
        return new ActionDraft(
                "Se över arvodesnivåerna",
                "Fler ärenden än budgeterat",
                "Eva Ek",
                LocalDate.of(2026, 6, 30),
                new BigDecimal("60000"),
                null,
                status,
                new DecisionReference("KS", LocalDate.of(2026, 3, 18), 45));
    }

    @Test
    void aUnitsChiefCannotDecideTheirOwnActionNorTypeAPoliticalDecisionThatWasNeverTaken() {
        ActionView action = create(EVA, null, LocalDate.of(2026, 6, 30));
        long id = action.action().id();

        for (ActionStatus status :
                List.of(ActionStatus.BESLUTAD, ActionStatus.PAGAR, ActionStatus.GENOMFORD, ActionStatus.FORESLAGEN)) {
            assertThatThrownBy(() -> service.update(id, decided(status), 1))
                    .as(status.name())
                    .isInstanceOfSatisfying(
                            RuleViolationException.class,
                            e -> assertThat(e.problem().code()).isEqualTo(ActionProblem.DECIDING_IS_FOR_REVIEWERS));
        }
        assertThatThrownBy(() -> service.create(OVERFORMYNDAR, FEBRUARY, decided(ActionStatus.BESLUTAD)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.problem().code()).isEqualTo(ActionProblem.DECIDING_IS_FOR_REVIEWERS));
        Action stored = actions.find(id).orElseThrow();
        assertThat(stored.status()).isEqualTo(ActionStatus.FORESLAGEN);
        assertThat(stored.decision()).isNull();
        assertThat(service.openActions(OVERFORMYNDAR)).hasSize(1);
    }

    @Test
    void anEconomistRecordsThePoliticalDecisionWithTheProtocolsOrganDateAndParagraph() {
        ActionView action = create(EVA, null, LocalDate.of(2026, 6, 30));
        caller.set(ECONOMIST);

        Action decided = service.update(action.action().id(), decided(ActionStatus.BESLUTAD), 1)
                .action();

        assertThat(decided.status()).isEqualTo(ActionStatus.BESLUTAD);
        assertThat(decided.decision()).hasToString("KS 2026-03-18 § 45");
        assertThat(decided.updatedBy()).isEqualTo("martin");
    }

    @Test
    void aReviewerCannotDecideAnOperationalActionTheyProposedThemselves() {
        caller.set(KOMMUNDIREKTOR);
        ActionView own =
                service.create(IT, FEBRUARY, draft(DecisionLevel.VERKSAMHETSNIVA, null, LocalDate.of(2026, 6, 30)));
        ActionDraft underWay = draft(DecisionLevel.VERKSAMHETSNIVA, ActionStatus.PAGAR, LocalDate.of(2026, 6, 30));

        assertThat(service.fourEyesRefusal(own)).contains(Problem.of(ActionProblem.PROPOSER_DECIDES_OPERATIONAL));
        assertThatThrownBy(() -> service.update(own.action().id(), underWay, 1))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining(ActionProblem.PROPOSER_DECIDES_OPERATIONAL.key());
        assertThatThrownBy(() -> service.create(IT, FEBRUARY, underWay))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining(ActionProblem.PROPOSER_DECIDES_OPERATIONAL.key());

        caller.set(ECONOMIST);
        assertThat(service.update(own.action().id(), underWay, 1).action().status())
                .isEqualTo(ActionStatus.PAGAR);
    }

    @Test
    void aReviewerCannotRaiseTheirOwnOperationalProposalToPoliticalAndRecordADecisionThatWasNeverTaken() {
        caller.set(KOMMUNDIREKTOR);
        ActionView own =
                service.create(IT, FEBRUARY, draft(DecisionLevel.VERKSAMHETSNIVA, null, LocalDate.of(2026, 6, 30)));
        ActionDraft madeUp = new ActionDraft(
                "Skjut upp licensköp",
                "Orsak",
                "Per Ek",
                LocalDate.of(2026, 6, 30),
                new BigDecimal("10000"),
                DecisionLevel.POLITISK_NIVA,
                ActionStatus.BESLUTAD,
                new DecisionReference("KS", LocalDate.of(2026, 3, 23), 99));
        assertThatThrownBy(() -> service.update(own.action().id(), madeUp, 1))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining(ActionProblem.PROPOSER_RECORDS_POLITICAL.key());

        ActionDraft raised = new ActionDraft(
                "Skjut upp licensköp",
                "Orsak",
                "Per Ek",
                LocalDate.of(2026, 6, 30),
                new BigDecimal("10000"),
                DecisionLevel.POLITISK_NIVA,
                null,
                null);
        ActionView political = service.update(own.action().id(), raised, 1);
        assertThatThrownBy(() -> service.update(
                        own.action().id(), madeUp, political.action().version()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining(ActionProblem.PROPOSER_RECORDS_POLITICAL.key());

        caller.set(ECONOMIST);
        assertThat(service.update(own.action().id(), madeUp, political.action().version())
                        .action()
                        .decision())
                .isEqualTo(new DecisionReference("KS", LocalDate.of(2026, 3, 23), 99));
    }

    @Test
    void theChiefReportsTheCourseOfADecidedActionButCannotChangeWhatWasDecidedNorCancelIt() {
        ActionView proposed = create(IT_CHIEF, DecisionLevel.VERKSAMHETSNIVA, LocalDate.of(2026, 6, 30));
        long id = proposed.action().id();
        caller.set(KOMMUNDIREKTOR);
        service.update(id, draft(null, ActionStatus.BESLUTAD, LocalDate.of(2026, 6, 30)), 1);
        caller.set(IT_CHIEF);

        ActionView later = service.update(id, draft(null, ActionStatus.PAGAR, LocalDate.of(2026, 9, 30)), 2);
        assertThat(later.action().dueDate()).isEqualTo(LocalDate.of(2026, 9, 30));
        ActionDraft cheaper = new ActionDraft(
                "Något annat",
                "Fler ärenden än budgeterat",
                "Eva Ek",
                LocalDate.of(2026, 9, 30),
                new BigDecimal("60000"),
                null,
                null,
                null);
        assertThatThrownBy(() -> service.update(id, cheaper, 3))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.problem().code()).isEqualTo(ActionProblem.DECIDED_CHANGED_BY_REVIEWER_ONLY));
        assertThatThrownBy(() -> service.update(id, draft(null, ActionStatus.AVBRUTEN, LocalDate.of(2026, 9, 30)), 3))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.problem().code())
                                .isEqualTo(ActionProblem.DECIDED_CANCELLED_BY_REVIEWER_ONLY));

        assertThat(service.update(id, draft(null, ActionStatus.GENOMFORD, LocalDate.of(2026, 9, 30)), 3)
                        .action()
                        .status())
                .isEqualTo(ActionStatus.GENOMFORD);
    }

    @Test
    void aPoliticianDoesNotSeeAProposedActionOfAMonthNotYetApproved() {
        ActionView proposed = create(EVA, null, LocalDate.of(2026, 6, 30));
        long id = proposed.action().id();
        caller.set(POLITICIAN);

        assertThat(service.openActions(OVERFORMYNDAR)).isEmpty();
        assertThatThrownBy(() -> service.action(id)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> service.history(id)).isInstanceOf(PermissionDeniedException.class);

        MonthlyReportService months = new MonthlyReportService(
                organisation,
                figures,
                reports,
                new InMemoryThresholds(),
                audit,
                caller::get,
                Clock.fixed(CREATED, STOCKHOLM));
        caller.set(EVA);
        long saved = months.save(
                        OVERFORMYNDAR,
                        FEBRUARY,
                        new ReportEdit(FollowUpStatus.MINDRE_AVVIKELSE, "Text.", "Analys.", null),
                        0)
                .version();
        long ready = months.markReady(OVERFORMYNDAR, FEBRUARY, saved).version();
        caller.set(KOMMUNDIREKTOR);
        months.approve(OVERFORMYNDAR, FEBRUARY, ready);
        caller.set(POLITICIAN);

        assertThat(service.openActions(OVERFORMYNDAR))
                .extracting(v -> v.action().id())
                .containsExactly(id);
        assertThat(service.history(id)).hasSize(1);
    }

    @Test
    void theMonthsHistoryHoldsTheChangesOfItsActionsWithTheRecordedDecision() {
        ActionView proposed = create(EVA, null, LocalDate.of(2026, 6, 30));
        caller.set(ECONOMIST);
        service.update(proposed.action().id(), decided(ActionStatus.BESLUTAD), 1);

        List<ActionChange> history = service.monthHistory(OVERFORMYNDAR, FEBRUARY);

        assertThat(history).extracting(c -> c.entry().username()).containsExactly("eva", "martin");
        assertThat(history.get(1).entry().after()).contains("status=BESLUTAD", "beslut=KS 2026-03-18 § 45");
        assertThat(history.get(1).action().what()).isEqualTo("Se över arvodesnivåerna");
        caller.set(EVA);
        assertThatThrownBy(() -> service.monthHistory(OVERFORMYNDAR, FEBRUARY))
                .isInstanceOf(PermissionDeniedException.class);
        caller.set(POLITICIAN);
        assertThatThrownBy(() -> service.monthHistory(OVERFORMYNDAR, FEBRUARY))
                .isInstanceOf(PermissionDeniedException.class);
    }

    private static ActionDraft political(@org.jspecify.annotations.Nullable ActionStatus status, int paragraph) {
        return new ActionDraft(
                "Se över arvodesnivåerna",
                "Fler ärenden än budgeterat",
                "Eva Ek",
                LocalDate.of(2026, 6, 30),
                new BigDecimal("60000"),
                DecisionLevel.POLITISK_NIVA,
                status,
                new DecisionReference("KS", LocalDate.of(2026, 3, 23), paragraph));
    }

    private static java.util.function.Consumer<RuleViolationException> code(ActionProblem expected) {
        return e -> assertThat(e.problem().code()).isEqualTo(expected);
    }

    @Test
    void a_chief_who_proposed_a_political_action_cannot_type_its_decision_into_the_proposal() {
        caller.set(KOMMUNDIREKTOR);
        ActionView own = service.create(
                OVERFORMYNDAR, FEBRUARY, draft(DecisionLevel.POLITISK_NIVA, null, LocalDate.of(2026, 6, 30)));

        // The reference added while the action stays proposed, for somebody else to mark decided later.
        assertThatThrownBy(() -> service.update(own.action().id(), political(null, 31), 1))
                .isInstanceOfSatisfying(RuleViolationException.class, code(ActionProblem.PROPOSER_RECORDS_POLITICAL));
        assertThat(actions.find(own.action().id()).orElseThrow().decision()).isNull();
    }

    @Test
    void a_chief_who_proposed_an_action_cannot_raise_it_to_political_with_a_decision_after_it_was_decided() {
        caller.set(KOMMUNDIREKTOR);
        ActionView own =
                service.create(IT, FEBRUARY, draft(DecisionLevel.VERKSAMHETSNIVA, null, LocalDate.of(2026, 6, 30)));
        caller.set(ECONOMIST);
        ActionView decided = service.update(
                own.action().id(),
                draft(DecisionLevel.VERKSAMHETSNIVA, ActionStatus.BESLUTAD, LocalDate.of(2026, 6, 30)),
                1);
        caller.set(KOMMUNDIREKTOR);

        assertThatThrownBy(() -> service.update(
                        own.action().id(),
                        political(ActionStatus.BESLUTAD, 99),
                        decided.action().version()))
                .isInstanceOfSatisfying(RuleViolationException.class, code(ActionProblem.PROPOSER_RECORDS_POLITICAL));
        assertThat(actions.find(own.action().id()).orElseThrow().decisionLevel())
                .isEqualTo(DecisionLevel.VERKSAMHETSNIVA);
    }

    @Test
    void the_recorded_political_decision_is_changed_by_no_role_but_a_reviewer_who_did_not_propose_it() {
        caller.set(KOMMUNDIREKTOR);
        ActionView own = service.create(
                OVERFORMYNDAR, FEBRUARY, draft(DecisionLevel.POLITISK_NIVA, null, LocalDate.of(2026, 6, 30)));
        long id = own.action().id();
        caller.set(ECONOMIST);
        long version = service.update(id, political(ActionStatus.BESLUTAD, 31), 1)
                .action()
                .version();

        caller.set(KOMMUNDIREKTOR); // the proposer, a reviewer above the unit
        assertThatThrownBy(() -> service.update(id, political(ActionStatus.BESLUTAD, 32), version))
                .isInstanceOfSatisfying(RuleViolationException.class, code(ActionProblem.PROPOSER_RECORDS_POLITICAL));
        caller.set(EVA); // the unit's own chief
        assertThatThrownBy(() -> service.update(id, political(ActionStatus.BESLUTAD, 32), version))
                .isInstanceOfSatisfying(RuleViolationException.class, code(ActionProblem.DECIDING_IS_FOR_REVIEWERS));
        caller.set(IT_CHIEF); // another unit's chief
        assertThatThrownBy(() -> service.update(id, political(ActionStatus.BESLUTAD, 32), version))
                .isInstanceOf(OutOfScopeException.class);
        caller.set(POLITICIAN);
        assertThatThrownBy(() -> service.update(id, political(ActionStatus.BESLUTAD, 32), version))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(actions.find(id).orElseThrow().decision())
                .isEqualTo(new DecisionReference("KS", LocalDate.of(2026, 3, 23), 31));

        caller.set(ECONOMIST); // a reviewer who did not propose it corrects the §
        assertThat(service.update(id, political(ActionStatus.BESLUTAD, 32), version)
                        .action()
                        .decision())
                .isEqualTo(new DecisionReference("KS", LocalDate.of(2026, 3, 23), 32));
    }

    @Test
    void a_reviewer_who_rewrites_a_chiefs_proposal_cannot_decide_it_in_the_same_step_nor_in_a_later_one() {
        ActionView proposed = create(IT_CHIEF, DecisionLevel.VERKSAMHETSNIVA, LocalDate.of(2026, 6, 30));
        caller.set(KOMMUNDIREKTOR);
        ActionDraft rewritten = new ActionDraft(
                "Vakansen hålls öppen hela året",
                "Fler ärenden än budgeterat",
                "Eva Ek",
                LocalDate.of(2026, 6, 30),
                new BigDecimal("250000"),
                DecisionLevel.VERKSAMHETSNIVA,
                ActionStatus.PAGAR,
                null);

        assertThatThrownBy(() -> service.update(proposed.action().id(), rewritten, 1))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining(ActionProblem.PROPOSER_DECIDES_OPERATIONAL.key());
        ActionDraft rewrittenOnly = new ActionDraft(
                rewritten.what(),
                rewritten.cause(),
                rewritten.responsible(),
                rewritten.dueDate(),
                rewritten.expectedEffect(),
                DecisionLevel.VERKSAMHETSNIVA,
                ActionStatus.FORESLAGEN,
                null);
        long version = service.update(proposed.action().id(), rewrittenOnly, 1)
                .action()
                .version();
        ActionDraft decideAsIs = new ActionDraft(
                rewritten.what(),
                rewritten.cause(),
                rewritten.responsible(),
                rewritten.dueDate(),
                rewritten.expectedEffect(),
                DecisionLevel.VERKSAMHETSNIVA,
                ActionStatus.PAGAR,
                null);
        assertThatThrownBy(() -> service.update(proposed.action().id(), decideAsIs, version))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining(ActionProblem.PROPOSER_DECIDES_OPERATIONAL.key());

        caller.set(ECONOMIST);
        assertThat(service.update(proposed.action().id(), decideAsIs, version)
                        .action()
                        .status())
                .isEqualTo(ActionStatus.PAGAR);
    }
}
