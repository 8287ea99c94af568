package se.ekonomiuppfoljning.reports.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.AuditEntry;
import se.ekonomiuppfoljning.common.AuditLog;
import se.ekonomiuppfoljning.common.ConcurrentEditException;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.common.PlainText;
import se.ekonomiuppfoljning.common.Problem;
import se.ekonomiuppfoljning.common.RuleViolationException;
import se.ekonomiuppfoljning.common.TextField;
import se.ekonomiuppfoljning.cycle.CycleAccess;
import se.ekonomiuppfoljning.cycle.Question;
import se.ekonomiuppfoljning.cycle.QuestionService;
import se.ekonomiuppfoljning.followup.FigureRepository;
import se.ekonomiuppfoljning.followup.Figures;
import se.ekonomiuppfoljning.followup.FollowUpRow;
import se.ekonomiuppfoljning.followup.FollowUpService;
import se.ekonomiuppfoljning.followup.FollowUpTable;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.reports.CaseDetails;
import se.ekonomiuppfoljning.reports.DocumentFormat;
import se.ekonomiuppfoljning.reports.PhraseValues;
import se.ekonomiuppfoljning.reports.RenderedDocument;
import se.ekonomiuppfoljning.reports.ReportDocument;
import se.ekonomiuppfoljning.reports.ReportTemplate;
import se.ekonomiuppfoljning.reports.ReportTemplateRepository;
import se.ekonomiuppfoljning.reports.Tjansteskrivelse;
import se.ekonomiuppfoljning.reports.TjansteskrivelseService;
import se.ekonomiuppfoljning.reports.cases.FigureChange.Column;
import se.ekonomiuppfoljning.security.AccessScope;
import se.ekonomiuppfoljning.security.CurrentUser;
import se.ekonomiuppfoljning.security.KommunWideAccess;
import se.ekonomiuppfoljning.security.PermissionDeniedException;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;

/**
 * The follow-up cases: create one for a node and a period, edit its details while it is a draft, send it to
 * Allmänna utskottet (which freezes its documents), record each organ's decision with its § (the service proposes
 * the next free number of the organ's year and refuses one already used) and move it on, and read its documents,
 * its agenda and what changed in the live figures since it was frozen.
 * <p>
 * Everyone with the case's node in scope reads it (chiefs, economists, politicians of the committee the node
 * reports to); only an economist with the node in scope changes it. Every change is versioned and audited.
 */
public class CaseService {

    public static final String AUDIT_ENTITY = "REPORT_CASE";
    public static final String AUDIT_PATTERN = "CASE_NUMBER_PATTERN";

    private final OrganisationRepository organisations;
    private final CaseRepository cases;
    private final TjansteskrivelseService documents;
    private final ReportTemplateRepository templates;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final FollowUpService followUp;
    private final QuestionService questions;

    public CaseService(
            OrganisationRepository organisations,
            FigureRepository figures,
            CaseRepository cases,
            TjansteskrivelseService documents,
            QuestionService questions,
            ReportTemplateRepository templates,
            AuditLog audit,
            CurrentUser currentUser,
            Clock clock) {
        this.organisations = organisations;
        this.questions = questions;
        this.cases = cases;
        this.documents = documents;
        this.templates = templates;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.followUp = new FollowUpService(organisations, figures, currentUser, clock);
    }

    /** The cases whose node the caller may read, newest period first. */
    public List<ReportCase> cases() {
        AccessScope scope = scope(currentUser.require());
        if (scope.isEmpty()) {
            return List.of();
        }
        return cases.findByNodes(scope.visibleUnits());
    }

    public ReportCase get(long id) {
        ReportCase found = cases.find(id).orElseThrow(() -> new CaseNotFoundException(id));
        scope(currentUser.require()).requireReadable(found.node());
        return found;
    }

    /** Whether the caller may change the case (an economist with its node in their own units' scope). */
    public boolean canEdit(ReportCase reportCase) {
        UserAccount user = currentUser.require();
        return user.enabled() && user.has(Role.EKONOM) && editingScope(user).canRead(reportCase.node());
    }

    /** Whether the caller may create cases at all (an economist). */
    public boolean canCreate() {
        UserAccount user = currentUser.require();
        return user.enabled() && user.has(Role.EKONOM);
    }

    /** The header fields a new case proposes (see {@link TjansteskrivelseService#defaults}). */
    public CaseDetails defaults(UnitCode node, Period period) {
        return documents.defaults(node, period);
    }

