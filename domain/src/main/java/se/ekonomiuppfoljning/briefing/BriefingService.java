package se.ekonomiuppfoljning.briefing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.ekonomiuppfoljning.actions.Action;
import se.ekonomiuppfoljning.actions.ActionRepository;
import se.ekonomiuppfoljning.actions.DecisionLevel;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.cycle.CycleAccess;
import se.ekonomiuppfoljning.cycle.Question;
import se.ekonomiuppfoljning.cycle.QuestionService;
import se.ekonomiuppfoljning.cycle.ReportState;
import se.ekonomiuppfoljning.cycle.UnitReport;
import se.ekonomiuppfoljning.cycle.UnitReportRepository;
import se.ekonomiuppfoljning.cycle.UnitsCycle;
import se.ekonomiuppfoljning.cycle.UnitsCycleService;
import se.ekonomiuppfoljning.followup.FigureRepository;
import se.ekonomiuppfoljning.followup.Figures;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.reports.ReportDocument;
import se.ekonomiuppfoljning.reports.cases.CaseDocumentService;
import se.ekonomiuppfoljning.reports.cases.FigureChange;
import se.ekonomiuppfoljning.reports.cases.Meeting;
import se.ekonomiuppfoljning.reports.cases.MeetingAgendaService;
import se.ekonomiuppfoljning.reports.cases.ReportCase;
import se.ekonomiuppfoljning.security.AccessScope;
import se.ekonomiuppfoljning.security.CurrentUser;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;

/**
 * Inför mötet as a briefing. The agenda and every case's document come from {@link MeetingAgendaService} and
 * {@link CaseDocumentService} (which check that the caller reads the case); the units are read in the caller's scope,
 * their texts and åtgärder under the rules of {@link CycleAccess} (a politician reads a month's texts once it is
 * approved), the questions through {@link QuestionService}. Each part is read once per case for all its units, not
 * once per unit. Opening the briefing records when the caller read each case, so the next opening can mark what is
 * new; that record is the reader's own bookkeeping, not a change of anything others read, and is not audited.
 */
public class BriefingService {

    private final OrganisationRepository organisations;
    private final FigureRepository figures;
    private final UnitReportRepository reports;
    private final ActionRepository actions;
    private final MeetingAgendaService agenda;
    private final CaseDocumentService documents;
    private final QuestionService questions;
    private final BriefingVisitRepository visits;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final UnitsCycleService unitsCycle;

    public BriefingService(
            OrganisationRepository organisations,
            FigureRepository figures,
            UnitReportRepository reports,
            ActionRepository actions,
            MeetingAgendaService agenda,
            CaseDocumentService documents,
            QuestionService questions,
            BriefingVisitRepository visits,
            CurrentUser currentUser,
            Clock clock) {
        this.organisations = organisations;
        this.figures = figures;
        this.reports = reports;
        this.actions = actions;
        this.agenda = agenda;
        this.documents = documents;
        this.questions = questions;
        this.visits = visits;
        this.currentUser = currentUser;
        this.clock = clock;
        this.unitsCycle = new UnitsCycleService(organisations, figures, reports, currentUser);
    }

    /**
     * The coming meetings with a briefing of each case, marked against the caller's last opening of it; then records
     * this opening.
     */
    public List<MeetingBriefing> open() {
        UserAccount user = currentUser.require();
        List<Meeting> meetings = agenda.comingMeetings();
        Set<Long> ids = new HashSet<>();
        meetings.forEach(m -> m.cases().forEach(c -> ids.add(c.id())));
        Map<Long, Instant> read = ids.isEmpty() ? Map.of() : visits.lastVisits(user.username(), ids);
        List<MeetingBriefing> briefings = new ArrayList<>();
        for (Meeting meeting : meetings) {
            List<CaseBriefing> cases = new ArrayList<>();
            for (ReportCase reportCase : meeting.cases()) {
                cases.add(briefing(user, reportCase, new NewSince(read.get(reportCase.id()))));
            }
            briefings.add(new MeetingBriefing(meeting, agenda.organName(meeting.organ()), cases));
        }
        if (!ids.isEmpty()) {
            visits.record(user.username(), ids, clock.instant());
        }
        return briefings;
    }

    /** The questions of one unit in the period, as the briefing shows them after a question was asked. */
    public List<Question> questions(UnitCode unit, Period period) {
        return questions.questions(unit, period);
    }

