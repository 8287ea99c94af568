package se.ekonomiuppfoljning.reports.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.ekonomiuppfoljning.reports.cases.CaseFixture.ADMIN;
import static se.ekonomiuppfoljning.reports.cases.CaseFixture.AU_MEETING;
import static se.ekonomiuppfoljning.reports.cases.CaseFixture.DIRECTOR;
import static se.ekonomiuppfoljning.reports.cases.CaseFixture.ECONOMIST;
import static se.ekonomiuppfoljning.reports.cases.CaseFixture.FEBRUARY;
import static se.ekonomiuppfoljning.reports.cases.CaseFixture.IT_CHIEF;
import static se.ekonomiuppfoljning.reports.cases.CaseFixture.POLITICIAN;
import static se.ekonomiuppfoljning.reports.cases.CaseFixture.SBF_ECONOMIST;
import static se.ekonomiuppfoljning.reports.cases.CaseFixture.problem;
import static se.ekonomiuppfoljning.reports.cases.CaseFixture.title;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KLS;
import static se.ekonomiuppfoljning.testdata.SeedKommun.OVERFORMYNDAR;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.common.CommonProblem;
import se.ekonomiuppfoljning.common.ConcurrentEditException;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.common.Problem;
import se.ekonomiuppfoljning.common.RuleViolationException;
import se.ekonomiuppfoljning.reports.CaseDetails;
import se.ekonomiuppfoljning.reports.ReportProblem;
import se.ekonomiuppfoljning.security.OutOfScopeException;
import se.ekonomiuppfoljning.security.PermissionDeniedException;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;

class CaseFlowServiceTest {

    private final CaseFixture fixture = new CaseFixture();
    private final CaseFlowService service = fixture.flow;

    @Test
    void an_economist_creates_a_case_with_the_templates_defaults_and_an_audit_entry() {
        ReportCase created = fixture.created();

        assertThat(created.stage()).isEqualTo(CaseStage.UTKAST);
        assertThat(created.details().proposal())
                .isEqualTo("Allmänna utskottet föreslår kommunstyrelsen ta del av "
                        + "ekonomi- och verksamhetsuppföljning till och med februari 2026 för kommunledningsstaben.");
        assertThat(created.details().officer()).isEqualTo("Martin Bollner");
        assertThat(created.details().date()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(created.frozen()).isFalse();
        assertThat(service.history(created.id())).singleElement().satisfies(e -> {
            assertThat(e.username()).isEqualTo("ekonomichef");
            assertThat(e.before()).isNull();
            assertThat(e.after()).contains("KS/2026:4");
        });
    }

    @Test
    void the_audit_trail_describes_the_case_in_the_words_it_always_had() {
        ReportCase sent = fixture.sent();

        assertThat(service.history(sent.id()).get(1).after())
                .isEqualTo("ärende KS/2026:4 \"Ekonomisk uppföljning februari 2026\" " + KLS.value()
                        + " 2026-02, steg ALLMANNA_UTSKOTTET, möten {AU=2026-03-09}, beslut [], fryst "
                        + sent.frozenAt() + ", förslag \"" + sent.details().proposal() + "\", handläggare Martin "
                        + "Bollner, chef " + sent.details().chief() + ", datum 2026-03-02");
    }

    @Test
    void a_case_number_must_match_the_kommuns_pattern_when_one_is_set() {
        fixture.cases.saveCaseNumberPattern("KS/\\d{4}:\\d+", "admin", CaseFixture.NOW);

        assertThatThrownBy(
                        () -> service.create(KLS, FEBRUARY, CaseDetails.blank().withCaseNumber("KS-2026-4")))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        problem(CaseProblem.CASE_NUMBER_NOT_MATCHING, "KS-2026-4", "KS/\\d{4}:\\d+"));
        assertThat(fixture.created().caseNumber()).isEqualTo("KS/2026:4");
    }

