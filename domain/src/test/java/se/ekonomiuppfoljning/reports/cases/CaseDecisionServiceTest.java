package se.ekonomiuppfoljning.reports.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static se.ekonomiuppfoljning.reports.cases.CaseFixture.AU_MEETING;
import static se.ekonomiuppfoljning.reports.cases.CaseFixture.DIRECTOR;
import static se.ekonomiuppfoljning.reports.cases.CaseFixture.IT_CHIEF;
import static se.ekonomiuppfoljning.reports.cases.CaseFixture.KS_MEETING;
import static se.ekonomiuppfoljning.reports.cases.CaseFixture.POLITICIAN;
import static se.ekonomiuppfoljning.reports.cases.CaseFixture.SBF_ECONOMIST;
import static se.ekonomiuppfoljning.reports.cases.CaseFixture.problem;
import static se.ekonomiuppfoljning.reports.cases.CaseFixture.title;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KLS;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.common.RuleViolationException;
import se.ekonomiuppfoljning.reports.CaseDetails;
import se.ekonomiuppfoljning.security.OutOfScopeException;
import se.ekonomiuppfoljning.security.PermissionDeniedException;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.testdata.SeedKommun;

class CaseDecisionServiceTest {

    private final CaseFixture fixture = new CaseFixture();
    private final CaseDecisionService service = fixture.decisions;

    @Test
    void the_case_moves_from_draft_through_au_ks_and_kf_to_closed_with_proposed_paragraphs() {
        ReportCase sent = fixture.sent();
        assertThat(sent.stage()).isEqualTo(CaseStage.ALLMANNA_UTSKOTTET);
        assertThat(sent.nextMeeting()).contains(AU_MEETING);
        assertThat(service.proposedParagraph(sent.id())).isEqualTo(1);
        assertThat(service.proposedDecisionText(sent.id()))
                .isEqualTo(sent.details().proposal());

        ReportCase atKs = service.recordDecision(
                sent.id(),
                new DecisionDraft(AU_MEETING, 14, service.proposedDecisionText(sent.id()), KS_MEETING),
                sent.version());
        assertThat(atKs.stage()).isEqualTo(CaseStage.KOMMUNSTYRELSEN);
        assertThat(atKs.nextMeeting()).contains(KS_MEETING);
        assertThat(service.proposedDecisionText(atKs.id()))
                .isEqualTo("Kommunstyrelsen tar del av ekonomi- och "
                        + "verksamhetsuppföljning till och med februari 2026 för kommunledningsstaben.");

        ReportCase atKf = service.recordDecision(
                atKs.id(),
                new DecisionDraft(KS_MEETING, 31, service.proposedDecisionText(atKs.id()), LocalDate.of(2026, 4, 20)),
                atKs.version());
        assertThat(atKf.stage()).isEqualTo(CaseStage.KOMMUNFULLMAKTIGE);
        ReportCase closed = service.recordDecision(
                atKf.id(),
                new DecisionDraft(LocalDate.of(2026, 4, 20), 5, "Kommunfullmäktige tar del av uppföljningen.", null),
                atKf.version());

        assertThat(closed.stage()).isEqualTo(CaseStage.AVSLUTAT);
        assertThat(closed.decisions())
                .extracting(Decision::organ, Decision::paragraph)
                .containsExactly(tuple(Organ.AU, 14), tuple(Organ.KS, 31), tuple(Organ.KF, 5));
        assertThat(fixture.flow.history(closed.id())).hasSize(5);
        assertThatThrownBy(() -> service.proposedParagraph(closed.id()))
                .isInstanceOfSatisfying(RuleViolationException.class, problem(CaseProblem.CLOSED, title("KS/2026:4")));

        ReportCase next = fixture.flow.create(
                KLS, new Period(2026, 3), CaseDetails.blank().withCaseNumber("KS/2026:9"));
        next = fixture.flow.send(next.id(), LocalDate.of(2026, 4, 6), next.version());
        assertThat(service.proposedParagraph(next.id())).isEqualTo(15);
    }

