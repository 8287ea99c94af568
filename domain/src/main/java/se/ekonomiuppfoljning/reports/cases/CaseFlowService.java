package se.ekonomiuppfoljning.reports.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.AuditEntry;
import se.ekonomiuppfoljning.common.AuditLog;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.common.PlainText;
import se.ekonomiuppfoljning.common.Problem;
import se.ekonomiuppfoljning.common.ProblemCode;
import se.ekonomiuppfoljning.common.RuleViolationException;
import se.ekonomiuppfoljning.common.TextField;
import se.ekonomiuppfoljning.cycle.UnitReportRepository;
import se.ekonomiuppfoljning.followup.FigureRepository;
import se.ekonomiuppfoljning.followup.FollowUpRow;
import se.ekonomiuppfoljning.followup.FollowUpService;
import se.ekonomiuppfoljning.followup.FollowUpTable;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.organisation.Unit;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.reports.CaseDetails;
import se.ekonomiuppfoljning.reports.ReportDocument;
import se.ekonomiuppfoljning.reports.ReportProblem;
import se.ekonomiuppfoljning.reports.Tjansteskrivelse;
import se.ekonomiuppfoljning.reports.TjansteskrivelseService;
import se.ekonomiuppfoljning.security.CurrentUser;
import se.ekonomiuppfoljning.security.UserAccount;

/**
 * The follow-up cases' flow up to their first meeting: list and read them, create one for a node and a period, edit
 * its details while it is a draft, send it to Allmänna utskottet (which freezes its documents) and set the date of the
 * meeting it waits for; the decisions are {@link CaseDecisionService}'s.
 * <p>
 * Everyone with the case's node in scope reads it (chiefs, economists, politicians of the committee the node reports
 * to); only an economist with the node in scope changes it. Every change is versioned and audited.
 */
public class CaseFlowService {

    public static final String AUDIT_ENTITY = CaseEdits.AUDIT_ENTITY;

    private final TjansteskrivelseService documents;
    private final CaseRepository cases;
    private final AuditLog audit;
    private final Clock clock;
    private final FollowUpService followUp;
    private final CaseAccess access;
    private final CaseEdits edits;
    private final CaseNumbers caseNumbers;
    private final OrganisationRepository organisations;
    private final UnitReportRepository reports;

    public CaseFlowService(
            OrganisationRepository organisations,
            FigureRepository figures,
            UnitReportRepository reports,
            CaseRepository cases,
            TjansteskrivelseService documents,
            AuditLog audit,
            CurrentUser currentUser,
            Clock clock) {
        this.documents = documents;
        this.organisations = organisations;
        this.reports = reports;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
        this.followUp = new FollowUpService(organisations, figures, currentUser, clock);
        this.access = new CaseAccess(organisations, cases, currentUser);
        this.edits = new CaseEdits(access, cases, audit);
        this.caseNumbers = new CaseNumbers(cases);
    }

    /** The cases whose node the caller may read, newest period first. */
    public List<ReportCase> cases() {
        return access.readableCases();
    }

    public ReportCase get(long id) {
        return access.readable(id);
    }

    /** Whether the caller may change the case (an economist with its node in their own units' scope). */
    public boolean canEdit(ReportCase reportCase) {
        return access.canEdit(reportCase);
    }

    /**
     * Whether the caller may create cases at all: an economist with units of their own (the first administrator, an
     * economist without units, reads every case but creates none).
     */
    public boolean canCreate() {
        return !access.creatableNodes().isEmpty();
    }

    /**
     * The nodes the caller may create cases for (and ask {@link #monthsNotApproved} about): an economist's own units
     * and everything below them; empty for everybody else.
     */
    public Set<UnitCode> creatableNodes() {
        return access.creatableNodes();
    }

    /** The header fields a new case proposes (see {@link TjansteskrivelseService#defaults}). */
    public CaseDetails defaults(UnitCode node, Period period) {
        return documents.defaults(node, period);
    }