    @Test
    void a_stored_hostile_pattern_ends_promptly_when_a_case_number_is_checked() {
        fixture.cases.saveCaseNumberPattern("(a+)+$", "före rättelsen", CaseFixture.NOW);
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(20),
                () -> assertThatThrownBy(() -> service.create(
                                KLS, FEBRUARY, CaseDetails.blank().withCaseNumber("a".repeat(60) + "b")))
                        .isInstanceOfSatisfying(
                                RuleViolationException.class,
                                problem(CaseProblem.CASE_NUMBER_NOT_MATCHING, "a".repeat(60) + "b", "(a+)+$")));
        fixture.cases.saveCaseNumberPattern("((a+)+)+$", "före rättelsen", CaseFixture.NOW); // before the check
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(20),
                () -> assertThatThrownBy(() -> service.create(
                                KLS, FEBRUARY, CaseDetails.blank().withCaseNumber("a".repeat(60) + "b")))
                        .isInstanceOfSatisfying(
                                RuleViolationException.class, problem(CaseProblem.PATTERN_TOO_COMPLEX)));
    }

    @Test
    void a_too_long_header_field_is_refused_naming_the_field() {
        assertThatThrownBy(
                        () -> service.create(KLS, FEBRUARY, CaseDetails.blank().withTitle("x".repeat(201))))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        problem(CommonProblem.TEXT_TOO_LONG, Problem.of(ReportProblem.TITLE_FIELD), 200, 201));
    }

    @Test
    void a_stale_version_is_refused_and_nothing_changes() {
        ReportCase draft = fixture.created();
        service.updateDetails(draft.id(), draft.details().withTitle("Ny rubrik"), draft.version());

        assertThatThrownBy(() ->
                        service.updateDetails(draft.id(), draft.details().withTitle("Min rubrik"), draft.version()))
                .isInstanceOfSatisfying(
                        ConcurrentEditException.class,
                        e -> assertThat(e.problem().arguments()).first().isEqualTo(title("KS/2026:4")));
        assertThat(service.get(draft.id()).title()).isEqualTo("Ny rubrik");
    }

    @Test
    void a_sent_case_keeps_its_details_and_cannot_be_sent_again() {
        ReportCase sent = fixture.sent();

        assertThatThrownBy(() -> service.updateDetails(sent.id(), sent.details().withTitle("x"), sent.version()))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, problem(CaseProblem.SENT_DETAILS_FROZEN, title("KS/2026:4")));
        assertThatThrownBy(() -> service.send(sent.id(), AU_MEETING, sent.version()))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, problem(CaseProblem.ALREADY_SENT, title("KS/2026:4")));
        assertThat(service.get(sent.id()).version()).isEqualTo(sent.version());
    }

    @Test
    void a_case_without_a_number_is_not_sent() {
        ReportCase draft = service.create(KLS, FEBRUARY, CaseDetails.blank().withTitle("Utan nummer"));

        assertThatThrownBy(() -> service.send(draft.id(), AU_MEETING, draft.version()))
                .isInstanceOfSatisfying(RuleViolationException.class, problem(CaseProblem.CASE_NUMBER_MISSING));
        assertThatThrownBy(() -> service.setMeeting(draft.id(), AU_MEETING, draft.version()))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        problem(CaseProblem.NOT_WAITING_FOR_MEETING, title("\u201DUtan nummer\u201D")));
        assertThat(service.get(draft.id()).stage()).isEqualTo(CaseStage.UTKAST);
    }

    @Test
    void the_meeting_the_case_waits_for_can_be_moved() {
        ReportCase sent = fixture.sent();

        ReportCase moved = service.setMeeting(sent.id(), LocalDate.of(2026, 3, 16), sent.version());

        assertThat(moved.nextMeeting()).contains(LocalDate.of(2026, 3, 16));
        assertThat(service.history(sent.id())).hasSize(3);
    }

    @Test
    void chiefs_and_politicians_read_but_cannot_change_and_users_out_of_scope_are_refused() {
        ReportCase sent = fixture.sent();

        for (UserAccount reader : List.of(DIRECTOR, POLITICIAN)) {
            fixture.caller.set(reader);
            assertThat(service.cases()).extracting(ReportCase::id).containsExactly(sent.id());
            assertThat(service.canEdit(sent)).isFalse();
            assertThat(service.canCreate()).isFalse();
            assertThatThrownBy(() -> service.setMeeting(sent.id(), AU_MEETING, sent.version()))
                    .isInstanceOf(PermissionDeniedException.class);
        }
        fixture.caller.set(IT_CHIEF);
        assertThat(service.cases()).isEmpty();
        assertThatThrownBy(() -> service.get(sent.id())).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> service.history(sent.id())).isInstanceOf(OutOfScopeException.class);
        fixture.caller.set(SBF_ECONOMIST);
        assertThatThrownBy(() -> service.setMeeting(sent.id(), AU_MEETING, sent.version()))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> service.create(KLS, FEBRUARY, CaseDetails.blank()))
                .isInstanceOf(OutOfScopeException.class);
        fixture.caller.set(ECONOMIST);
        assertThat(service.create(OVERFORMYNDAR, FEBRUARY, CaseDetails.blank()).node())
                .isEqualTo(OVERFORMYNDAR);
    }

    @Test
    void the_first_administrator_reads_every_case_but_changes_none() {
        ReportCase sent = fixture.sent();
        fixture.caller.set(new UserAccount(
                "forvaltare", "Administratör", Set.of(Role.ADMIN, Role.EKONOM), Set.of(), Set.of(), true));

        assertThat(service.cases()).extracting(ReportCase::id).containsExactly(sent.id());
        assertThat(service.canEdit(sent)).isFalse();
        assertThatThrownBy(() -> service.setMeeting(sent.id(), AU_MEETING, sent.version()))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> service.create(KLS, new Period(2026, 3), CaseDetails.blank()))
                .isInstanceOf(OutOfScopeException.class);
        fixture.caller.set(ADMIN);
        assertThat(service.canCreate()).isFalse();
    }
}