    /** A politician asks about a unit of a case, through the questions' own rules. */
    public Question ask(UnitCode unit, Period period, String text) {
        return questions.ask(unit, period, text);
    }

    private CaseBriefing briefing(UserAccount user, ReportCase reportCase, NewSince newSince) {
        long id = reportCase.id();
        ReportDocument document = documents.document(id);
        List<FigureChange> changes = documents.changes(id);
        Organisation organisation = organisations.load();
        AccessScope scope = AccessScope.resolve(organisation, user);
        Period period = reportCase.period();
        Set<UnitCode> subtree = scope.restrict(organisation.subtree(reportCase.node()));
        List<UnitCode> units =
                subtree.stream().filter(code -> !organisation.hasChildren(code)).toList();

        Map<UnitCode, Figures> own = figures.figuresByUnit(scope, subtree, period);
        Map<UnitCode, UnitReport> stored = new HashMap<>();
        reports.findAll(subtree, period).forEach(r -> stored.put(r.unit(), r));
        Map<UnitCode, UnitsCycle> cycles = unitsCycle.of(units, period);
        Map<UnitCode, List<Action>> open = readableOpenActions(organisation, user, units, period, stored);
        Map<UnitCode, List<Question>> asked = new LinkedHashMap<>();
        questions
                .questions(units, period)
                .forEach(q ->
                        asked.computeIfAbsent(q.unit(), u -> new ArrayList<>()).add(q));
        Set<String> changedNames = new HashSet<>();
        changes.forEach(c -> changedNames.add(c.unit()));
        boolean politician = user.has(Role.POLITIKER);

        List<UnitBriefing> all = new ArrayList<>();
        for (UnitCode code : units) {
            UnitReport report = stored.get(code);
            ReportState state = report == null ? ReportState.DRAFT : report.state();
            boolean readsTexts = CycleAccess.mayReadTexts(organisation, user, code, state);
            boolean written = report != null && report.hasAnalysis();
            String analysis = report != null && written && readsTexts ? report.analysis() : null;
            UnitsCycle cycle = cycles.getOrDefault(code, UnitsCycle.NONE);
            all.add(new UnitBriefing(
                    organisation.require(code),
                    own.getOrDefault(code, Figures.ZERO),
                    cycle,
                    state,
                    analysis,
                    written && !readsTexts,
                    open.getOrDefault(code, List.of()),
                    cycle.withinFrame() ? DecisionLevel.VERKSAMHETSNIVA : DecisionLevel.POLITISK_NIVA,
                    asked.getOrDefault(code, List.of()),
                    changedNames.contains(organisation.require(code).name()),
                    politician));
        }
        return new CaseBriefing(
                reportCase,
                document,
                CaseBriefing.summaryOf(document),
                CaseBriefing.chartsOf(document),
                UnitBriefing.negativeFirst(all),
                UnitBriefing.others(all),
                changes,
                newSince);
    }

    /**
     * The units' open åtgärder in one read, as far as the caller reads them: every editor; a politician once an
     * åtgärd is decided or the month it was raised in is approved (the months' states are read once per period the
     * åtgärder were raised in).
     */
    private Map<UnitCode, List<Action>> readableOpenActions(
            Organisation organisation,
            UserAccount user,
            List<UnitCode> units,
            Period period,
            Map<UnitCode, UnitReport> current) {
        Map<UnitCode, List<Action>> result = new LinkedHashMap<>();
        if (units.isEmpty()) {
            return result;
        }
        List<Action> found = actions.open(new HashSet<>(units));
        Map<Period, Map<UnitCode, ReportState>> states = new HashMap<>();
        Map<UnitCode, ReportState> now = new HashMap<>();
        current.forEach((unit, report) -> now.put(unit, report.state()));
        states.put(period, now);
        for (Action action : found) {
            Map<UnitCode, ReportState> raisedIn = states.computeIfAbsent(action.period(), p -> {
                Map<UnitCode, ReportState> map = new HashMap<>();
                reports.findAll(new HashSet<>(units), p).forEach(r -> map.put(r.unit(), r.state()));
                return map;
            });
            ReportState state = raisedIn.getOrDefault(action.unit(), ReportState.DRAFT);
            if (CycleAccess.mayReadAction(
                    organisation, user, action.unit(), action.status().decided(), state)) {
                result.computeIfAbsent(action.unit(), u -> new ArrayList<>()).add(action);
            }
        }
        result.values().forEach(list -> list.sort(java.util.Comparator.comparing(Action::dueDate)));
        return result;
    }
}