    public ReportCase create(UnitCode node, Period period, CaseDetails details) {
        UserAccount user = requireEditor(node);
        CaseDetails defaults = documents.defaults(node, period);
        CaseDetails resolved = resolve(details, defaults);
        Instant now = clock.instant();
        ReportCase created = cases.insert(new ReportCase(
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
                0));
        audit.record(new AuditEntry(
                user.username(), now, AUDIT_ENTITY, Long.toString(created.id()), null, created.describe()));
        return created;
    }

    /** Changes the header fields; only a draft (a sent case's texts are frozen). */
    public ReportCase updateDetails(long id, CaseDetails details, long expectedVersion) {
        ReportCase current = current(id, expectedVersion);
        UserAccount user = requireEditor(current.node());
        if (current.stage() != CaseStage.UTKAST) {
            throw new RuleViolationException("Ärendet " + label(current) + " är skickat och dess texter är frysta; "
                    + "uppgifterna kan bara ändras i ett utkast.");
        }
        CaseDetails resolved = resolve(details, current.details());
        return save(
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
        ReportCase current = current(id, expectedVersion);
        UserAccount user = requireEditor(current.node());
        if (current.stage() != CaseStage.UTKAST) {
            throw new RuleViolationException("Ärendet " + label(current) + " är redan skickat.");
        }
        if (current.caseNumber().isBlank()) {
            throw new RuleViolationException("Ärendet saknar diarienummer. Fyll i diarienumret innan ärendet "
                    + "skickas till allmänna utskottet.");
        }
        Objects.requireNonNull(meetingDate, "meetingDate");
        Instant now = clock.instant();
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
        Map<Organ, LocalDate> meetings = new EnumMap<>(Organ.class);
        meetings.putAll(current.meetings());
        meetings.put(Organ.AU, meetingDate);
        ReportCase sent = save(
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
        cases.saveFrozen(id, new FrozenReport(document, excerpt, rows, now, user.username()));
        return sent;
    }

    /** Sets or moves the date of the meeting the case waits for. */
    public ReportCase setMeeting(long id, LocalDate date, long expectedVersion) {
        ReportCase current = current(id, expectedVersion);
        UserAccount user = requireEditor(current.node());
        Organ organ = current.stage().organ();
        if (organ == null) {
            throw new RuleViolationException("Ärendet " + label(current) + " väntar inte på något sammanträde.");
        }
        Map<Organ, LocalDate> meetings = new EnumMap<>(Organ.class);
        meetings.putAll(current.meetings());
        meetings.put(organ, date);
        return save(
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

    /** The § the service proposes for the decision the case waits for: the organ's next free number that year. */
    public int proposedParagraph(long id) {
        ReportCase reportCase = get(id);
        Organ organ = waitingOrgan(reportCase);
        int year = reportCase.nextMeeting().orElse(LocalDate.now(clock)).getYear();
        return cases.highestParagraph(organ, year).orElse(0) + 1;
    }

    /**
     * The decision text proposed for the organ the case waits for: AU's is the case's förslag till beslut, KS's
     * and KF's come from the template.
     */
    public String proposedDecisionText(long id) {
        ReportCase reportCase = get(id);
        Organ organ = waitingOrgan(reportCase);
        if (organ == Organ.AU) {
            return Objects.requireNonNullElse(reportCase.details().proposal(), "");
        }
        Organisation organisation = organisations.load();
        return templates
                .load()
                .format(
                        "decision." + organ.name(),
                        PhraseValues.of(
                                organisation.require(reportCase.node()), reportCase.period(), LocalDate.now(clock)));
    }

    /**
     * Records the decision of the organ the case waits for and moves the case on (after KF's decision it is
     * closed). Refused: a § the organ already used that year, a § below 1, an empty decision text, a next meeting
     * before the decision.
     */
    public ReportCase recordDecision(long id, DecisionDraft draft, long expectedVersion) {
        ReportCase current = current(id, expectedVersion);
        UserAccount user = requireEditor(current.node());
        Organ organ = waitingOrgan(current);
        ReportTemplate template = templates.load();
        String organName = template.text(organ.nameKey());
        if (draft.date() == null) {
            throw new RuleViolationException("Ange datum för " + inText(organName) + "s beslut.");
        }
        if (draft.paragraph() < 1) {
            throw new RuleViolationException(
                    "Paragrafnumret måste vara 1 eller högre (angavs " + draft.paragraph() + ").");
        }
        String text = PlainText.clean(draft.text(), TextField.DECISION_TEXT, PlainText.MAX_LENGTH);
        if (text.isEmpty()) {
            throw new RuleViolationException("Beslutstexten är tom. Skriv " + inText(organName) + "s beslut.");
        }
        CaseStage next = current.stage().next();
        Map<Organ, LocalDate> meetings = new EnumMap<>(Organ.class);
        meetings.putAll(current.meetings());
        meetings.put(organ, draft.date());
        if (next.organ() != null && draft.nextMeeting() != null) {
            if (draft.nextMeeting().isBefore(draft.date())) {
                throw new RuleViolationException(template.text(next.organ().nameKey()) + "s sammanträde ("
                        + draft.nextMeeting() + ") kan inte vara före " + inText(organName) + "s beslut ("
                        + draft.date() + ").");
            }
            meetings.put(next.organ(), draft.nextMeeting());
        }
        Instant now = clock.instant();
        Decision decision = new Decision(organ, draft.date(), draft.paragraph(), text, user.username(), now);
        if (!cases.addDecision(id, decision)) {
            int free = cases.highestParagraph(organ, draft.date().getYear()).orElse(0) + 1;
            throw new RuleViolationException("§ " + draft.paragraph() + " är redan använd för " + inText(organName)
                    + " " + draft.date().getYear() + ". Nästa lediga nummer är § " + free + ".");
        }
        List<Decision> decisions = new ArrayList<>(current.decisions());
        decisions.add(decision);
        return save(
                current,
                current.with(current.details(), next, meetings, decisions, current.frozenAt(), user.username(), now),
                user,
                expectedVersion);
    }

    /** The case's tjänsteskrivelse: from the frozen snapshot once sent, else built from the live figures. */
    public ReportDocument document(long id) {
        ReportCase reportCase = get(id);
        Optional<FrozenReport> frozen = reportCase.frozen() ? cases.frozen(id) : Optional.empty();
        if (frozen.isPresent()) {
            return frozen.get().document();
        }
        return documents
                .content(reportCase.node(), reportCase.period(), reportCase.details())
                .toDocument();
    }

    public RenderedDocument tjansteskrivelse(long id, DocumentFormat format) {
        return documents.render(document(id), format);
    }

    /** The protokollsutdrag of the organ's decision on the case, as a file. */
    public RenderedDocument protokollsutdrag(long id, Organ organ, DocumentFormat format) {
        ReportCase reportCase = get(id);
        Decision decision = reportCase
                .decision(organ)
                .orElseThrow(() -> new RuleViolationException("Ärendet " + label(reportCase) + " har inget beslut av "
                        + inText(templates.load().text(organ.nameKey())) + "."));
        FrozenReport frozen = cases.frozen(id)
                .orElseThrow(() -> new IllegalStateException("case " + id + " has a decision but no frozen report"));
        ReportDocument excerpt = ProtokollsutdragBuilder.build(
                templates.load(), organisations.load().require(reportCase.node()), reportCase, decision, frozen);
        return documents.render(excerpt, format);
    }

    /**
     * The figures that moved since the case was frozen, per listed unit and the total, in the frozen report's
     * order (then units listed only now); none for a draft. The live figures are read in the caller's scope.
     */
    public List<FigureChange> changes(long id) {
        ReportCase reportCase = get(id);
        Optional<FrozenReport> frozen = reportCase.frozen() ? cases.frozen(id) : Optional.empty();
        if (frozen.isEmpty()) {
            return List.of();
        }
        FollowUpTable table = followUp.table(reportCase.node(), reportCase.period());
        Map<Optional<UnitCode>, FrozenReport.Row> live = new LinkedHashMap<>();
        for (FollowUpRow row : table.rows()) {
            live.put(
                    Optional.of(row.unit().code()),
                    new FrozenReport.Row(row.unit().code(), row.unit().name(), row.figures()));
        }
        List<FigureChange> changes = new ArrayList<>();
        for (FrozenReport.Row was : frozen.get().rows()) {
            Figures now;
            if (was.unit() == null) {
                now = table.total() == null ? Figures.ZERO : table.total();
            } else {
                FrozenReport.Row row = live.remove(Optional.of(was.unit()));
                now = row == null ? Figures.ZERO : row.figures();
            }
            compare(was.name(), was.figures(), now, changes);
        }
        live.values().forEach(row -> compare(row.name(), Figures.ZERO, row.figures(), changes));
        return changes;
    }

    /**
     * The coming meetings of the organs the caller follows, with the cases on each agenda: every meeting a case
     * waits for (its date set, the organ's decision not yet recorded, so a meeting whose date has passed stays until
     * its decision is recorded), by date. A politician follows the organs of their committees (a KS member: AU and
     * KS; a KF member: KF), everyone else every organ; only cases whose node the caller may read.
     */
    public List<Meeting> comingMeetings() {
        UserAccount user = currentUser.require();
        Set<Organ> organs = followedOrgans(user);
        Map<Organ, TreeMap<LocalDate, List<ReportCase>>> agendas = new EnumMap<>(Organ.class);
        for (ReportCase reportCase : cases()) {
            Organ organ = reportCase.stage().organ();
            Optional<LocalDate> date = reportCase.nextMeeting();
            if (organ != null && organs.contains(organ) && date.isPresent()) {
                agendas.computeIfAbsent(organ, o -> new TreeMap<>())
                        .computeIfAbsent(date.get(), d -> new ArrayList<>())
                        .add(reportCase);
            }
        }
        List<Meeting> meetings = new ArrayList<>();
        agendas.forEach((organ, dates) -> dates.forEach((date, list) -> meetings.add(new Meeting(
                organ,
                date,
                list.stream()
                        .sorted(Comparator.comparing(ReportCase::caseNumber))
                        .toList()))));
        meetings.sort(Comparator.comparing(Meeting::date).thenComparing(Meeting::organ));
        return meetings;
    }

    /** The organs' names as the documents print them. */
    public String organName(Organ organ) {
        currentUser.require();
        return templates.load().text(organ.nameKey());
    }

    /** The kommun's diarienummer pattern (a regular expression); empty when none is set. */
    public String caseNumberPattern() {
        currentUser.require();
        return cases.caseNumberPattern().orElse("");
    }

    /**
     * Whether the caller may set the diarienummer pattern, a kommun-wide setting: an administrator or an economist
     * whose scope is the whole kommun. The page shows the pattern read-only to others.
     */
    public boolean mayEditCaseNumberPattern() {
        return KommunWideAccess.maySetKommunSettings(organisations.load(), currentUser.require());
    }

    /**
     * Sets the diarienummer pattern that new and changed case numbers must match (a Java regular expression over
     * the whole number, e.g. {@code KS/\d{4}:\d+}, matched within a budget: {@link CaseNumberPattern}); blank
     * removes it. A kommun-wide setting: administrators and whole-kommun economists only.
     */
    public String saveCaseNumberPattern(@Nullable String pattern) {
        UserAccount user = KommunWideAccess.requireKommunSettings(
                organisations.load(), currentUser.require(), "set the case number pattern");
        String cleaned = PlainText.clean(pattern, TextField.CASE_NUMBER_PATTERN, CaseNumberPattern.MAX_PATTERN_LENGTH);
        if (!cleaned.isEmpty()) {
            CaseNumberPattern.checkedForSaving(cleaned);
        }
        String before = cases.caseNumberPattern().orElse(null);
        String after = cleaned.isEmpty() ? null : cleaned;
        if (!Objects.equals(before, after)) {
            Instant now = clock.instant();
            cases.saveCaseNumberPattern(after, user.username(), now);
            audit.record(new AuditEntry(user.username(), now, AUDIT_PATTERN, "diarienummer", before, after));
        }
        return cleaned;
    }

    /**
     * The politicians' questions on the case's units for its period, with their answers, in the tree's order (only
     * units the caller may read).
     */
    public List<Question> questions(long id) {
        ReportCase reportCase = get(id);
        Organisation organisation = organisations.load();
        AccessScope scope = scope(currentUser.require());
        List<Question> found = new ArrayList<>();
        for (UnitCode unit : scope.restrict(organisation.subtree(reportCase.node()))) {
            found.addAll(questions.questions(unit, reportCase.period()));
        }
        return found;
    }

    /** The case's audit trail, oldest first. */
    public List<AuditEntry> history(long id) {
        get(id);
        return audit.entriesFor(AUDIT_ENTITY, Long.toString(id));
    }

    private static Set<Organ> followedOrgans(UserAccount user) {
        if (user.has(Role.CHEF) || user.has(Role.EKONOM)) {
            return Set.of(Organ.values());
        }
        Set<Organ> organs = new java.util.HashSet<>();
        for (Organ organ : Organ.values()) {
            if (user.committees().contains(organ.committee())) {
                organs.add(organ);
            }
        }
        return organs;
    }

    private static void compare(String unit, Figures was, Figures now, List<FigureChange> changes) {
        Map<Column, Function<Figures, java.math.BigDecimal>> columns = new EnumMap<>(Column.class);
        columns.put(Column.MONTH_BUDGET, Figures::monthBudget);
        columns.put(Column.MONTH_ACTUAL, Figures::monthActual);
        columns.put(Column.ANNUAL_BUDGET, Figures::annualBudget);
        columns.put(Column.YTD_BUDGET, Figures::ytdBudget);
        columns.put(Column.YTD_ACTUAL, Figures::ytdActual);
        columns.forEach((column, value) -> {
            if (value.apply(was).compareTo(value.apply(now)) != 0) {
                changes.add(new FigureChange(unit, column, value.apply(was), value.apply(now)));
            }
        });
    }

    private Organ waitingOrgan(ReportCase reportCase) {
        Organ organ = reportCase.stage().organ();
        if (organ == null) {
            throw new RuleViolationException(
                    reportCase.stage() == CaseStage.UTKAST
                            ? "Ärendet " + label(reportCase)
                                    + " är ett utkast; skicka det till allmänna utskottet först."
                            : "Ärendet " + label(reportCase) + " är avslutat.");
        }
        return organ;
    }

    private CaseDetails resolve(CaseDetails details, CaseDetails defaults) {
        String caseNumber = PlainText.clean(details.caseNumber(), TextField.CASE_NUMBER, PlainText.MAX_SHORT_LENGTH);
        checkCaseNumber(caseNumber);
        return new CaseDetails(
                caseNumber,
                text(details.title(), "Rubriken", PlainText.MAX_SHORT_LENGTH, defaults.title()),
                text(details.officer(), "Handläggaren", PlainText.MAX_SHORT_LENGTH, defaults.officer()),
                text(details.chief(), "Ansvarig chef", PlainText.MAX_SHORT_LENGTH, defaults.chief()),
                details.date() == null ? defaults.date() : details.date(),
                text(details.proposal(), "Förslaget till beslut", PlainText.MAX_LENGTH, defaults.proposal()),
                text(details.forKnowledge(), "Mottagarna för kännedom", PlainText.MAX_LENGTH, defaults.forKnowledge()),
                text(details.forAction(), "Mottagarna för åtgärd", PlainText.MAX_LENGTH, defaults.forAction()));
    }

    private void checkCaseNumber(String caseNumber) {
        if (caseNumber.isEmpty()) {
            return;
        }
        Optional<String> pattern = cases.caseNumberPattern();
        if (pattern.isPresent() && !CaseNumberPattern.of(pattern.get()).matches(caseNumber)) {
            throw new RuleViolationException("Diarienumret \u201D" + caseNumber + "\u201D följer inte kommunens "
                    + "mönster för diarienummer (" + pattern.get() + "). Skriv numret som registratorn angett.");
        }
    }

    private static String text(@Nullable String value, String field, int maxLength, @Nullable String fallback) {
        String cleaned = PlainText.clean(value, field, maxLength);
        return cleaned.isEmpty() ? Objects.requireNonNullElse(fallback, "") : cleaned;
    }

    private ReportCase current(long id, long expectedVersion) {
        ReportCase current = get(id);
        requireEditor(current.node());
        if (current.version() != expectedVersion) {
            throw new ConcurrentEditException(
                    Problem.of(CaseProblem.CASE_TITLE, label(current)), current, null, expectedVersion);
        }
        return current;
    }

    private ReportCase save(ReportCase before, ReportCase after, UserAccount user, long expectedVersion) {
        if (!cases.update(after, expectedVersion)) {
            ReportCase stored = cases.find(before.id()).orElse(before);
            throw new ConcurrentEditException(
                    Problem.of(CaseProblem.CASE_TITLE, label(before)), stored, null, expectedVersion);
        }
        audit.record(new AuditEntry(
                user.username(),
                after.updatedAt(),
                AUDIT_ENTITY,
                Long.toString(after.id()),
                before.describe(),
                after.describe()));
        return after;
    }

    private UserAccount requireEditor(UnitCode node) {
        UserAccount user = currentUser.require();
        scope(user).requireReadable(node);
        if (!user.enabled() || !user.has(Role.EKONOM)) {
            throw new PermissionDeniedException(user.username(), "change a follow-up case");
        }
        editingScope(user).requireReadable(node);
        return user;
    }

    /**
     * Where the user may change cases: their own units only, as for the monthly reports. The first administrator
     * reads the whole organisation ({@link AccessScope#isWholeOrganisationEconomist}) but edits nothing there.
     */
    private AccessScope editingScope(UserAccount user) {
        return CycleAccess.editingScope(organisations.load(), user);
    }

    private AccessScope scope(UserAccount user) {
        return AccessScope.resolve(organisations.load(), user);
    }

    private static String label(ReportCase reportCase) {
        return reportCase.caseNumber().isBlank() ? "\u201D" + reportCase.title() + "\u201D" : reportCase.caseNumber();
    }

    /** "Allmänna utskottet" → "allmänna utskottet" inside a sentence. */
    private static String inText(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
