package se.ekonomiuppfoljning.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.ekonomiuppfoljning.actions.Action;
import se.ekonomiuppfoljning.actions.ActionDraft;
import se.ekonomiuppfoljning.actions.ActionRepository;
import se.ekonomiuppfoljning.actions.ActionService;
import se.ekonomiuppfoljning.actions.ActionStatus;
import se.ekonomiuppfoljning.actions.DecisionLevel;
import se.ekonomiuppfoljning.apikeys.ApiKeyPurpose;
import se.ekonomiuppfoljning.apikeys.ApiKeyService;
import se.ekonomiuppfoljning.apikeys.CreatedKey;
import se.ekonomiuppfoljning.app.ui.KaribuTest;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.cycle.MonthlyReportService;
import se.ekonomiuppfoljning.cycle.QuestionRepository;
import se.ekonomiuppfoljning.cycle.QuestionService;
import se.ekonomiuppfoljning.cycle.ReportEdit;
import se.ekonomiuppfoljning.directory.GroupMapping;
import se.ekonomiuppfoljning.directory.GroupMappingService;
import se.ekonomiuppfoljning.followup.DeviationDriverService;
import se.ekonomiuppfoljning.followup.FollowUpService;
import se.ekonomiuppfoljning.imports.BudgetVersion;
import se.ekonomiuppfoljning.imports.BudgetVersionService;
import se.ekonomiuppfoljning.imports.ImportException;
import se.ekonomiuppfoljning.imports.ImportHistoryService;
import se.ekonomiuppfoljning.imports.ImportKind;
import se.ekonomiuppfoljning.imports.LedgerImportService;
import se.ekonomiuppfoljning.imports.OrganisationImportService;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.reports.CaseDetails;
import se.ekonomiuppfoljning.reports.DocumentFormat;
import se.ekonomiuppfoljning.reports.TjansteskrivelseService;
import se.ekonomiuppfoljning.reports.cases.CaseDecisionService;
import se.ekonomiuppfoljning.reports.cases.CaseDocumentService;
import se.ekonomiuppfoljning.reports.cases.CaseFlowService;
import se.ekonomiuppfoljning.reports.cases.CaseNumberService;
import se.ekonomiuppfoljning.reports.cases.CaseRepository;
import se.ekonomiuppfoljning.reports.cases.CaseStage;
import se.ekonomiuppfoljning.reports.cases.DecisionDraft;
import se.ekonomiuppfoljning.reports.cases.MeetingAgendaService;
import se.ekonomiuppfoljning.reports.cases.Organ;
import se.ekonomiuppfoljning.reports.cases.ReportCase;
import se.ekonomiuppfoljning.security.OutOfScopeException;
import se.ekonomiuppfoljning.security.PermissionDeniedException;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.substitutes.SubstituteService;
import se.ekonomiuppfoljning.ui.base.Problems;
import se.ekonomiuppfoljning.ui.base.TranslationProvider;

/**
 * The access matrix: every door of the portal (each Vaadin route, each {@code /api} endpoint, each service operation
 * that takes an id or a unit) is found in the code, and tried as every demo role against a unit of their own, another
 * unit of the same committee and a unit of another committee. Each cell's expected answer comes from the access rules
 * written below ({@link Rule}, {@link #READS}, {@link #EDITS}), stated independently of the code that enforces them; a
 * door found in the code that the matrix does not know fails the test, so a new route or endpoint cannot slip past.
 * <p>
 * Service and page cells run inside a transaction that is rolled back, with their fixtures (an åtgärd, a question, a
 * case, an import and a kept budget version on the target unit) created inside it, so nothing a cell does stays.
 */
class AccessMatrixTest extends KaribuTest {

    /** An exception's message as a user reads it: a refused file's problems worded in Swedish from the bundles. */
    private static @Nullable String swedish(RuntimeException e) {
        if (e instanceof ImportException refused) {
            return refused.problems().stream()
                    .map(p -> Problems.text(p.located(), TranslationProvider.SWEDISH))
                    .collect(Collectors.joining("; "));
        }
        return e.getMessage();
    }

    private static final Period PERIOD = Period.parse("2026-02");
    /** The month of the fixture's åtgärd: one that no demo story or other test approves. */
    private static final Period ACTION_PERIOD = Period.parse("2026-03");

    private static final String OWN = "1180";
    private static final String SIBLING = "1120";
    private static final String OTHER_COMMITTEE = "2110";
    private static final List<String> TARGETS = List.of(OWN, SIBLING, OTHER_COMMITTEE);
    private static final List<String> USERS =
            List.of("kommundirektor", "controller", "ekonomichef", "hrchef", "politiker", "admin");

    private static final Set<String> KLS =
            Set.of("KLS", "1100", "1110", "1120", "1130", "1140", "1150", "1160", "1170", "1180", "1190");
    private static final Set<String> ALL = union(KLS, Set.of("EXB", "SBF", "2110", "2120", "2130"));

    /** What each demo user may read: DOMAIN.md's people, with the demo's assignments (README). */
    static final Map<String, Set<String>> READS = Map.of(
            "kommundirektor", ALL,
            "controller", ALL,
            "ekonomichef", KLS,
            "hrchef", Set.of("1180"),
            "politiker", KLS,
            "admin", Set.of());

    /** Where each demo user writes (reports, åtgärder, answers): their chief or economist assignments only. */
    static final Map<String, Set<String>> EDITS = Map.of(
            "kommundirektor",
            ALL,
            "controller",
            ALL,
            "ekonomichef",
            KLS,
            "hrchef",
            Set.of("1180"),
            "politiker",
            Set.of(),
            "admin",
            Set.of());

    private static final Map<String, Set<Role>> ROLES = Map.of(
            "kommundirektor", Set.of(Role.CHEF),
            "controller", Set.of(Role.EKONOM),
            "ekonomichef", Set.of(Role.EKONOM),
            "hrchef", Set.of(Role.CHEF),
            "politiker", Set.of(Role.POLITIKER),
            "admin", Set.of(Role.ADMIN));

    /** The access rules, one per kind of act. */
    enum Rule {
        /** Read the unit's figures, texts and records: the unit is in the user's scope. */
        READ((user, unit) -> READS.get(user).contains(unit)),
        /**
         * Read an åtgärd that is only proposed, in a month not approved (the fixture's): those who may edit the unit;
         * a politician reads it once it is decided or its month approved.
         */
        READ_PROPOSED_ACTION((user, unit) ->
                READS.get(user).contains(unit) && EDITS.get(user).contains(unit)),
        /** Write the unit's report, åtgärder, answers: the unit is in the user's chief/economist assignments. */
        EDIT((user, unit) -> EDITS.get(user).contains(unit)),
        /** Mark a month ready: a chief whose assignments hold the unit. */
        MARK_READY((user, unit) -> has(user, Role.CHEF) && EDITS.get(user).contains(unit)),
        /** Approve or send back: somebody whose assignments hold the unit's parent (never the unit's own chief). */
        REVIEW((user, unit) -> EDITS.get(user).contains(parent(unit))),
        /** Read a month's audit trail (Ändringshistorik): an economist with the unit, or a reviewer above it. */
        HISTORY((user, unit) -> (has(user, Role.EKONOM) && EDITS.get(user).contains(unit))
                || EDITS.get(user).contains(parent(unit))),
        /** Ask a question: a politician with the unit in scope. */
        ASK((user, unit) -> has(user, Role.POLITIKER) && READS.get(user).contains(unit)),
        /** Change a question: the politician who asked it (the fixture's question is politiker's). */
        CHANGE_QUESTION(
                (user, unit) -> user.equals("politiker") && READS.get(user).contains(unit)),
        /** Answer a question: the unit's editor or reviewer. */
        ANSWER((user, unit) -> EDITS.get(user).contains(unit)),
        /** Change a case (ärende): an economist whose assignments hold the node. */
        CASE((user, unit) -> has(user, Role.EKONOM) && EDITS.get(user).contains(unit)),
        /** Read the audit trail (Granskningslogg), of any unit: an administrator only. */
        ADMINISTER((user, unit) -> has(user, Role.ADMIN)),
        /** Import figures of, or undo an import touching, the unit: an economist with the unit in scope. */
        IMPORT((user, unit) -> has(user, Role.EKONOM) && READS.get(user).contains(unit)),
        /** Move the unit in the organisation: an economist with the unit in scope (and its new parent). */
        ORGANISATION((user, unit) -> has(user, Role.EKONOM) && READS.get(user).contains(unit)),
        /** End an ersättare (whatever the unit): its chief (the fixture's is hrchef's), or an administrator. */
        END_SUBSTITUTE((user, unit) -> user.equals("hrchef") || has(user, Role.ADMIN));

