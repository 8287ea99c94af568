package se.ekonomiuppfoljning.reports.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.ekonomiuppfoljning.testdata.SeedKommun.IT;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KF;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KLS;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KOMMUN;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KS;
import static se.ekonomiuppfoljning.testdata.SeedKommun.OVERFORMYNDAR;
import static se.ekonomiuppfoljning.testdata.SeedKommun.SBF;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.common.ConcurrentEditException;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.common.RuleViolationException;
import se.ekonomiuppfoljning.cycle.QuestionService;
import se.ekonomiuppfoljning.followup.AmountLine;
import se.ekonomiuppfoljning.reports.Block;
import se.ekonomiuppfoljning.reports.CaseDetails;
import se.ekonomiuppfoljning.reports.DefaultReportTemplates;
import se.ekonomiuppfoljning.reports.DocumentFormat;
import se.ekonomiuppfoljning.reports.DocumentRenderer;
import se.ekonomiuppfoljning.reports.ReportDocument;
import se.ekonomiuppfoljning.reports.TjansteskrivelseService;
import se.ekonomiuppfoljning.security.OutOfScopeException;
import se.ekonomiuppfoljning.security.PermissionDeniedException;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.testdata.FixedOrganisation;
import se.ekonomiuppfoljning.testdata.InMemoryActions;
import se.ekonomiuppfoljning.testdata.InMemoryAuditLog;
import se.ekonomiuppfoljning.testdata.InMemoryCases;
import se.ekonomiuppfoljning.testdata.InMemoryFigures;
import se.ekonomiuppfoljning.testdata.InMemoryQuestions;
import se.ekonomiuppfoljning.testdata.InMemoryUnitReports;
import se.ekonomiuppfoljning.testdata.InMemoryUsers;
import se.ekonomiuppfoljning.testdata.SeedKommun;

class CaseServiceTest {

    static final Period FEBRUARY = new Period(2026, 2);
    static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    static final LocalDate AU_MEETING = LocalDate.of(2026, 3, 9);
    static final LocalDate KS_MEETING = LocalDate.of(2026, 3, 23);

    static final UserAccount ECONOMIST =
            new UserAccount("ekonomichef", "Martin Bollner", Set.of(Role.EKONOM), Set.of(KLS), Set.of(), true);
    static final UserAccount DIRECTOR =
            new UserAccount("kommundirektor", "Johan Örnberg", Set.of(Role.CHEF), Set.of(KOMMUN), Set.of(), true);
    static final UserAccount IT_CHIEF = SeedKommun.chief("itchef", IT);
    static final UserAccount POLITICIAN = SeedKommun.politician("politiker", KS);
    static final UserAccount KF_MEMBER = SeedKommun.politician("ledamot", KF);
    static final UserAccount SBF_ECONOMIST = SeedKommun.economist("sbfekonom", SBF);
    static final UserAccount ADMIN = SeedKommun.admin("admin");

    private final InMemoryFigures figures = new InMemoryFigures();
    private final InMemoryCases cases = new InMemoryCases();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final DefaultReportTemplates templates = new DefaultReportTemplates();
    private final AtomicReference<UserAccount> caller = new AtomicReference<>(ECONOMIST);
    private final List<ReportDocument> rendered = new ArrayList<>();
    private final FixedOrganisation organisation = new FixedOrganisation(SeedKommun.organisation());
    private final Clock clock = Clock.fixed(NOW, ZoneId.of("Europe/Stockholm"));
    private final TjansteskrivelseService documents = new TjansteskrivelseService(
            organisation,
            figures,
            new InMemoryUnitReports(),
            new InMemoryActions(),
            new InMemoryUsers(ECONOMIST, DIRECTOR, IT_CHIEF, POLITICIAN),
            templates,
            caller::get,
            clock,
            List.of(new RecordingRenderer()));
    private final InMemoryQuestions questionStore = new InMemoryQuestions();
    private final QuestionService questions =
            new QuestionService(organisation, questionStore, audit, caller::get, clock);
    private final CaseService service =
            new CaseService(organisation, figures, cases, documents, questions, templates, audit, caller::get, clock);