    /**
     * Creates the node's case for the period; refused with {@link CaseProblem#CASE_EXISTS} when it already has one
     * (see {@link #createNewVersion}).
     */
    public ReportCase create(UnitCode node, Period period, CaseDetails details) {
        UserAccount user = access.requireEditor(node);
        Instant now = clock.instant();
        return edits.insertFirst(draft(node, period, details, user, now), user, now)
                .orElseThrow(() -> new RuleViolationException(
                        CaseProblem.CASE_EXISTS,
                        cases.findByNodes(List.of(node)).stream()
                                .filter(existing -> existing.period().equals(period))
                                .findFirst()
                                .map(CaseAccess::title)
                                .orElseGet(() -> Problem.of(CaseProblem.CASE_TITLE, node.value()))));
    }

    /** Creates another case for a node and period that may already have one: a new version, asked for explicitly. */
    public ReportCase createNewVersion(UnitCode node, Period period, CaseDetails details) {
        UserAccount user = access.requireEditor(node);
        Instant now = clock.instant();
        return edits.insert(draft(node, period, details, user, now), user, now);
    }

    /**
     * The units below the node (those without units of their own, in the tree's order) whose month is not approved:
     * what a case created or sent now reports before the months are final. For an economist of the node.
     */
    public List<Unit> monthsNotApproved(UnitCode node, Period period) {
        access.requireEditor(node);
        return CaseMonths.notApproved(organisations.load(), reports, node, period);
    }

    private ReportCase draft(UnitCode node, Period period, CaseDetails details, UserAccount user, Instant now) {
        CaseDetails resolved = resolve(details, documents.defaults(node, period));
        return new ReportCase(
                0,
                node,
                period,
                resolved,
                CaseStage.UTKAST,
                Map.of(),
                List.of(),
                null,
                user.username(),
                now,
                user.username(),
                now,
                0);
    }

    /** Changes the header fields; only a draft (a sent case's texts are frozen). */
    public ReportCase updateDetails(long id, CaseDetails details, long expectedVersion) {
        ReportCase current = edits.current(id, expectedVersion);
        UserAccount user = access.requireEditor(current.node());
        if (current.stage() != CaseStage.UTKAST) {
            throw new RuleViolationException(CaseProblem.SENT_DETAILS_FROZEN, CaseAccess.title(current));
        }
        CaseDetails resolved = resolve(details, current.details());
        return edits.save(
                current,
                current.with(
                        resolved,
                        current.stage(),
                        current.meetings(),
                        current.decisions(),
                        null,
                        user.username(),
                        clock.instant()),
                user,
                expectedVersion);
    }

    /**
     * Sends a draft to Allmänna utskottet's meeting on {@code meetingDate}: the tjänsteskrivelse is built as it
     * stands now and kept, with the figures of every listed unit, and the case's documents are rendered from it
     * from now on.
     */
    public ReportCase send(long id, LocalDate meetingDate, long expectedVersion) {
        ReportCase current = edits.current(id, expectedVersion);
        UserAccount user = access.requireEditor(current.node());
        if (current.stage() != CaseStage.UTKAST) {
            throw new RuleViolationException(CaseProblem.ALREADY_SENT, CaseAccess.title(current));
        }
        if (current.caseNumber().isBlank()) {
            throw new RuleViolationException(CaseProblem.CASE_NUMBER_MISSING);
        }
        Objects.requireNonNull(meetingDate, "meetingDate");
        Instant now = clock.instant();
        FrozenReport frozen = freeze(current, now, user);
        Map<Organ, LocalDate> meetings = new EnumMap<>(Organ.class);
        meetings.putAll(current.meetings());
        meetings.put(Organ.AU, meetingDate);
        ReportCase sent = edits.save(
                current,
                current.with(
                        current.details(),
                        CaseStage.ALLMANNA_UTSKOTTET,
                        meetings,
                        current.decisions(),
                        now,
                        user.username(),
                        now),
                user,
                expectedVersion);
        cases.saveFrozen(id, frozen);
        return sent;
    }