        private final java.util.function.BiPredicate<String, String> allowed;

        Rule(java.util.function.BiPredicate<String, String> allowed) {
            this.allowed = allowed;
        }

        boolean allows(String user, String unit) {
            return allowed.test(user, unit);
        }
    }

    /** A page without a unit in its address: who may open it (by role). */
    private static final Map<String, Set<Role>> PAGES = Map.ofEntries(
            Map.entry("uppfoljning", Set.of(Role.values())),
            Map.entry("prognossakerhet", Set.of(Role.values())),
            Map.entry("import", Set.of(Role.EKONOM, Role.ADMIN)),
            Map.entry("arenden", Set.of(Role.EKONOM, Role.CHEF, Role.POLITIKER)),
            Map.entry("infor-motet", Set.of(Role.EKONOM, Role.CHEF, Role.POLITIKER)),
            Map.entry("rapport", Set.of(Role.EKONOM, Role.CHEF, Role.POLITIKER)),
            Map.entry("dokumentmall", Set.of(Role.EKONOM, Role.ADMIN)),
            Map.entry("uppgifter", Set.of(Role.CHEF, Role.EKONOM)),
            Map.entry("installningar", Set.of(Role.ADMIN)),
            Map.entry("anvandare", Set.of(Role.ADMIN)),
            Map.entry("gruppmappning", Set.of(Role.ADMIN)),
            Map.entry("api-nycklar", Set.of(Role.ADMIN)),
            Map.entry("granskningslogg", Set.of(Role.ADMIN)),
            Map.entry("mitt-konto", Set.of(Role.values())));

    /**
     * Pages shown by the user's scope, not by role: Kommunöversikt (also the start page, {@code /}) lists the nodes with
     * units below them in the user's scope; whoever has none (a chief of one unit, an administrator) is sent on to
     * Uppföljning, so the overview is not shown to them.
     */
    private static final Map<String, Set<String>> SCOPE_PAGES = Map.of(
            "", Set.of("kommundirektor", "controller", "ekonomichef", "politiker"),
            "oversikt", Set.of("kommundirektor", "controller", "ekonomichef", "politiker"));

    /** Pages whose address names a unit or a case: the address and the rule for it. */
    private final Map<String, UnitDoor> unitPages = Map.of(
            "enhet/:kod/:period", new UnitDoor(Rule.READ, f -> "enhet/" + f.unit + "/" + PERIOD),
            "rapport/:kod/:period", new UnitDoor(Rule.READ, f -> "rapport/" + f.unit + "/" + PERIOD),
            "arende/:___url_parameter(^[+-]?[0-9]{1,19}$)", new UnitDoor(Rule.READ, f -> "arende/" + f.caseId()));

    /**
     * The login page and the accessibility statement: for everybody, logged in or not, not part of the matrix (the
     * statement is opened without logging in by AccessibilityBrowserTest and {@link #the_public_pages_open_for_every_role}).
     */
    private static final Set<String> PUBLIC_PAGES = Set.of("login", "tillganglighet");

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    ApiKeyService apiKeys;

    @Autowired
    GroupMappingService groupMappings;

    @Autowired
    SubstituteService substitutes;

    @Autowired
    RequestMappingHandlerMapping mappings;

    @Autowired
    I18NProvider i18n;

    @Autowired
    ActionService actionService;

    @Autowired
    ActionRepository actionRepository;

    @Autowired
    QuestionService questionService;

    @Autowired
    se.ekonomiuppfoljning.briefing.BriefingService briefingService;

    @Autowired
    QuestionRepository questionRepository;

    @Autowired
    CaseFlowService caseFlow;

    @Autowired
    CaseDecisionService caseDecisions;

    @Autowired
    CaseDocumentService caseDocuments;

    @Autowired
    MeetingAgendaService meetingAgenda;

    @Autowired
    CaseNumberService caseNumbers;

    @Autowired
    CaseRepository caseRepository;

    @Autowired
    LedgerImportService importService;

    @Autowired
    OrganisationImportService organisationImportService;

    @Autowired
    ImportHistoryService importHistoryService;

    @Autowired
    BudgetVersionService budgetVersionService;

    @Autowired
    FollowUpService followUpService;

    @Autowired
    DeviationDriverService deviationDriverService;

    @Autowired
    MonthlyReportService reportService;

    @Autowired
    TjansteskrivelseService tjansteskrivelseService;

    @Autowired
    se.ekonomiuppfoljning.cycle.ForecastAccuracyService forecastAccuracyService;

    @Autowired
    se.ekonomiuppfoljning.cycle.UnitsCycleService unitsCycleService;

    @Autowired
    se.ekonomiuppfoljning.organisation.OrganisationRepository organisationRepository;

    @Autowired
    se.ekonomiuppfoljning.audit.AuditService auditService;

    @Autowired
    se.ekonomiuppfoljning.security.UserAdministrationService userAdministration;

    @Autowired
    se.ekonomiuppfoljning.security.LoginThrottle loginThrottle;

    @Autowired
    se.ekonomiuppfoljning.cycle.DeadlineService deadlineService;

    @Autowired
    se.ekonomiuppfoljning.reports.ReportTemplateService templateService;

    @LocalServerPort
    int port;

    // ---------------------------------------------------------------------------------------------- service doors

