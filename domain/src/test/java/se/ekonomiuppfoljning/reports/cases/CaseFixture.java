package se.ekonomiuppfoljning.reports.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ekonomiuppfoljning.testdata.SeedKommun.IT;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KF;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KLS;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KOMMUN;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KS;
import static se.ekonomiuppfoljning.testdata.SeedKommun.SBF;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.common.Problem;
import se.ekonomiuppfoljning.common.ProblemCode;
import se.ekonomiuppfoljning.common.RuleViolationException;
import se.ekonomiuppfoljning.cycle.QuestionService;
import se.ekonomiuppfoljning.reports.CaseDetails;
import se.ekonomiuppfoljning.reports.DefaultReportTemplates;
import se.ekonomiuppfoljning.reports.DocumentFormat;
import se.ekonomiuppfoljning.reports.DocumentRenderer;
import se.ekonomiuppfoljning.reports.ReportDocument;
import se.ekonomiuppfoljning.reports.TjansteskrivelseService;
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

/** The seed kommun with its figures, in-memory stores and every case service, for the case services' tests. */
final class CaseFixture {

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

    final InMemoryFigures figures = new InMemoryFigures();
    final InMemoryCases cases = new InMemoryCases();
    final InMemoryAuditLog audit = new InMemoryAuditLog();
    final InMemoryUnitReports unitReports = new InMemoryUnitReports();
    final InMemoryActions actionStore = new InMemoryActions();
    final se.ekonomiuppfoljning.actions.ActionService actions;
    final AtomicReference<UserAccount> caller = new AtomicReference<>(ECONOMIST);
    final List<ReportDocument> rendered = new ArrayList<>();
    final QuestionService questions;
    final CaseFlowService flow;
    final CaseDecisionService decisions;
    final CaseDocumentService documents;
    final MeetingAgendaService agenda;
    final CaseNumberService caseNumbers;

    CaseFixture() {
        FixedOrganisation organisation = new FixedOrganisation(SeedKommun.organisation());
        DefaultReportTemplates templates = new DefaultReportTemplates();
        Clock clock = Clock.fixed(NOW, ZoneId.of("Europe/Stockholm"));
        TjansteskrivelseService tjansteskrivelser = new TjansteskrivelseService(
                organisation,
                figures,
                unitReports,
                actionStore,
                new InMemoryUsers(ECONOMIST, DIRECTOR, IT_CHIEF, POLITICIAN),
                templates,
                caller::get,
                clock,
                List.of(new RecordingRenderer()));
        questions = new QuestionService(organisation, new InMemoryQuestions(), audit, caller::get, clock);
        flow = new CaseFlowService(
                organisation, figures, unitReports, cases, tjansteskrivelser, audit, caller::get, clock);
        actions = new se.ekonomiuppfoljning.actions.ActionService(
                organisation, figures, unitReports, actionStore, audit, caller::get, clock);
        decisions = new CaseDecisionService(organisation, cases, templates, actions, audit, caller::get, clock);
        documents =
                new CaseDocumentService(organisation, figures, cases, tjansteskrivelser, templates, caller::get, clock);
        agenda = new MeetingAgendaService(organisation, cases, questions, templates, caller::get);
        caseNumbers = new CaseNumberService(organisation, cases, audit, caller::get, clock);
        figures.saveBudget(SeedKommun.budget());
        figures.saveActuals(SeedKommun.actuals());
    }

    /** A draft of KLS for February with the seed's number and title. */
    ReportCase created() {
        return flow.create(
                KLS,
                FEBRUARY,
                CaseDetails.blank().withCaseNumber("KS/2026:4").withTitle("Ekonomisk uppföljning februari 2026"));
    }

    /** {@link #created()} sent to Allmänna utskottet's meeting. */
    ReportCase sent() {
        ReportCase draft = created();
        return flow.send(draft.id(), AU_MEETING, draft.version());
    }

    /** The last document a renderer was given. */
    ReportDocument lastRendered() {
        return rendered.get(rendered.size() - 1);
    }

    /** Checks a refusal's problem: its code and arguments (the words are the bundles'). */
    static Consumer<RuleViolationException> problem(ProblemCode code, Object... arguments) {
        return e -> assertThat(e.problem()).isEqualTo(Problem.of(code, arguments));
    }

    /** The problem that names a case in its refusals. */
    static Problem title(String label) {
        return Problem.of(CaseProblem.CASE_TITLE, label);
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