    CaseServiceTest() {
        figures.saveBudget(SeedKommun.budget());
        figures.saveActuals(SeedKommun.actuals());
    }

    private ReportCase created() {
        return service.create(
                KLS,
                FEBRUARY,
                CaseDetails.blank().withCaseNumber("KS/2026:4").withTitle("Ekonomisk uppföljning februari 2026"));
    }

    private ReportCase sent() {
        ReportCase draft = created();
        return service.send(draft.id(), AU_MEETING, draft.version());
    }

    @Test
    void an_economist_creates_a_case_with_the_templates_defaults_and_an_audit_entry() {
        ReportCase created = created();

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
    void a_case_number_must_match_the_kommuns_pattern_when_one_is_set() {
        caller.set(ADMIN);
        service.saveCaseNumberPattern("KS/\\d{4}:\\d+");
        caller.set(ECONOMIST);

        assertThatThrownBy(
                        () -> service.create(KLS, FEBRUARY, CaseDetails.blank().withCaseNumber("KS-2026-4")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Diarienumret \u201DKS-2026-4\u201D följer inte kommunens mönster");
        assertThat(created().caseNumber()).isEqualTo("KS/2026:4");
        caller.set(ADMIN);
        assertThatThrownBy(() -> service.saveCaseNumberPattern("KS/(\\d"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("inte ett giltigt reguljärt uttryck");
        caller.set(IT_CHIEF);
        assertThatThrownBy(() -> service.saveCaseNumberPattern("")).isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void anEconomistOfOneCommitteesUnitsCannotSetTheKommunsDiarienummerPatternAndAStoredHostileOneEndsPromptly() {
        caller.set(ECONOMIST);
        assertThat(service.mayEditCaseNumberPattern()).isFalse();
        assertThatThrownBy(() -> service.saveCaseNumberPattern("KS/\\d{4}:\\d+"))
                .isInstanceOf(PermissionDeniedException.class);
        caller.set(ADMIN);
        assertThat(service.mayEditCaseNumberPattern()).isTrue();
        assertThatThrownBy(() -> service.saveCaseNumberPattern("((a+)+)+$"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageStartingWith("Mönstret för diarienummer är för komplicerat att pröva");
        assertThat(service.caseNumberPattern()).isEmpty();

        caller.set(ECONOMIST);
        cases.saveCaseNumberPattern("(a+)+$", "före rättelsen", NOW);
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(20),
                () -> assertThatThrownBy(() -> service.create(
                                KLS, FEBRUARY, CaseDetails.blank().withCaseNumber("a".repeat(60) + "b")))
                        .isInstanceOf(RuleViolationException.class)
                        .hasMessageContaining("följer inte kommunens mönster för diarienummer ((a+)+$)"));
        cases.saveCaseNumberPattern("((a+)+)+$", "före rättelsen", NOW); // stored before the check existed
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(20),
                () -> assertThatThrownBy(() -> service.create(
                                KLS, FEBRUARY, CaseDetails.blank().withCaseNumber("a".repeat(60) + "b")))
                        .isInstanceOf(RuleViolationException.class)
                        .hasMessageStartingWith("Mönstret för diarienummer är för komplicerat att pröva"));
    }

    @Test
    void the_case_moves_from_draft_through_au_ks_and_kf_to_closed_with_proposed_paragraphs() {
        ReportCase sent = sent();
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
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Organ.AU, 14),
                        org.assertj.core.groups.Tuple.tuple(Organ.KS, 31),
                        org.assertj.core.groups.Tuple.tuple(Organ.KF, 5));
        assertThat(service.history(closed.id())).hasSize(5);

        ReportCase next =
                service.create(KLS, new Period(2026, 3), CaseDetails.blank().withCaseNumber("KS/2026:9"));
        next = service.send(next.id(), LocalDate.of(2026, 4, 6), next.version());
        assertThat(service.proposedParagraph(next.id())).isEqualTo(15);
    }

    @Test
    void a_paragraph_already_used_by_the_organ_that_year_is_refused_with_the_next_free_number() {
        ReportCase first = sent();
        service.recordDecision(first.id(), new DecisionDraft(AU_MEETING, 14, "Beslut", null), first.version());
        ReportCase second =
                service.create(KLS, new Period(2026, 3), CaseDetails.blank().withCaseNumber("KS/2026:9"));
        ReportCase secondSent = service.send(second.id(), AU_MEETING, second.version());

        assertThatThrownBy(() -> service.recordDecision(
                        secondSent.id(), new DecisionDraft(AU_MEETING, 14, "Beslut", null), secondSent.version()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("§ 14 är redan använd för allmänna utskottet 2026. Nästa lediga nummer är § 15.");
        assertThat(service.get(secondSent.id()).stage()).isEqualTo(CaseStage.ALLMANNA_UTSKOTTET);
    }

    @Test
    void a_stale_version_is_refused_and_nothing_changes() {
        ReportCase draft = created();
        service.updateDetails(draft.id(), draft.details().withTitle("Ny rubrik"), draft.version());

        assertThatThrownBy(() ->
                        service.updateDetails(draft.id(), draft.details().withTitle("Min rubrik"), draft.version()))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(service.get(draft.id()).title()).isEqualTo("Ny rubrik");
    }

    @Test
    void sending_freezes_the_document_so_later_actuals_change_neither_the_document_nor_the_texts() {
        ReportCase sent = sent();
        ReportDocument frozen = service.document(sent.id());
        assertThat(service.changes(sent.id())).isEmpty();

        figures.saveActuals(List.of(new AmountLine(IT, "5011", FEBRUARY, new BigDecimal("100000.00"))));

        assertThat(service.document(sent.id())).isEqualTo(frozen);
        service.tjansteskrivelse(sent.id(), DocumentFormat.PDF);
        assertThat(rendered.get(rendered.size() - 1)).isEqualTo(frozen);
        assertThat(frozen.texts())
                .anySatisfy(t ->
                        assertThat(t.replace('\u00A0', ' ')).isEqualTo("IT 194 62 132 32,0 % 8 841 378 302 76 79,8 %"));
        List<FigureChange> changes = service.changes(sent.id());
        assertThat(changes)
                .extracting(FigureChange::unit, FigureChange::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("IT", FigureChange.Column.MONTH_ACTUAL),
                        org.assertj.core.groups.Tuple.tuple("IT", FigureChange.Column.YTD_ACTUAL),
                        org.assertj.core.groups.Tuple.tuple("Totalt KLS", FigureChange.Column.MONTH_ACTUAL),
                        org.assertj.core.groups.Tuple.tuple("Totalt KLS", FigureChange.Column.YTD_ACTUAL));
        assertThat(changes.get(0).current().subtract(changes.get(0).frozen())).isEqualByComparingTo("100000");
        assertThatThrownBy(() -> service.updateDetails(sent.id(), sent.details().withTitle("x"), sent.version()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("frysta");
    }

    @Test
    void the_protokollsutdrag_has_the_seeds_parts_for_the_au_decision() {
        ReportCase sent = sent();
        service.recordDecision(
                sent.id(), new DecisionDraft(AU_MEETING, 14, sent.details().proposal(), KS_MEETING), sent.version());

        service.protokollsutdrag(sent.id(), Organ.AU, DocumentFormat.PDF);
        ReportDocument excerpt = rendered.get(rendered.size() - 1);

        assertThat(excerpt.kind()).isEqualTo("Protokollsutdrag");
        assertThat(excerpt.texts())
                .contains(
                        "Organ Allmänna utskottet",
                        "Sammanträdesdatum 2026-03-09",
                        "Diarienummer KS/2026:4",
                        "§ 14 Ekonomisk uppföljning februari 2026",
                        "Allmänna utskottets beslut",
                        sent.details().proposal(),
                        "Sammanfattning av ärendet",
                        "Den ekonomiska uppföljningen visar att verksamheten bedrivs inom sin budgetram.",
                        "Verksamhetsuppföljning",
                        "Beslutsunderlag",
                        "Efter beslut i kommunstyrelsen skickas det till",
                        "För kännedom",
                        "För åtgärd");
        assertThat(excerpt.blocks())
                .filteredOn(b -> b instanceof Block.Fields f && f.caption() != null)
                .singleElement()
                .satisfies(b -> assertThat(((Block.Fields) b).fields())
                        .extracting(Block.Field::label)
                        .contains("Budget till och med februari"));
        assertThatThrownBy(() -> service.protokollsutdrag(sent.id(), Organ.KS, DocumentFormat.PDF))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("inget beslut av kommunstyrelsen");
    }

    @Test
    void chiefs_and_politicians_read_but_cannot_change_and_users_out_of_scope_are_refused() {
        ReportCase sent = sent();

        for (UserAccount reader : List.of(DIRECTOR, POLITICIAN)) {
            caller.set(reader);
            assertThat(service.cases()).extracting(ReportCase::id).containsExactly(sent.id());
            assertThat(service.canEdit(sent)).isFalse();
            assertThatThrownBy(() -> service.recordDecision(
                            sent.id(), new DecisionDraft(AU_MEETING, 1, "x", null), sent.version()))
                    .isInstanceOf(PermissionDeniedException.class);
        }
        caller.set(IT_CHIEF);
        assertThat(service.cases()).isEmpty();
        assertThatThrownBy(() -> service.get(sent.id())).isInstanceOf(OutOfScopeException.class);
        caller.set(SBF_ECONOMIST);
        assertThatThrownBy(() -> service.setMeeting(sent.id(), AU_MEETING, sent.version()))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> service.create(KLS, FEBRUARY, CaseDetails.blank()))
                .isInstanceOf(OutOfScopeException.class);
        caller.set(ECONOMIST);
        assertThat(service.create(OVERFORMYNDAR, FEBRUARY, CaseDetails.blank()).node())
                .isEqualTo(OVERFORMYNDAR);
    }

    @Test
    void the_first_administrator_reads_every_case_but_changes_none() {
        ReportCase sent = sent();
        caller.set(new UserAccount(
                "forvaltare", "Administratör", Set.of(Role.ADMIN, Role.EKONOM), Set.of(), Set.of(), true));

        assertThat(service.cases()).extracting(ReportCase::id).containsExactly(sent.id());
        assertThat(service.canEdit(sent)).isFalse();
        assertThatThrownBy(() -> service.setMeeting(sent.id(), AU_MEETING, sent.version()))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> service.create(KLS, new Period(2026, 3), CaseDetails.blank()))
                .isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void coming_meetings_list_the_organs_a_politician_sits_in() {
        ReportCase sent = sent();
        service.recordDecision(sent.id(), new DecisionDraft(AU_MEETING, 14, "Beslut", KS_MEETING), sent.version());
        ReportCase draft = service.create(KLS, new Period(2026, 3), CaseDetails.blank());

        caller.set(POLITICIAN);
        assertThat(service.comingMeetings()).singleElement().satisfies(m -> {
            assertThat(m.organ()).isEqualTo(Organ.KS);
            assertThat(m.date()).isEqualTo(KS_MEETING);
            assertThat(m.cases())
                    .extracting(ReportCase::id)
                    .containsExactly(sent.id())
                    .doesNotContain(draft.id());
        });
        questions.ask(OVERFORMYNDAR, FEBRUARY, "Varför ökar arvodena?");
        questions.ask(OVERFORMYNDAR, new Period(2026, 1), "En annan månad");
        assertThat(service.questions(sent.id())).extracting(q -> q.text()).containsExactly("Varför ökar arvodena?");
        caller.set(KF_MEMBER);
        assertThat(service.comingMeetings()).isEmpty();
        caller.set(DIRECTOR);
        assertThat(service.comingMeetings()).hasSize(1);
    }

    private final class RecordingRenderer implements DocumentRenderer {
        @Override
        public DocumentFormat format() {
            return DocumentFormat.PDF;
        }

        @Override
        public byte[] render(ReportDocument document) {
            rendered.add(document);
            return new byte[] {1, 2, 3};
        }
    }
}