    /** The service operations that take an id or a unit: the rule and how a cell calls it for the target. */
    private Map<String, ServiceDoor> serviceDoors() {
        Map<String, ServiceDoor> doors = new LinkedHashMap<>();
        ActionDraft draft = new ActionDraft(
                "Matrisåtgärd", "Orsak", "Ansvarig", LocalDate.of(2026, 6, 30), BigDecimal.TEN, null, null, null);
        doors.put("ActionService.openActions", door(Rule.READ, f -> actionService.openActions(f.code())));
        doors.put("ActionService.counts", door(Rule.READ, f -> actionService.counts(List.of(f.code()))));
        doors.put("ActionService.countsByUnit", door(Rule.READ, f -> actionService.countsByUnit(List.of(f.code()))));
        doors.put(
                "UnitsCycleService.sums",
                door(Rule.READ, f -> unitsCycleService.sums(Map.of(f.code(), Set.of(f.code())), PERIOD, Map.of())));
        doors.put("UnitsCycleService.of", door(Rule.READ, f -> {
            unitsCycleService.of(List.of(f.code()), PERIOD);
            // The table's own node is asked for too, as a table built for another unit would be.
            return unitsCycleService.of(new se.ekonomiuppfoljning.followup.FollowUpTable(
                    organisationRepository.load().require(f.code()), PERIOD, List.of(), null));
        }));
        doors.put("ActionService.overdue", door(Rule.READ, f -> actionService.overdue(f.code())));
        doors.put(
                "UserAdministrationService.setUnits",
                door(Rule.ADMINISTER, f -> userAdministration.setUnits("hrchef", Set.of(f.code()))));
        doors.put("ActionService.action", door(Rule.READ_PROPOSED_ACTION, f -> actionService.action(f.actionId())));
        doors.put("ActionService.history", door(Rule.READ_PROPOSED_ACTION, f -> actionService.history(f.actionId())));
        doors.put("ActionService.monthHistory", door(Rule.HISTORY, f -> actionService.monthHistory(f.code(), PERIOD)));
        doors.put("ActionService.proposedLevel", door(Rule.READ, f -> actionService.proposedLevel(f.code(), PERIOD)));
        doors.put(
                "ActionService.politicalActionNeeded",
                door(Rule.READ, f -> actionService.politicalActionNeeded(f.code(), PERIOD)));
        doors.put("ActionService.create", door(Rule.EDIT, f -> actionService.create(f.code(), PERIOD, draft)));
        doors.put("ActionService.update", door(Rule.EDIT, f -> actionService.update(f.actionId(), draft, 1)));

        doors.put("FollowUpService.table", door(Rule.READ, f -> followUpService.table(f.code(), PERIOD)));
        doors.put("FollowUpService.unitDetail", door(Rule.READ, f -> followUpService.unitDetail(f.code(), PERIOD)));
        doors.put("FollowUpService.pathTo", door(Rule.READ, f -> followUpService.pathTo(f.code())));
        doors.put(
                "DeviationDriverService.drivers",
                door(Rule.READ, f -> deviationDriverService.drivers(f.code(), PERIOD)));
        doors.put(
                "ForecastAccuracyService.accuracy",
                door(Rule.READ, f -> forecastAccuracyService.accuracy(f.code(), 2025)));

        doors.put("MonthlyReportService.report", door(Rule.READ, f -> reportService.report(f.code(), PERIOD)));
        doors.put("MonthlyReportService.history", door(Rule.HISTORY, f -> reportService.history(f.code(), PERIOD)));
        doors.put("MonthlyReportService.progress", revealing(Rule.READ, f -> reportService.progress(f.code(), PERIOD)));
        doors.put(
                "MonthlyReportService.save",
                door(
                        Rule.EDIT,
                        f -> reportService.save(
                                f.code(), PERIOD, new ReportEdit(null, "Matris", null, null), f.reportVersion())));
        doors.put(
                "MonthlyReportService.markReady",
                door(Rule.MARK_READY, f -> reportService.markReady(f.code(), PERIOD, f.reportVersion())));
        doors.put(
                "MonthlyReportService.approve",
                door(Rule.REVIEW, f -> reportService.approve(f.code(), PERIOD, f.reportVersion())));
        doors.put(
                "MonthlyReportService.sendBack",
                door(Rule.REVIEW, f -> reportService.sendBack(f.code(), PERIOD, "Komplettera", f.reportVersion())));

        doors.put("QuestionService.questions", door(Rule.READ, f -> {
            questionService.questions(List.of(f.code()), PERIOD);
            return questionService.questions(f.code(), PERIOD);
        }));
        doors.put("BriefingService.questions", door(Rule.READ, f -> briefingService.questions(f.code(), PERIOD)));
        doors.put("BriefingService.ask", door(Rule.ASK, f -> briefingService.ask(f.code(), PERIOD, "Varför?")));
        doors.put("QuestionService.ask", door(Rule.ASK, f -> questionService.ask(f.code(), PERIOD, "Varför?")));
        doors.put("QuestionService.answer", door(Rule.ANSWER, f -> questionService.answer(f.questionId(), "Därför.")));
        doors.put(
                "QuestionService.edit", door(Rule.CHANGE_QUESTION, f -> questionService.edit(f.questionId(), "Hur?")));

        doors.put(
                "TjansteskrivelseService.defaults",
                door(Rule.READ, f -> tjansteskrivelseService.defaults(f.code(), PERIOD)));
        doors.put(
                "TjansteskrivelseService.content",
                door(Rule.READ, f -> tjansteskrivelseService.content(f.code(), PERIOD, CaseDetails.blank())));
        doors.put(
                "TjansteskrivelseService.render",
                door(
                        Rule.READ,
                        f -> tjansteskrivelseService.render(
                                f.code(), PERIOD, CaseDetails.blank(), DocumentFormat.PDF)));

        doors.put("CaseFlowService.get", door(Rule.READ, f -> caseFlow.get(f.caseId())));
        doors.put("CaseFlowService.defaults", door(Rule.READ, f -> caseFlow.defaults(f.code(), PERIOD)));
        doors.put(
                "CaseFlowService.create", door(Rule.CASE, f -> caseFlow.create(f.code(), PERIOD, CaseDetails.blank())));
        doors.put(
                "CaseFlowService.createNewVersion",
                door(Rule.CASE, f -> caseFlow.createNewVersion(f.code(), PERIOD, CaseDetails.blank())));
        doors.put(
                "CaseFlowService.monthsNotApproved",
                door(Rule.CASE, f -> caseFlow.monthsNotApproved(f.code(), PERIOD)));
        doors.put(
                "CaseFlowService.updateDetails",
                door(Rule.CASE, f -> caseFlow.updateDetails(f.caseId(), CaseDetails.blank(), 0)));
        doors.put("CaseFlowService.send", door(Rule.CASE, f -> caseFlow.send(f.caseId(), LocalDate.of(2026, 3, 9), 0)));
        doors.put(
                "CaseFlowService.setMeeting",
                door(Rule.CASE, f -> caseFlow.setMeeting(f.caseId(), LocalDate.of(2026, 3, 9), 0)));
        doors.put(
                "CaseDecisionService.proposedParagraph",
                door(Rule.READ, f -> caseDecisions.proposedParagraph(f.caseId())));
        doors.put(
                "CaseDecisionService.proposedDecisionText",
                door(Rule.READ, f -> caseDecisions.proposedDecisionText(f.caseId())));
        doors.put(
                "CaseDecisionService.recordDecision",
                door(
                        Rule.CASE,
                        f -> caseDecisions.recordDecision(
                                f.caseId(), new DecisionDraft(LocalDate.of(2026, 3, 9), 99, "Beslut", null), 0)));
        doors.put(
                "CaseDecisionService.correctDecision",
                door(
                        Rule.CASE,
                        f -> caseDecisions.correctDecision(
                                f.caseId(),
                                Organ.AU,
                                new DecisionDraft(LocalDate.of(2026, 3, 9), 99, "Beslut", null),
                                0)));
        doors.put(
                "CaseDecisionService.actionsForDecision",
                door(Rule.READ, f -> caseDecisions.actionsForDecision(f.caseId())));
        doors.put("CaseDecisionService.actionsToLink", door(Rule.READ, f -> caseDecisions.actionsToLink(f.caseId())));
        doors.put("CaseDocumentService.document", door(Rule.READ, f -> caseDocuments.document(f.caseId())));
        doors.put(
                "CaseDocumentService.tjansteskrivelse",
                door(Rule.READ, f -> caseDocuments.tjansteskrivelse(f.caseId(), DocumentFormat.PDF)));
        doors.put(
                "CaseDocumentService.protokollsutdrag",
                door(Rule.READ, f -> caseDocuments.protokollsutdrag(f.caseId(), Organ.KS, DocumentFormat.PDF)));
        doors.put("CaseDocumentService.changes", door(Rule.READ, f -> caseDocuments.changes(f.caseId())));
        doors.put("MeetingAgendaService.questions", door(Rule.READ, f -> meetingAgenda.questions(f.caseId())));
        doors.put("CaseFlowService.history", door(Rule.READ, f -> caseFlow.history(f.caseId())));

        doors.put("ImportHistoryService.undo", door(Rule.IMPORT, f -> {
            importHistoryService.undo(f.importId());
            return "ångrad";
        }));
        doors.put(
                "BudgetVersionService.compareBudgetVersion",
                new ServiceDoor(
                        Rule.IMPORT,
                        f -> budgetVersionService.compareBudgetVersion(f.budgetVersion()),
                        (f, result) -> ((List<?>) result)
                                .stream()
                                        .anyMatch(row -> ((BudgetVersionService.BudgetComparison) row)
                                                .unit()
                                                .value()
                                                .equals(f.unit))));
        doors.put("ApiKeyService.revoke", door(Rule.ADMINISTER, f -> apiKeys.revoke(matrixKey())));
        doors.put(
                "AuditService.find",
                door(
                        Rule.ADMINISTER,
                        f -> auditService.find(
                                new se.ekonomiuppfoljning.audit.AuditFilter(null, f.unit, null, null, null), 0, 10)));
        // uploads: not id-taking, but a door that writes the unit's figures and the organisation
        doors.put(
                "LedgerImportService.importFile",
                door(
                        Rule.IMPORT,
                        f -> importService.importFile(
                                "matris.csv",
                                ImportKind.BUDGET_CSV,
                                csv("ansvar;konto;period;belopp\n" + f.unit + ";5011;2027-01;100,00\n"))));
        doors.put(
                "OrganisationImportService.importOrganisation",
                door(
                        Rule.ORGANISATION,
                        f -> organisationImportService.importOrganisation(
                                "organisation.csv",
                                csv("kod;namn;överordnad;nämnd\n" + f.unit + ";" + f.name() + ";KLS;" + f.committee()
                                        + "\n"))));
        doors.put("SubstituteService.end", door(Rule.END_SUBSTITUTE, f -> {
            substitutes.end(hrchefsSubstitute());
            return null;
        }));
        return doors;
    }