    @Test
    void a_paragraph_already_used_by_the_organ_that_year_is_refused_with_the_next_free_number() {
        ReportCase first = fixture.sent();
        service.recordDecision(first.id(), new DecisionDraft(AU_MEETING, 14, "Beslut", KS_MEETING), first.version());
        ReportCase second = fixture.flow.create(
                KLS, new Period(2026, 3), CaseDetails.blank().withCaseNumber("KS/2026:9"));
        ReportCase secondSent = fixture.flow.send(second.id(), AU_MEETING, second.version());

        assertThatThrownBy(() -> service.recordDecision(
                        secondSent.id(), new DecisionDraft(AU_MEETING, 14, "Beslut", KS_MEETING), secondSent.version()))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        problem(CaseProblem.PARAGRAPH_TAKEN, 14, "allmänna utskottet", 2026, 15));
        assertThat(fixture.flow.get(secondSent.id()).stage()).isEqualTo(CaseStage.ALLMANNA_UTSKOTTET);
    }

    @Test
    void a_decision_needs_a_date_a_paragraph_of_at_least_one_a_text_and_a_next_meeting_after_it() {
        ReportCase sent = fixture.sent();
        long id = sent.id();
        long version = sent.version();

        assertThatThrownBy(() -> service.recordDecision(id, new DecisionDraft(null, 14, "Beslut", null), version))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, problem(CaseProblem.DECISION_DATE_MISSING, "allmänna utskottet"));
        assertThatThrownBy(() -> service.recordDecision(id, new DecisionDraft(AU_MEETING, 0, "Beslut", null), version))
                .isInstanceOfSatisfying(RuleViolationException.class, problem(CaseProblem.PARAGRAPH_BELOW_ONE, 0));
        assertThatThrownBy(() -> service.recordDecision(id, new DecisionDraft(AU_MEETING, 14, "  ", null), version))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, problem(CaseProblem.DECISION_TEXT_EMPTY, "allmänna utskottet"));
        assertThatThrownBy(() -> service.recordDecision(
                        id, new DecisionDraft(AU_MEETING, 14, "Beslut", LocalDate.of(2026, 3, 1)), version))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        problem(
                                CaseProblem.NEXT_MEETING_BEFORE_DECISION,
                                "Kommunstyrelsen",
                                "2026-03-01",
                                "allmänna utskottet",
                                "2026-03-09"));
        assertThat(fixture.flow.get(id).decisions()).isEmpty();
    }

    @Test
    void a_draft_has_no_decision_to_propose() {
        ReportCase draft = fixture.created();

        assertThatThrownBy(() -> service.proposedDecisionText(draft.id()))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, problem(CaseProblem.DRAFT_NOT_SENT, title("KS/2026:4")));
    }

    @Test
    void only_an_economist_with_the_node_in_scope_records_a_decision() {
        ReportCase sent = fixture.sent();

        for (UserAccount reader : List.of(DIRECTOR, POLITICIAN)) {
            fixture.caller.set(reader);
            assertThat(service.proposedParagraph(sent.id())).isEqualTo(1);
            assertThatThrownBy(() -> service.recordDecision(
                            sent.id(), new DecisionDraft(AU_MEETING, 1, "x", null), sent.version()))
                    .isInstanceOf(PermissionDeniedException.class);
        }
        fixture.caller.set(SBF_ECONOMIST);
        assertThatThrownBy(() ->
                        service.recordDecision(sent.id(), new DecisionDraft(AU_MEETING, 1, "x", null), sent.version()))
                .isInstanceOf(OutOfScopeException.class);
        fixture.caller.set(IT_CHIEF);
        assertThatThrownBy(() -> service.proposedDecisionText(sent.id())).isInstanceOf(OutOfScopeException.class);
        assertThat(service.organName(Organ.KF)).isEqualTo("Kommunfullmäktige");
    }

    @Test
    void a_decision_that_sends_the_case_on_needs_the_next_organs_meeting_date() {
        ReportCase sent = fixture.sent();

        assertThatThrownBy(() -> service.recordDecision(
                        sent.id(), new DecisionDraft(AU_MEETING, 14, "Beslut", null), sent.version()))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        problem(CaseProblem.NEXT_MEETING_MISSING, "Kommunstyrelsen", "allmänna utskottet"));
        ReportCase stored = fixture.flow.get(sent.id());
        assertThat(stored.stage()).isEqualTo(CaseStage.ALLMANNA_UTSKOTTET);
        assertThat(stored.decisions()).isEmpty();
        assertThat(fixture.agenda.comingMeetings()).extracting(Meeting::organ).containsExactly(Organ.AU);
    }

    @Test
    void the_paragraph_is_proposed_from_the_organs_own_numbering_and_moves_on_when_it_is_used() {
        ReportCase sent = fixture.sent();
        assertThat(service.maySetParagraphNumbering()).isTrue();

        service.setNextParagraph(Organ.AU, 2026, 31);

        assertThat(service.proposedParagraph(sent.id())).isEqualTo(31);
        assertThat(service.paragraphNumbering(2026))
                .contains(
                        new ParagraphNumbering(Organ.AU, 2026, 31, true),
                        new ParagraphNumbering(Organ.KS, 2026, 1, false));
        assertThat(fixture.audit.entries).anySatisfy(e -> {
            assertThat(e.entity()).isEqualTo(CaseDecisionService.AUDIT_NUMBERING);
            assertThat(e.entityId()).isEqualTo("AU 2026");
            assertThat(e.after()).isEqualTo("§ 31");
        });
        service.recordDecision(sent.id(), new DecisionDraft(AU_MEETING, 31, "Beslut", KS_MEETING), sent.version());
        assertThat(service.paragraphNumbering(2026)).contains(new ParagraphNumbering(Organ.AU, 2026, 32, true));

        assertThatThrownBy(() -> service.setNextParagraph(Organ.AU, 2026, 31))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        problem(CaseProblem.PARAGRAPH_TAKEN, 31, "allmänna utskottet", 2026, 32));
        assertThatThrownBy(() -> service.setNextParagraph(Organ.KS, 2026, 0))
                .isInstanceOfSatisfying(RuleViolationException.class, problem(CaseProblem.PARAGRAPH_BELOW_ONE, 0));
        assertThatThrownBy(() -> service.setNextParagraph(Organ.KS, 26, 5))
                .isInstanceOfSatisfying(RuleViolationException.class, problem(CaseProblem.NUMBERING_YEAR_INVALID, 26));
        assertThatThrownBy(() -> service.setNextParagraph(Organ.KF, 2026, Integer.MAX_VALUE))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, problem(CaseProblem.PARAGRAPH_TOO_HIGH, Integer.MAX_VALUE, 9999));
    }

    @Test
    void only_an_economist_who_records_decisions_sets_an_organs_numbering() {
        for (UserAccount other : List.of(DIRECTOR, POLITICIAN, IT_CHIEF, CaseFixture.ADMIN)) {
            fixture.caller.set(other);
            assertThat(service.maySetParagraphNumbering()).as(other.username()).isFalse();
            assertThatThrownBy(() -> service.setNextParagraph(Organ.KS, 2026, 31))
                    .as(other.username())
                    .isInstanceOf(PermissionDeniedException.class);
        }
        fixture.caller.set(CaseFixture.ECONOMIST);
        assertThat(service.paragraphNumbering(2026))
                .allSatisfy(n -> assertThat(n.set()).isFalse());
    }

    @Test
    void a_recorded_decision_is_corrected_by_the_economist_and_audited_before_and_after() {
        ReportCase sent = fixture.sent();
        ReportCase atKs = service.recordDecision(
                sent.id(), new DecisionDraft(AU_MEETING, 41, "Beslut", KS_MEETING), sent.version());

        ReportCase corrected = service.correctDecision(
                atKs.id(), Organ.AU, new DecisionDraft(AU_MEETING, 14, "Rättat beslut", null), atKs.version());

        assertThat(corrected.stage()).isEqualTo(CaseStage.KOMMUNSTYRELSEN);
        assertThat(corrected.decision(Organ.AU).orElseThrow())
                .extracting(Decision::paragraph, Decision::text)
                .containsExactly(14, "Rättat beslut");
        assertThat(fixture.flow.get(sent.id()).decision(Organ.AU).orElseThrow().paragraph())
                .isEqualTo(14);
        var last = fixture.flow
                .history(sent.id())
                .get(fixture.flow.history(sent.id()).size() - 1);
        assertThat(last.before()).contains("AU 2026-03-09 § 41 \"Beslut\"");
        assertThat(last.after()).contains("AU 2026-03-09 § 14 \"Rättat beslut\"");
        assertThat(service.proposedParagraph(sent.id())).isEqualTo(1);

        for (UserAccount reader : List.of(DIRECTOR, POLITICIAN)) {
            fixture.caller.set(reader);
            assertThatThrownBy(() -> service.correctDecision(
                            sent.id(), Organ.AU, new DecisionDraft(AU_MEETING, 15, "x", null), corrected.version()))
                    .isInstanceOf(PermissionDeniedException.class);
        }
        fixture.caller.set(SBF_ECONOMIST);
        assertThatThrownBy(() -> service.correctDecision(
                        sent.id(), Organ.AU, new DecisionDraft(AU_MEETING, 15, "x", null), corrected.version()))
                .isInstanceOf(OutOfScopeException.class);
        fixture.caller.set(CaseFixture.ECONOMIST);
        assertThatThrownBy(() -> service.correctDecision(
                        sent.id(), Organ.KS, new DecisionDraft(KS_MEETING, 15, "x", null), corrected.version()))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        problem(CaseProblem.NO_DECISION, title("KS/2026:4"), "kommunstyrelsen"));
    }

    @Test
    void the_case_decision_records_the_political_action_as_decided_once_and_a_correction_follows() {
        fixture.caller.set(SeedKommun.chief("eva", SeedKommun.OVERFORMYNDAR));
        se.ekonomiuppfoljning.actions.ActionView proposed = fixture.actions.create(
                SeedKommun.OVERFORMYNDAR,
                CaseFixture.FEBRUARY,
                new se.ekonomiuppfoljning.actions.ActionDraft(
                        "Större ram för arvoden",
                        "Fler ärenden",
                        "Eva Lind",
                        LocalDate.of(2026, 6, 30),
                        new java.math.BigDecimal("100000"),
                        se.ekonomiuppfoljning.actions.DecisionLevel.POLITISK_NIVA,
                        null,
                        null));
        fixture.caller.set(CaseFixture.ECONOMIST);
        ReportCase sent = fixture.sent();
        ReportCase atKs = service.recordDecision(
                sent.id(), new DecisionDraft(AU_MEETING, 14, "Beslut", KS_MEETING), sent.version());
        assertThat(service.actionsForDecision(atKs.id()))
                .extracting(v -> v.action().id())
                .containsExactly(proposed.action().id());

        ReportCase atKf = service.recordDecision(
                atKs.id(),
                new DecisionDraft(
                        KS_MEETING,
                        31,
                        "Beslut",
                        LocalDate.of(2026, 4, 20),
                        List.of(proposed.action().id())),
                atKs.version());

        var decided = fixture.actions.action(proposed.action().id()).action();
        assertThat(decided.status()).isEqualTo(se.ekonomiuppfoljning.actions.ActionStatus.BESLUTAD);
        assertThat(decided.decision()).hasToString("KS 2026-03-23 § 31");
        assertThat(service.actionsForDecision(atKf.id())).isEmpty();

        service.correctDecision(atKf.id(), Organ.KS, new DecisionDraft(KS_MEETING, 32, "Beslut", null), atKf.version());
        assertThat(fixture.actions.action(proposed.action().id()).action().decision())
                .hasToString("KS 2026-03-23 § 32");
    }

    @Test
    void an_action_proposed_after_the_decision_is_linked_to_the_recorded_decision_once_when_it_is_corrected() {
        fixture.caller.set(CaseFixture.ECONOMIST);
        ReportCase sent = fixture.sent();
        ReportCase atKs = service.recordDecision(
                sent.id(), new DecisionDraft(AU_MEETING, 14, "Beslut", KS_MEETING), sent.version());
        fixture.caller.set(SeedKommun.chief("eva", SeedKommun.OVERFORMYNDAR));
        se.ekonomiuppfoljning.actions.ActionView late = fixture.actions.create(
                SeedKommun.OVERFORMYNDAR,
                CaseFixture.FEBRUARY,
                new se.ekonomiuppfoljning.actions.ActionDraft(
                        "Större ram för arvoden",
                        "Fler ärenden",
                        "Eva Lind",
                        LocalDate.of(2026, 6, 30),
                        new java.math.BigDecimal("100000"),
                        se.ekonomiuppfoljning.actions.DecisionLevel.POLITISK_NIVA,
                        null,
                        null));
        fixture.caller.set(CaseFixture.ECONOMIST);
        assertThat(service.actionsToLink(atKs.id()))
                .extracting(v -> v.action().id())
                .containsExactly(late.action().id());

        ReportCase corrected = service.correctDecision(
                atKs.id(),
                Organ.AU,
                new DecisionDraft(
                        AU_MEETING, 14, "Beslut", null, List.of(late.action().id())),
                atKs.version());

        var linked = fixture.actions.action(late.action().id()).action();
        assertThat(linked.status()).isEqualTo(se.ekonomiuppfoljning.actions.ActionStatus.BESLUTAD);
        assertThat(linked.decision()).hasToString("AU 2026-03-09 § 14");
        assertThat(service.actionsToLink(corrected.id())).isEmpty();
        assertThatThrownBy(() -> service.correctDecision(
                        corrected.id(),
                        Organ.AU,
                        new DecisionDraft(
                                AU_MEETING,
                                14,
                                "Beslut",
                                null,
                                List.of(late.action().id())),
                        corrected.version()))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        problem(CaseProblem.ACTION_NOT_FOR_DECISION, "Större ram för arvoden"));
    }

    @Test
    void an_action_outside_the_case_or_already_decided_is_refused_and_nothing_is_recorded() {
        fixture.caller.set(CaseFixture.ECONOMIST);
        ReportCase sent = fixture.sent();

        assertThatThrownBy(() -> service.recordDecision(
                        sent.id(),
                        new DecisionDraft(AU_MEETING, 14, "Beslut", KS_MEETING, List.of(999L)),
                        sent.version()))
                .isInstanceOf(RuleViolationException.class);
        assertThat(fixture.flow.get(sent.id()).decisions()).isEmpty();
    }
}