    /** Sets or moves the date of the meeting the case waits for. */
    public ReportCase setMeeting(long id, LocalDate date, long expectedVersion) {
        ReportCase current = edits.current(id, expectedVersion);
        UserAccount user = access.requireEditor(current.node());
        Organ organ = current.stage().organ();
        if (organ == null) {
            throw new RuleViolationException(CaseProblem.NOT_WAITING_FOR_MEETING, CaseAccess.title(current));
        }
        Map<Organ, LocalDate> meetings = new EnumMap<>(Organ.class);
        meetings.putAll(current.meetings());
        meetings.put(organ, date);
        return edits.save(
                current,
                current.with(
                        current.details(),
                        current.stage(),
                        meetings,
                        current.decisions(),
                        current.frozenAt(),
                        user.username(),
                        clock.instant()),
                user,
                expectedVersion);
    }

    /** The case's audit trail, oldest first. */
    public List<AuditEntry> history(long id) {
        access.readable(id);
        return audit.entriesFor(AUDIT_ENTITY, Long.toString(id));
    }

    /** The tjänsteskrivelse as it stands now, its excerpt for the protokollsutdrag and the listed units' figures. */
    private FrozenReport freeze(ReportCase current, Instant now, UserAccount user) {
        Tjansteskrivelse content = documents.content(current.node(), current.period(), current.details());
        FollowUpTable table = followUp.table(current.node(), current.period());
        List<FrozenReport.Row> rows = new ArrayList<>();
        for (FollowUpRow row : table.rows()) {
            rows.add(new FrozenReport.Row(row.unit().code(), row.unit().name(), row.figures()));
        }
        if (table.total() != null && content.unitTable().total() != null) {
            rows.add(new FrozenReport.Row(
                    null, content.unitTable().total().cells().get(0), table.total()));
        }
        ReportDocument document = content.toDocument();
        ReportDocument excerpt = new ReportDocument(
                document.kommun(),
                document.kind(),
                document.pageLabel(),
                document.fileBaseName(),
                content.excerptBlocks());
        return new FrozenReport(document, excerpt, rows, now, user.username());
    }

    private CaseDetails resolve(CaseDetails details, CaseDetails defaults) {
        String caseNumber = PlainText.clean(details.caseNumber(), TextField.CASE_NUMBER, PlainText.MAX_SHORT_LENGTH);
        caseNumbers.check(caseNumber);
        return new CaseDetails(
                caseNumber,
                text(details.title(), ReportProblem.TITLE_FIELD, PlainText.MAX_SHORT_LENGTH, defaults.title()),
                text(details.officer(), ReportProblem.OFFICER_FIELD, PlainText.MAX_SHORT_LENGTH, defaults.officer()),
                text(details.chief(), ReportProblem.CHIEF_FIELD, PlainText.MAX_SHORT_LENGTH, defaults.chief()),
                details.date() == null ? defaults.date() : details.date(),
                text(details.proposal(), ReportProblem.PROPOSAL_FIELD, PlainText.MAX_LENGTH, defaults.proposal()),
                text(
                        details.forKnowledge(),
                        ReportProblem.FOR_KNOWLEDGE_FIELD,
                        PlainText.MAX_LENGTH,
                        defaults.forKnowledge()),
                text(details.forAction(), ReportProblem.FOR_ACTION_FIELD, PlainText.MAX_LENGTH, defaults.forAction()));
    }

    private static String text(@Nullable String value, ProblemCode field, int maxLength, @Nullable String fallback) {
        String cleaned = PlainText.clean(value, field, maxLength);
        return cleaned.isEmpty() ? Objects.requireNonNullElse(fallback, "") : cleaned;
    }
}