    @Test
    void every_service_operation_that_takes_an_id_or_a_unit_keeps_to_the_access_rules_for_every_role() {
        Map<String, ServiceDoor> doors = serviceDoors();
        assertThat(idTakingServiceOperations())
                .as("service operations that take an id or a unit, missing in the matrix")
                .isSubsetOf(doors.keySet());
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (var door : doors.entrySet()) {
            for (String user : USERS) {
                for (String unit : TARGETS) {
                    cells++;
                    boolean expected = door.getValue().rule.allows(user, unit);
                    Outcome outcome = inRolledBackTransaction(() -> {
                        Fixtures fixtures = new Fixtures(unit);
                        fixtures.prepare();
                        return as(user, () -> door.getValue().attempt(fixtures));
                    });
                    if (outcome.allowed() != expected) {
                        wrong.add(door.getKey() + " as " + user + " on " + unit + " (" + relation(user, unit)
                                + "): expected " + (expected ? "allowed" : "refused") + ", got " + outcome);
                    }
                }
            }
        }
        System.out.printf(
                "Access matrix, service operations: %d operations × %d roles × %d units = %d cells, %d wrong%n",
                doors.size(), USERS.size(), TARGETS.size(), cells, wrong.size());
        assertThat(wrong).as("cells whose answer breaks the access rules").isEmpty();
    }

    /**
     * Public methods of the domain services with a parameter that names a unit (or units, or a table of them), a
     * record by id, or a version.
     */
    private Set<String> idTakingServiceOperations() {
        Set<String> found = new TreeSet<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = AopUtils.getTargetClass(context.getBean(name));
            String pkg = type.getPackageName();
            if (!pkg.startsWith("se.ekonomiuppfoljning")
                    || pkg.startsWith("se.ekonomiuppfoljning.app")
                    || pkg.startsWith("se.ekonomiuppfoljning.ui")
                    || pkg.startsWith("se.ekonomiuppfoljning.persistence")
                    || !type.getSimpleName().endsWith("Service")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic()) {
                    continue;
                }
                boolean takesId = false;
                for (var parameter : method.getParameters()) {
                    Class<?> p = parameter.getType();
                    boolean units = (java.util.Collection.class.isAssignableFrom(p)
                                    && parameter
                                            .getParameterizedType()
                                            .getTypeName()
                                            .contains(UnitCode.class.getName()))
                            || p == se.ekonomiuppfoljning.followup.FollowUpTable.class;
                    takesId |= p == UnitCode.class
                            || units
                            || p == BudgetVersion.class
                            || ((p == long.class || p == Long.class)
                                    && !parameter.getName().startsWith("expected"));
                }
                if (takesId) {
                    found.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(found)
                .as("the scan finds the services (compiled with -parameters)")
                .contains("ActionService.action");
        return found;
    }

    // ---------------------------------------------------------------------------------------------- settings

    /** Kommun-wide settings: an administrator, or an economist whose scope holds the whole kommun. */
    private static boolean maySetKommunSettings(String user) {
        return has(user, Role.ADMIN)
                || (has(user, Role.EKONOM) && READS.get(user).containsAll(ALL));
    }

    /**
     * The operations that act on the whole kommun or on the portal's users (no unit to scope them by): who may call
     * each. Every public method of these services is here or among the reads anyone may do, so a new one fails.
     */
    private Map<String, RoleDoor> settingDoors() {
        Map<String, RoleDoor> doors = new LinkedHashMap<>();
        doors.put(
                "UserAdministrationService.listUsers",
                new RoleDoor(user -> has(user, Role.ADMIN), () -> userAdministration.listUsers()));
        doors.put(
                "UserAdministrationService.changeEmail",
                new RoleDoor(
                        user -> has(user, Role.ADMIN),
                        () -> userAdministration.changeEmail("politiker", "matris@kommun.example")));
        doors.put(
                "UserAdministrationService.countUsers",
                new RoleDoor(user -> has(user, Role.ADMIN), () -> userAdministration.countUsers()));
        doors.put(
                "UserAdministrationService.organisation",
                new RoleDoor(user -> has(user, Role.ADMIN), () -> userAdministration.organisation()));
        doors.put(
                "UserAdministrationService.createUser",
                new RoleDoor(
                        user -> has(user, Role.ADMIN),
                        () -> userAdministration.createUser(new se.ekonomiuppfoljning.security.NewUser(
                                "matris-ny",
                                "Matris Ny",
                                null,
                                "ett långt lösenord",
                                Set.of(Role.CHEF),
                                Set.of(UnitCode.of("1180")),
                                Set.of()))));
        doors.put(
                "UserAdministrationService.changeUser",
                new RoleDoor(
                        user -> has(user, Role.ADMIN),
                        () -> userAdministration.changeUser(
                                "politiker",
                                new se.ekonomiuppfoljning.security.UserChanges(
                                        "Matris", null, Set.of(Role.POLITIKER), Set.of(), Set.of()))));
        doors.put(
                "UserAdministrationService.changeNameAndEmail",
                new RoleDoor(
                        user -> has(user, Role.ADMIN),
                        () -> userAdministration.changeNameAndEmail("politiker", "Matris", "matris@kommun.example")));
        doors.put(
                "UserAdministrationService.grantRole",
                new RoleDoor(
                        user -> has(user, Role.ADMIN), () -> userAdministration.grantRole("politiker", Role.CHEF)));
        doors.put(
                "UserAdministrationService.revokeRole",
                new RoleDoor(
                        user -> has(user, Role.ADMIN),
                        () -> userAdministration.revokeRole("politiker", Role.POLITIKER)));
        doors.put(
                "UserAdministrationService.setUnits",
                new RoleDoor(
                        user -> has(user, Role.ADMIN),
                        () -> userAdministration.setUnits("hrchef", Set.of(UnitCode.of("1170")))));
        doors.put(
                "UserAdministrationService.setCommittees",
                new RoleDoor(
                        user -> has(user, Role.ADMIN),
                        () -> userAdministration.setCommittees(
                                "politiker", Set.of(se.ekonomiuppfoljning.organisation.CommitteeCode.of("KF")))));
        doors.put(
                "UserAdministrationService.disable",
                new RoleDoor(user -> has(user, Role.ADMIN), () -> userAdministration.disable("politiker")));
        doors.put(
                "UserAdministrationService.enable",
                new RoleDoor(user -> has(user, Role.ADMIN), () -> userAdministration.enable("politiker")));
        doors.put(
                "UserAdministrationService.startupScopeUsers",
                new RoleDoor(user -> has(user, Role.ADMIN), () -> userAdministration.startupScopeUsers()));
        doors.put(
                "UserAdministrationService.endStartupScope",
                new RoleDoor(user -> has(user, Role.ADMIN), () -> userAdministration.endStartupScope()));
        doors.put(
                "LoginThrottle.currentBlocks",
                new RoleDoor(user -> has(user, Role.ADMIN), () -> loginThrottle.currentBlocks()));
        doors.put("LoginThrottle.lift", new RoleDoor(user -> has(user, Role.ADMIN), () -> {
            loginThrottle.lift(new se.ekonomiuppfoljning.security.LoginFailures(
                    se.ekonomiuppfoljning.security.LoginFailures.Kind.PAIR, "matris", "127.0.0.9", 0, Instant.EPOCH));
            return null;
        }));
        doors.put(
                "AuditService.count",
                new RoleDoor(
                        user -> has(user, Role.ADMIN),
                        () -> auditService.count(se.ekonomiuppfoljning.audit.AuditFilter.all())));
        doors.put(
                "AuditService.export",
                new RoleDoor(
                        user -> has(user, Role.ADMIN),
                        () -> auditService.export(se.ekonomiuppfoljning.audit.AuditFilter.all())));
        doors.put("AuditService.kinds", new RoleDoor(user -> has(user, Role.ADMIN), () -> auditService.kinds()));
        doors.put("DeadlineService.setDeadline", new RoleDoor(AccessMatrixTest::maySetKommunSettings, () -> {
            deadlineService.setDeadline(ACTION_PERIOD, LocalDate.of(2026, 4, 10));
            return null;
        }));
        doors.put(
                "ReportTemplateService.save",
                new RoleDoor(
                        AccessMatrixTest::maySetKommunSettings,
                        () -> templateService.save(
                                templateService.texts().get(0).key(), "Matristext")));
        doors.put(
                "CaseNumberService.saveCaseNumberPattern",
                new RoleDoor(
                        AccessMatrixTest::maySetKommunSettings,
                        () -> caseNumbers.saveCaseNumberPattern("KS/\\d{4}:\\d+")));
        doors.put("GroupMappingService.list", new RoleDoor(user -> has(user, Role.ADMIN), () -> groupMappings.list()));
        doors.put(
                "GroupMappingService.save",
                new RoleDoor(
                        user -> has(user, Role.ADMIN),
                        () -> groupMappings.save(new GroupMapping(
                                "CN=Matris,DC=kommun,DC=se", Set.of(Role.CHEF), Set.of(UnitCode.of(OWN)), Set.of()))));
        doors.put("GroupMappingService.delete", new RoleDoor(user -> has(user, Role.ADMIN), () -> {
            as(
                    "admin",
                    () -> groupMappings.save(new GroupMapping(
                            "CN=Matris,DC=kommun,DC=se", Set.of(Role.CHEF), Set.of(UnitCode.of(OWN)), Set.of())));
            groupMappings.delete("CN=Matris,DC=kommun,DC=se");
            return null;
        }));
        doors.put("ApiKeyService.list", new RoleDoor(user -> has(user, Role.ADMIN), () -> apiKeys.list()));
        doors.put(
                "ApiKeyService.possibleOwners",
                new RoleDoor(user -> has(user, Role.ADMIN), () -> apiKeys.possibleOwners()));
        doors.put(
                "ApiKeyService.create",
                new RoleDoor(
                        user -> has(user, Role.ADMIN),
                        () -> apiKeys.create(
                                "overformyndare", "Matris", LocalDate.now().plusDays(30))));
        doors.put(
                "ApiKeyService.revoke", new RoleDoor(user -> has(user, Role.ADMIN), () -> apiKeys.revoke(matrixKey())));
        doors.put(
                "CaseDecisionService.setNextParagraph",
                new RoleDoor(
                        user -> has(user, Role.EKONOM), () -> caseDecisions.setNextParagraph(Organ.KS, 2026, 900)));
        doors.put(
                "SubstituteService.name",
                new RoleDoor(
                        user -> user.equals("hrchef") || has(user, Role.ADMIN),
                        () -> substitutes.name("hrchef", "itchef", substitutes.today(), substitutes.today())));
        doors.put(
                "SubstituteService.candidates",
                new RoleDoor(
                        user -> user.equals("hrchef") || user.equals("kommundirektor") || has(user, Role.ADMIN),
                        () -> substitutes.candidates()));
        // a chief's ersättare as Användare lists them: the chief or an administrator
        doors.put(
                "SubstituteService.standInsOf",
                new RoleDoor(
                        user -> user.equals("hrchef") || has(user, Role.ADMIN),
                        () -> substitutes.standInsOf("hrchef")));
        doors.put("SubstituteService.end", new RoleDoor(user -> user.equals("hrchef") || has(user, Role.ADMIN), () -> {
            substitutes.end(hrchefsSubstitute());
            return null;
        }));
        doors.put("MonthlyReportService.saveThresholds", new RoleDoor(user -> has(user, Role.ADMIN), () -> {
            reportService.saveThresholds(as("admin", () -> reportService.thresholds()));
            return null;
        }));
        return doors;
    }

    /** Reads of settings and of the caller's own rights, open to every logged-in user. */
    private static final Set<String> OPEN_READS = Set.of(
            "DeadlineService.deadline",
            "DeadlineService.maySetDeadlines",
            "DeadlineService.passedDeadline",
            "ReportTemplateService.texts",
            "ReportTemplateService.mayEdit",
            "AuditService.find",
            // the API's authentication itself: asks for no caller, answers only whether a presented key is valid
            "ApiKeyService.authenticate",
            "ApiKeyService.accept",
            // the caller's own substitutions, both ways, and whether they have units to hand over; the kommun's day
            "SubstituteService.myStandIns",
            "SubstituteService.whomIStandInFor",
            "SubstituteService.mayNameMine",
            "SubstituteService.today");

    @Test
    void every_kommun_wide_setting_and_administrative_operation_keeps_to_the_access_rules_for_every_role() {
        Map<String, RoleDoor> doors = settingDoors();
        Set<String> found = new TreeSet<>();
        for (Class<?> type : List.of(
                se.ekonomiuppfoljning.security.UserAdministrationService.class,
                se.ekonomiuppfoljning.cycle.DeadlineService.class,
                se.ekonomiuppfoljning.reports.ReportTemplateService.class,
                se.ekonomiuppfoljning.audit.AuditService.class,
                ApiKeyService.class,
                GroupMappingService.class,
                SubstituteService.class)) {
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())) {
                    found.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        found.add("LoginThrottle.currentBlocks");
        found.add("LoginThrottle.lift");
        found.removeAll(OPEN_READS);
        assertThat(found).as("administrative operations missing in the matrix").isSubsetOf(doors.keySet());
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (var door : doors.entrySet()) {
            for (String user : USERS) {
                cells++;
                boolean expected = door.getValue().allowed.test(user);
                Outcome outcome = inRolledBackTransaction(() -> as(user, () -> {
                    try {
                        door.getValue().call.get();
                        return Outcome.ALLOWED;
                    } catch (OutOfScopeException | PermissionDeniedException e) {
                        return Outcome.refused(e.getClass().getSimpleName());
                    } catch (RuntimeException e) {
                        return new Outcome(
                                true, "allowed, then " + e.getClass().getSimpleName() + ": " + e.getMessage());
                    }
                }));
                if (outcome.allowed() != expected) {
                    wrong.add(door.getKey() + " as " + user + ": expected " + (expected ? "allowed" : "refused")
                            + ", got " + outcome);
                }
            }
        }
        System.out.printf(
                "Access matrix, settings and administration: %d operations × %d roles = %d cells, %d wrong%n",
                doors.size(), USERS.size(), cells, wrong.size());
        assertThat(wrong).as("cells whose answer breaks the access rules").isEmpty();
    }

    record RoleDoor(java.util.function.Predicate<String> allowed, Supplier<Object> call) {}

    // ---------------------------------------------------------------------------------------------- pages

    @Test
    void every_page_keeps_to_the_access_rules_for_every_role() {
        List<RouteData> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes();
        List<String> unknown = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (RouteData route : routes) {
            String template = route.getTemplate();
            if (PUBLIC_PAGES.contains(template)) {
                continue;
            }
            if (PAGES.containsKey(template) || SCOPE_PAGES.containsKey(template)) {
                for (String user : USERS) {
                    cells++;
                    boolean expected = SCOPE_PAGES.containsKey(template)
                            ? SCOPE_PAGES.get(template).contains(user)
                            : ROLES.get(user).stream().anyMatch(PAGES.get(template)::contains);
                    Outcome outcome = inRolledBackTransaction(
                            () -> visit(user, route.getNavigationTarget(), () -> template, List.of()));
                    if (outcome.allowed() != expected) {
                        wrong.add("/" + template + " as " + user + ": expected " + (expected ? "shown" : "refused")
                                + ", got " + outcome);
                    }
                }
            } else if (unitPages.containsKey(template)) {
                UnitDoor door = unitPages.get(template);
                for (String user : USERS) {
                    for (String unit : TARGETS) {
                        cells++;
                        boolean expected = door.rule.allows(user, unit)
                                && ROLES.get(user).stream()
                                        .anyMatch(role -> rolesOf(route).contains(role));
                        Outcome outcome = inRolledBackTransaction(() -> {
                            Fixtures fixtures = new Fixtures(unit);
                            fixtures.prepare();
                            return visit(
                                    user,
                                    route.getNavigationTarget(),
                                    () -> door.location.apply(fixtures),
                                    denials(fixtures));
                        });
                        if (outcome.allowed() != expected) {
                            wrong.add(template + " as " + user + " on " + unit + " (" + relation(user, unit)
                                    + "): expected " + (expected ? "shown" : "refused") + ", got " + outcome);
                        }
                    }
                }
            } else {
                unknown.add(template);
            }
        }
        System.out.printf("Access matrix, pages: %d routes, %d cells, %d wrong%n", routes.size(), cells, wrong.size());
        assertThat(unknown)
                .as("routes the access matrix does not know: add them with their rule")
                .isEmpty();
        assertThat(wrong).as("cells whose answer breaks the access rules").isEmpty();
    }

    @Test
    void the_public_pages_open_for_every_role_and_without_logging_in() {
        List<RouteData> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes();
        List<String> wrong = new ArrayList<>();
        for (String template : PUBLIC_PAGES) {
            Class<?> target = routes.stream()
                    .filter(route -> route.getTemplate().equals(template))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no route " + template))
                    .getNavigationTarget();
            for (String user : USERS) {
                Outcome outcome = inRolledBackTransaction(() -> visit(user, target, () -> template, List.of()));
                if (!outcome.allowed()) {
                    wrong.add("/" + template + " as " + user + ": " + outcome);
                }
            }
            logout();
            UI.getCurrent().navigate(template);
            if (UI.getCurrent().getInternals().getActiveRouterTargetsChain().stream()
                    .noneMatch(target::isInstance)) {
                wrong.add("/" + template + " without logging in: not shown");
            }
        }
        assertThat(wrong).as("public pages refused").isEmpty();
    }

    private static Set<Role> rolesOf(RouteData route) {
        var allowed = route.getNavigationTarget().getAnnotation(jakarta.annotation.security.RolesAllowed.class);
        if (allowed == null) {
            return Set.of(Role.values());
        }
        Set<Role> roles = new java.util.HashSet<>();
        for (String name : allowed.value()) {
            roles.add(Role.valueOf(name));
        }
        return roles;
    }

    private Outcome visit(String user, Class<?> target, Supplier<String> location, List<String> denials) {
        login(user);
        try {
            String path = location.get();
            UI.getCurrent().navigate(path);
            var chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
            if (chain.stream().anyMatch(HasErrorParameter.class::isInstance)
                    || chain.stream().noneMatch(target::isInstance)) {
                return Outcome.refused("error view");
            }
            StringBuilder shown = new StringBuilder();
            chain.forEach(element -> shown.append(((com.vaadin.flow.component.Component) element)
                            .getElement()
                            .getTextRecursively())
                    .append(' '));
            String text = shown.toString();
            for (String denial : denials) {
                if (text.contains(denial)) {
                    return Outcome.refused("\"" + denial + "\"");
                }
            }
            return new Outcome(true, "shown: " + abbreviate(text));
        } finally {
            logout();
        }
    }

    /** The Swedish refusals the pages show in place of the target unit or its case. */
    private List<String> denials(Fixtures fixtures) {
        Locale sv = Locale.forLanguageTag("sv-SE");
        return List.of(
                i18n.getTranslation("followup.denied", sv, fixtures.unit),
                i18n.getTranslation("case.notFound", sv, Long.toString(fixtures.caseId())));
    }

    // ---------------------------------------------------------------------------------------------- API

    /** Every endpoint of the integration API: how a cell calls it for the target unit, and the rule. */
    private Map<String, ApiDoor> apiDoors() {
        Map<String, ApiDoor> doors = new LinkedHashMap<>();
        doors.put(
                "GET /api/v1/followup",
                new ApiDoor(
                        Rule.READ, "GET", unit -> "/api/v1/followup?unit=" + unit + "&period=" + PERIOD, null, null));
        doors.put(
                "GET /api/v1/followup.csv",
                new ApiDoor(
                        Rule.READ,
                        "GET",
                        unit -> "/api/v1/followup.csv?unit=" + unit + "&period=" + PERIOD,
                        null,
                        null));
        doors.put(
                "GET /api/v1/reports/tjansteskrivelse.{format:pdf|docx}",
                new ApiDoor(
                        Rule.READ,
                        "GET",
                        unit -> "/api/v1/reports/tjansteskrivelse.pdf?unit=" + unit + "&period=" + PERIOD,
                        null,
                        null));
        doors.put(
                "POST /api/v1/import/sie",
                new ApiDoor(
                        Rule.IMPORT,
                        "POST",
                        unit -> "/api/v1/import/sie?filnamn=matris.se",
                        "application/octet-stream",
                        unit -> "#FLAGGA 0\n#FORMAT PC8\n#SIETYP 3\n#RAR 0 20270101 20271231\n"
                                + "#KONTO 5011 Lön\n#PBUDGET 0 202701 5011 {1 \"" + unit + "\"} 100.00\n"));
        doors.put(
                "POST /api/v1/import/actuals",
                new ApiDoor(
                        Rule.IMPORT,
                        "POST",
                        unit -> "/api/v1/import/actuals?filnamn=matris.csv",
                        "text/csv",
                        unit -> "ansvar;konto;period;belopp\n" + unit + ";5011;2027-01;100,00\n"));
        doors.put(
                "POST /api/v1/import/budget",
                new ApiDoor(
                        Rule.IMPORT,
                        "POST",
                        unit -> "/api/v1/import/budget?filnamn=matris.csv",
                        "text/csv",
                        unit -> "ansvar;konto;period;belopp\n" + unit + ";5011;2027-01;100,00\n"));
        doors.put(
                "POST /api/v1/organisation",
                new ApiDoor(
                        Rule.ORGANISATION,
                        "POST",
                        unit -> "/api/v1/organisation?filnamn=matris.csv",
                        "text/csv",
                        unit -> "kod;namn;överordnad;nämnd\n" + unit + ";" + NAMES.get(unit) + ";KLS;"
                                + COMMITTEES.get(unit) + "\n"));
        // the HR system's user administration: administrators only, whatever the unit
        doors.put("GET /api/v1/users", new ApiDoor(Rule.ADMINISTER, "GET", unit -> "/api/v1/users", null, null));
        doors.put(
                "GET /api/v1/users/{username}",
                new ApiDoor(Rule.ADMINISTER, "GET", unit -> "/api/v1/users/hrchef", null, null));
        doors.put(
                "POST /api/v1/users",
                new ApiDoor(
                        Rule.ADMINISTER,
                        "POST",
                        unit -> "/api/v1/users",
                        "application/json",
                        unit -> "{\"username\":\"" + MATRIX_USER + unit + "\",\"name\":\"Matris\","
                                + "\"password\":\"ett långt lösenord\",\"roles\":[\"CHEF\"],\"units\":[\"" + unit
                                + "\"]}"));
        doors.put(
                "PUT /api/v1/users/{username}",
                new ApiDoor(Rule.ADMINISTER, "PUT", unit -> "/api/v1/users/politiker", "application/json", unit -> {
                    // the user as stored: an allowed cell changes nothing
                    UserAccount politiker = users.findByUsername("politiker").orElseThrow();
                    return "{\"name\":\"" + politiker.displayName() + "\",\"email\":"
                            + (politiker.email() == null
                                    ? "null"
                                    : "\"" + politiker.email().value() + "\"")
                            + ",\"roles\":" + quoted(politiker.roles().stream().map(Role::name))
                            + ",\"units\":" + quoted(politiker.units().stream().map(UnitCode::value))
                            + ",\"committees\":"
                            + quoted(politiker.committees().stream().map(c -> c.value())) + "}";
                }));
        return doors;
    }

    /** The users the matrix's POST /api/v1/users cells create (and remove at once). */
    private static final String MATRIX_USER = "matris-api-";

    private static String quoted(java.util.stream.Stream<String> values) {
        return values.map(v -> "\"" + v + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    private static final Map<String, String> NAMES =
            Map.of("1180", "HR-avdelning", "1120", "IT", "2110", "Gata och park");
    private static final Map<String, String> COMMITTEES = Map.of("1180", "", "1120", "", "2110", "TN");

    @Test
    void every_api_endpoint_keeps_to_the_access_rules_for_every_role() throws Exception {
        Map<String, ApiDoor> doors = apiDoors();
        List<String> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping :
                mappings.getHandlerMethods().entrySet()) {
            for (String pattern : mapping.getKey().getPatternValues()) {
                if (pattern.startsWith("/api")) {
                    for (var method : mapping.getKey().getMethodsCondition().getMethods()) {
                        endpoints.add(method.name() + " " + pattern);
                    }
                }
            }
        }
        assertThat(endpoints).as("the scan finds the API").isNotEmpty();
        assertThat(endpoints).as("API endpoints missing in the matrix").isSubsetOf(doors.keySet());
        HttpClient http = HttpClient.newHttpClient();
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (var door : doors.entrySet()) {
            for (String user : USERS) {
                for (String unit : TARGETS) {
                    cells++;
                    boolean expected = door.getValue().rule.allows(user, unit);
                    HttpResponse<String> response = http.send(
                            door.getValue().request(port, user, unit),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                    boolean allowed = response.statusCode() == 200 || response.statusCode() == 201;
                    boolean refused = response.statusCode() == 403
                            || response.statusCode() == 401
                            || (response.statusCode() == 422 && response.body().contains("ansvarsområde"));
                    if (allowed && door.getKey().equals("POST /api/v1/users")) {
                        jdbc.update("DELETE FROM app_user WHERE username LIKE ?", MATRIX_USER + "%");
                        jdbc.update("UPDATE change_counter SET counter = counter + 1 WHERE name = 'users'");
                    } else if (allowed && door.getKey().equals("POST /api/v1/organisation")) {
                        restoreDemoOrganisation(http);
                    } else if (allowed && door.getValue().method.equals("POST")) {
                        undoLastImport(user, response.body());
                    }
                    if (expected ? !allowed : !refused) {
                        wrong.add(door.getKey() + " as " + user + " on " + unit + " (" + relation(user, unit)
                                + "): expected " + (expected ? "200" : "refused") + ", got " + response.statusCode()
                                + " " + abbreviate(response.body()));
                    }
                }
            }
        }
        System.out.printf(
                "Access matrix, API: %d endpoints × %d roles × %d units = %d cells, %d wrong%n",
                doors.size(), USERS.size(), TARGETS.size(), cells, wrong.size());
        assertThat(wrong).as("cells whose answer breaks the access rules").isEmpty();
    }

    @Test
    void a_user_administration_key_opens_the_users_api_and_no_other_endpoint_and_an_integration_key_never_it()
            throws Exception {
        CreatedKey hr = as(
                "admin",
                () -> apiKeys.create(
                        ApiKeyPurpose.USER_ADMINISTRATION,
                        "admin",
                        "Matris HR",
                        LocalDate.now().plusDays(30)));
        CreatedKey integration = as(
                "admin",
                () -> apiKeys.create(
                        "controller", "Matris integration", LocalDate.now().plusDays(30)));
        HttpClient http = HttpClient.newHttpClient();
        List<String> wrong = new ArrayList<>();
        try {
            for (var door : apiDoors().entrySet()) {
                boolean usersApi = door.getKey().contains(" /api/v1/users");
                HttpResponse<String> withHr = http.send(
                        door.getValue().requestWith(port, "Bearer " + hr.secret(), OWN),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                boolean allowed = withHr.statusCode() == 200 || withHr.statusCode() == 201;
                if (allowed && door.getKey().equals("POST /api/v1/users")) {
                    jdbc.update("DELETE FROM app_user WHERE username LIKE ?", MATRIX_USER + "%");
                    jdbc.update("UPDATE change_counter SET counter = counter + 1 WHERE name = 'users'");
                } else if (allowed && door.getValue().method.equals("POST")) {
                    wrong.add(door.getKey() + " with the user administration key changed something: "
                            + abbreviate(withHr.body()));
                }
                if (usersApi ? !allowed : withHr.statusCode() != 403) {
                    wrong.add(door.getKey() + " with the user administration key: expected "
                            + (usersApi ? "200" : "403") + ", got " + withHr.statusCode() + " "
                            + abbreviate(withHr.body()));
                }
                if (usersApi) {
                    HttpResponse<String> withIntegration = http.send(
                            door.getValue().requestWith(port, "Bearer " + integration.secret(), OWN),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                    if (withIntegration.statusCode() != 403) {
                        wrong.add(door.getKey() + " with an integration key: expected 403, got "
                                + withIntegration.statusCode() + " " + abbreviate(withIntegration.body()));
                    }
                }
            }
        } finally {
            as("admin", () -> apiKeys.revoke(hr.key().id()));
            as("admin", () -> apiKeys.revoke(integration.key().id()));
        }
        assertThat(wrong).as("API doors a key's purpose does not keep").isEmpty();
    }

    /** An organisation change a cell was allowed to make is put back with the demo's own organisation file. */
    private void restoreDemoOrganisation(HttpClient http) throws Exception {
        byte[] demo = new org.springframework.core.io.ClassPathResource("demo/organisation.csv")
                .getInputStream()
                .readAllBytes();
        HttpResponse<String> restored = http.send(
                HttpRequest.newBuilder(URI.create(
                                "http://localhost:" + port + "/api/v1/organisation?filnamn=organisation.csv"))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString("controller:demo2026".getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(demo))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
    }

    private static final Pattern IMPORT_ID = Pattern.compile("^\\{\"id\":(\\d+),");

    /** An import a cell was allowed to make is undone at once, so the demo data stays as it was. */
    private void undoLastImport(String user, String body) {
        Matcher id = IMPORT_ID.matcher(body);
        if (id.find()) {
            as(user, () -> {
                importHistoryService.undo(Long.parseLong(id.group(1)));
                return null;
            });
        }
    }

    // ---------------------------------------------------------------------------------------------- support

    private Outcome inRolledBackTransaction(Supplier<Outcome> cell) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        return template.execute(status -> {
            status.setRollbackOnly();
            return cell.get();
        });
    }

    /** An ersättare of hrchef's to end, named by hrchef inside the cell's rolled-back transaction. */
    private long hrchefsSubstitute() {
        return as("hrchef", () -> substitutes.name("hrchef", "itchef", substitutes.today(), substitutes.today()))
                .id();
    }

    /** A key to revoke, created by the administrator inside the cell's rolled-back transaction. */
    private long matrixKey() {
        return as(
                        "admin",
                        () -> apiKeys.create(
                                "overformyndare", "Matris", LocalDate.now().plusDays(30)))
                .key()
                .id();
    }

    private static <T> T as(String username, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static String relation(String user, String unit) {
        if (READS.get(user).contains(unit)) {
            return "own";
        }
        return unit.equals(OTHER_COMMITTEE) ? "another committee's" : "another unit";
    }

    private static String parent(String unit) {
        return unit.startsWith("1") ? "KLS" : unit.startsWith("2") ? "SBF" : "EXB";
    }

    private static boolean has(String user, Role role) {
        return ROLES.get(user).contains(role);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }

    private ServiceDoor door(Rule rule, java.util.function.Function<Fixtures, Object> call) {
        return new ServiceDoor(rule, call, (f, result) -> true);
    }

    /** An operation that lists rows of many units: it reveals the target when a row of the target comes back. */
    private ServiceDoor revealing(Rule rule, java.util.function.Function<Fixtures, Object> call) {
        return new ServiceDoor(rule, call, (f, result) -> !(result instanceof List<?> list) || !list.isEmpty());
    }

    record Outcome(boolean allowed, String what) {
        static final Outcome ALLOWED = new Outcome(true, "allowed");

        static Outcome refused(String why) {
            return new Outcome(false, "refused: " + why);
        }

        @Override
        public String toString() {
            return what;
        }
    }

    record ServiceDoor(
            Rule rule,
            java.util.function.Function<Fixtures, Object> call,
            java.util.function.BiPredicate<Fixtures, Object> reveals) {

        /**
         * Refused means the service said so ({@link OutOfScopeException}, {@link PermissionDeniedException}), or a
         * listing came back without the target's rows; any other answer, a rule of the cycle's included, is allowed.
         */
        Outcome attempt(Fixtures fixtures) {
            try {
                Object result = call.apply(fixtures);
                return reveals.test(fixtures, result) ? Outcome.ALLOWED : Outcome.refused("nothing of the unit");
            } catch (OutOfScopeException | PermissionDeniedException e) {
                return Outcome.refused(e.getClass().getSimpleName());
            } catch (RuntimeException e) {
                String message = swedish(e);
                if (message != null && message.contains("ansvarsområde")) {
                    return Outcome.refused(message);
                }
                return new Outcome(true, "allowed, then " + e.getClass().getSimpleName() + ": " + message);
            }
        }
    }

    record UnitDoor(Rule rule, java.util.function.Function<Fixtures, String> location) {}

    record ApiDoor(
            Rule rule,
            String method,
            java.util.function.Function<String, String> path,
            String contentType,
            java.util.function.Function<String, String> body) {

        HttpRequest request(int port, String user, String unit) {
            return requestWith(
                    port,
                    "Basic "
                            + Base64.getEncoder().encodeToString((user + ":demo2026").getBytes(StandardCharsets.UTF_8)),
                    unit);
        }

        /** The cell's request with the given Authorization header (e.g. an API key). */
        HttpRequest requestWith(int port, String authorization, String unit) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + path.apply(unit)))
                    .header("Authorization", authorization);
            if (method.equals("POST") || method.equals("PUT")) {
                builder.header("Content-Type", contentType)
                        .method(method, HttpRequest.BodyPublishers.ofString(body.apply(unit), StandardCharsets.UTF_8));
            } else {
                builder.GET();
            }
            return builder.build();
        }
    }

    /**
     * The records a cell acts on, created inside the cell's rolled-back transaction: an åtgärd, a question (asked by
     * politiker), a case and an import of next year's budget with the budget version it kept, all on the target unit.
     */
    final class Fixtures {
        final String unit;
        private final Map<String, Long> ids = new HashMap<>();
        private BudgetVersion version;
        private long reportVersion;

        Fixtures(String unit) {
            this.unit = unit;
        }

        UnitCode code() {
            return UnitCode.of(unit);
        }

        String name() {
            return NAMES.get(unit);
        }

        String committee() {
            return COMMITTEES.get(unit);
        }

        void prepare() {
            Instant now = Instant.parse("2026-03-02T08:00:00Z");
            ids.put(
                    "action",
                    actionRepository.insert(new Action(
                            0,
                            code(),
                            ACTION_PERIOD,
                            "Matrisåtgärd",
                            "Orsak",
                            "Ansvarig",
                            LocalDate.of(2026, 6, 30),
                            BigDecimal.TEN,
                            DecisionLevel.VERKSAMHETSNIVA,
                            ActionStatus.FORESLAGEN,
                            null,
                            "kommundirektor",
                            now,
                            "kommundirektor",
                            now,
                            1)));
            ids.put(
                    "question",
                    questionRepository
                            .add(code(), PERIOD, "Matrisfråga", "politiker", now)
                            .id());
            CaseDetails details = as("kommundirektor", () -> caseFlow.defaults(code(), PERIOD));
            ReportCase created = caseRepository.insert(new ReportCase(
                    0,
                    code(),
                    PERIOD,
                    details,
                    CaseStage.UTKAST,
                    Map.of(),
                    List.of(),
                    null,
                    "kommundirektor",
                    now,
                    "kommundirektor",
                    now,
                    0));
            ids.put("case", created.id());
            users.save(
                    new UserAccount(
                            "matris-setup", "Matris", Set.of(Role.ADMIN, Role.EKONOM), Set.of(), Set.of(), true),
                    "{noop}-");
            as("matris-setup", () -> {
                importService.importFile(
                        "matris-budget-1.csv",
                        ImportKind.BUDGET_CSV,
                        csv("ansvar;konto;period;belopp\n" + unit + ";5011;2028-01;100,00\n"));
                var second = importService.importFile(
                        "matris-budget-2.csv",
                        ImportKind.BUDGET_CSV,
                        csv("ansvar;konto;period;belopp\n" + unit + ";5011;2028-01;200,00\n"));
                ids.put("import", second.record().id());
                version = budgetVersionService.budgetVersions(2028).stream()
                        .filter(v -> v.importId() == second.record().id())
                        .findFirst()
                        .orElseThrow();
                return null;
            });
            reportVersion = as(
                    "kommundirektor",
                    () -> reportService.report(code(), PERIOD).report().version());
        }

        long actionId() {
            return ids.get("action");
        }

        long questionId() {
            return ids.get("question");
        }

        long caseId() {
            return ids.get("case");
        }

        long importId() {
            return ids.get("import");
        }

        BudgetVersion budgetVersion() {
            return version;
        }

        long reportVersion() {
            return reportVersion;
        }
    }
}
