package se.ekonomiuppfoljning.reports.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import se.ekonomiuppfoljning.actions.Action;
import se.ekonomiuppfoljning.actions.ActionDraft;
import se.ekonomiuppfoljning.actions.ActionService;
import se.ekonomiuppfoljning.actions.ActionStatus;
import se.ekonomiuppfoljning.actions.ActionView;
import se.ekonomiuppfoljning.actions.DecisionLevel;
import se.ekonomiuppfoljning.actions.DecisionReference;
import se.ekonomiuppfoljning.common.AuditEntry;
import se.ekonomiuppfoljning.common.AuditLog;
import se.ekonomiuppfoljning.common.PlainText;
import se.ekonomiuppfoljning.common.RuleViolationException;
import se.ekonomiuppfoljning.common.TextField;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.reports.PhraseValues;
import se.ekonomiuppfoljning.reports.ReportTemplate;
import se.ekonomiuppfoljning.reports.ReportTemplateRepository;
import se.ekonomiuppfoljning.security.CurrentUser;
import se.ekonomiuppfoljning.security.PermissionDeniedException;
import se.ekonomiuppfoljning.security.UserAccount;

/**
 * The organs' decisions on a sent case: the § and the decision text proposed for the organ the case waits for (the
 * next number of the organ's year: its own numbering where an economist set it, else after the highest § recorded),
 * and recording the decision, which moves the case on (after KF's decision it is closed), or correcting a recorded
 * one. A decision may decide the proposed political åtgärder of the case's units: each is recorded as decided with the
 * decision's organ, date and § through {@link ActionService} (its scope and four-eyes rules), and follows a
 * correction. Everyone with the case's node in scope reads the proposals; only an economist with the node in scope
 * records or corrects a decision, versioned and audited.
 */
public class CaseDecisionService {

    /** The audit trail's entity of an organ's numbering of its decisions (its id: "KS 2026"). */
    public static final String AUDIT_NUMBERING = "PARAGRAPH_NUMBERING";

    private final OrganisationRepository organisations;
    private final CaseRepository cases;
    private final ReportTemplateRepository templates;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final CaseAccess access;
    private final CaseEdits edits;
    private final AuditLog audit;
    private final ActionService actions;

    public CaseDecisionService(
            OrganisationRepository organisations,
            CaseRepository cases,
            ReportTemplateRepository templates,
            ActionService actions,
            AuditLog audit,
            CurrentUser currentUser,
            Clock clock) {
        this.organisations = organisations;
        this.actions = actions;
        this.audit = audit;
        this.cases = cases;
        this.templates = templates;
        this.currentUser = currentUser;
        this.clock = clock;
        this.access = new CaseAccess(organisations, cases, currentUser);
        this.edits = new CaseEdits(access, cases, audit);
    }

    /**
     * The § the service proposes for the decision the case waits for: the organ's next number that year (its own
     * numbering where an economist set it, else after the highest § recorded, whichever is higher).
     */
    public int proposedParagraph(long id) {
        ReportCase reportCase = access.readable(id);
        Organ organ = waitingOrgan(reportCase);
        int year = reportCase.nextMeeting().orElse(LocalDate.now(clock)).getYear();
        return numbering(organ, year).next();
    }

    /** Each organ's numbering in the year: the § proposed next and whether the organ's own number is set. */
    public List<ParagraphNumbering> paragraphNumbering(int year) {
        currentUser.require();
        List<ParagraphNumbering> numberings = new ArrayList<>();
        for (Organ organ : Organ.values()) {
            numberings.add(numbering(organ, year));
        }
        return numberings;
    }

    /** Whether the caller may set the organs' numbering: an economist who records decisions (with units of their own). */
    public boolean maySetParagraphNumbering() {
        return !access.creatableNodes().isEmpty();
    }

    /**
     * Sets the organ's own next § for the year, from its protocol ("KS 2026, nästa § 31"), which the portal then
     * proposes and moves on as decisions are recorded. For an economist who records decisions; refused: a § below 1,
     * a year outside 2000–2999, a § the portal already recorded for the organ that year. Audited.
     */
    /** The decision's date, and its § checked (1 to {@link #MAX_PARAGRAPH}): a draft without them is refused. */
    private static LocalDate decisionDate(DecisionDraft draft, String organName) {
        LocalDate date = draft.date();
        if (date == null) {
            throw new RuleViolationException(CaseProblem.DECISION_DATE_MISSING, organName);
        }
        if (draft.paragraph() < 1) {
            throw new RuleViolationException(CaseProblem.PARAGRAPH_BELOW_ONE, draft.paragraph());
        }
        if (draft.paragraph() > MAX_PARAGRAPH) {
            throw new RuleViolationException(CaseProblem.PARAGRAPH_TOO_HIGH, draft.paragraph(), MAX_PARAGRAPH);
        }
        return date;
    }

    /** The decision's text as stored; an empty one is refused. */
    private static String decisionText(DecisionDraft draft, String organName) {
        String text = PlainText.clean(draft.text(), TextField.DECISION_TEXT, PlainText.MAX_LENGTH);
        if (text.isEmpty()) {
            throw new RuleViolationException(CaseProblem.DECISION_TEXT_EMPTY, organName);
        }
        return text;
    }

    /** No organ numbers a year's decisions beyond this; a higher "next §" is a typing error. */
    static final int MAX_PARAGRAPH = 9999;

    public ParagraphNumbering setNextParagraph(Organ organ, int year, int next) {
        UserAccount user = currentUser.require();
        if (access.creatableNodes().isEmpty()) {
            throw new PermissionDeniedException(user.username(), "set the numbering of " + organ);
        }
        if (year < 2000 || year > 2999) {
            throw new RuleViolationException(CaseProblem.NUMBERING_YEAR_INVALID, year);
        }
        if (next < 1) {
            throw new RuleViolationException(CaseProblem.PARAGRAPH_BELOW_ONE, next);
        }
        if (next > MAX_PARAGRAPH) {
            throw new RuleViolationException(CaseProblem.PARAGRAPH_TOO_HIGH, next, MAX_PARAGRAPH);
        }
        int free = cases.highestParagraph(organ, year).orElse(0) + 1;
        if (next < free) {
            throw new RuleViolationException(
                    CaseProblem.PARAGRAPH_TAKEN,
                    next,
                    CaseAccess.inText(organName(templates.load(), organ)),
                    year,
                    free);
        }
        OptionalInt before = cases.nextParagraph(organ, year);
        if (before.isEmpty() || before.getAsInt() != next) {
            Instant now = clock.instant();
            cases.saveNextParagraph(organ, year, next, user.username(), now);
            audit.record(new AuditEntry(
                    user.username(),
                    now,
                    AUDIT_NUMBERING,
                    organ.name() + " " + year,
                    before.isEmpty() ? null : "§ " + before.getAsInt(),
                    "§ " + next));
        }
        return numbering(organ, year);
    }

    /**
     * The proposed political åtgärder of the case's units (as far as the caller reads them) that the decision the
     * case waits for may decide, in the tree's order.
     */
    public List<ActionView> actionsForDecision(long id) {
        ReportCase reportCase = access.readable(id);
        waitingOrgan(reportCase);
        return decidableActions(reportCase);
    }

    /**
     * The proposed political åtgärder of the case's units (as far as the caller reads them) that a decision already
     * recorded on the case may be linked to, when it is corrected: an åtgärd proposed after the meeting, or forgotten
     * when the decision was recorded, is then decided once, by that decision.
     */
    public List<ActionView> actionsToLink(long id) {
        return decidableActions(access.readable(id));
    }

    private List<ActionView> decidableActions(ReportCase reportCase) {
        List<ActionView> found = new ArrayList<>();
        Organisation organisation = organisations.load();
        for (UnitCode unit : access.scope(currentUser.require()).restrict(organisation.subtree(reportCase.node()))) {
            for (ActionView view : actions.openActions(unit)) {
                if (decidable(view.action())) {
                    found.add(view);
                }
            }
        }
        return found;
    }

    /**
     * The decision text proposed for the organ the case waits for: AU's is the case's förslag till beslut, KS's
     * and KF's come from the template.
     */
    public String proposedDecisionText(long id) {
        ReportCase reportCase = access.readable(id);
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
        ReportCase current = edits.current(id, expectedVersion);
        UserAccount user = access.requireEditor(current.node());
        Organ organ = waitingOrgan(current);
        ReportTemplate template = templates.load();
        String organName = CaseAccess.inText(template.text(organ.nameKey()));
        LocalDate date = decisionDate(draft, organName);
        String text = decisionText(draft, organName);
        CaseStage next = current.stage().next();
        Map<Organ, LocalDate> meetings = new EnumMap<>(Organ.class);
        meetings.putAll(current.meetings());
        meetings.put(organ, date);
        Organ nextOrgan = next.organ();
        LocalDate nextMeeting = draft.nextMeeting();
        if (nextOrgan != null && nextMeeting == null) {
            throw new RuleViolationException(
                    CaseProblem.NEXT_MEETING_MISSING, template.text(nextOrgan.nameKey()), organName);
        }
        if (nextOrgan != null && nextMeeting != null) {
            if (nextMeeting.isBefore(date)) {
                throw new RuleViolationException(
                        CaseProblem.NEXT_MEETING_BEFORE_DECISION,
                        template.text(nextOrgan.nameKey()),
                        nextMeeting.toString(),
                        organName,
                        date.toString());
            }
            meetings.put(nextOrgan, nextMeeting);
        }
        List<Action> decided = checkedActions(current, draft.actions());
        Instant now = clock.instant();
        Decision decision = new Decision(organ, date, draft.paragraph(), text, user.username(), now);
        if (!cases.addDecision(id, decision)) {
            int free = cases.highestParagraph(organ, date.getYear()).orElse(0) + 1;
            throw new RuleViolationException(
                    CaseProblem.PARAGRAPH_TAKEN, draft.paragraph(), organName, date.getYear(), free);
        }
        advanceNumbering(organ, date.getYear(), draft.paragraph(), user, now);
        List<Decision> decisions = new ArrayList<>(current.decisions());
        decisions.add(decision);
        ReportCase saved = edits.save(
                current,
                current.with(current.details(), next, meetings, decisions, current.frozenAt(), user.username(), now),
                user,
                expectedVersion);
        for (Action action : decided) {
            actions.update(action.id(), draft(action, ActionStatus.BESLUTAD, reference(decision)), action.version());
        }
        return saved;
    }

    /**
     * Corrects the organ's recorded decision (its date, § and text; the case stays where it is): for whoever may
     * record decisions, audited before → after. The åtgärder recorded as decided by it follow, and the proposed
     * political åtgärder chosen in the draft are linked to it (decided by it), under the same rules as when a decision
     * is recorded. Refused as a new decision is, and when the organ has no decision on the case.
     */
    public ReportCase correctDecision(long id, Organ organ, DecisionDraft draft, long expectedVersion) {
        ReportCase current = edits.current(id, expectedVersion);
        UserAccount user = access.requireEditor(current.node());
        Decision before = current.decision(organ)
                .orElseThrow(() -> new RuleViolationException(
                        CaseProblem.NO_DECISION,
                        CaseAccess.title(current),
                        CaseAccess.inText(organName(templates.load(), organ))));
        ReportTemplate template = templates.load();
        String organName = CaseAccess.inText(template.text(organ.nameKey()));
        LocalDate date = decisionDate(draft, organName);
        String text = decisionText(draft, organName);
        Organ nextOrgan = CaseStage.of(organ).next().organ();
        LocalDate nextMeeting = nextOrgan == null ? null : current.meetings().get(nextOrgan);
        if (nextOrgan != null && nextMeeting != null && nextMeeting.isBefore(date)) {
            throw new RuleViolationException(
                    CaseProblem.NEXT_MEETING_BEFORE_DECISION,
                    template.text(nextOrgan.nameKey()),
                    nextMeeting.toString(),
                    organName,
                    date.toString());
        }
        List<Action> linked = checkedActions(current, draft.actions());
        Instant now = clock.instant();
        Decision corrected = new Decision(organ, date, draft.paragraph(), text, user.username(), now);
        if (!cases.replaceDecision(id, corrected)) {
            int free = cases.highestParagraph(organ, date.getYear()).orElse(0) + 1;
            throw new RuleViolationException(
                    CaseProblem.PARAGRAPH_TAKEN, draft.paragraph(), organName, date.getYear(), free);
        }
        advanceNumbering(organ, date.getYear(), draft.paragraph(), user, now);
        Map<Organ, LocalDate> meetings = new EnumMap<>(Organ.class);
        meetings.putAll(current.meetings());
        meetings.put(organ, date);
        List<Decision> decisions = new ArrayList<>();
        for (Decision d : current.decisions()) {
            decisions.add(d.organ() == organ ? corrected : d);
        }
        ReportCase saved = edits.save(
                current,
                current.with(
                        current.details(),
                        current.stage(),
                        meetings,
                        decisions,
                        current.frozenAt(),
                        user.username(),
                        now),
                user,
                expectedVersion);
        followCorrection(current, reference(before), reference(corrected));
        for (Action action : linked) {
            actions.update(action.id(), draft(action, ActionStatus.BESLUTAD, reference(corrected)), action.version());
        }
        return saved;
    }

    /** The organ's numbering in the year: its own next § where set, else after the highest recorded. */
    private ParagraphNumbering numbering(Organ organ, int year) {
        int free = cases.highestParagraph(organ, year).orElse(0) + 1;
        OptionalInt own = cases.nextParagraph(organ, year);
        return new ParagraphNumbering(organ, year, Math.max(free, own.orElse(0)), own.isPresent());
    }

    /** The organ's own numbering moves past a § recorded at or after it. */
    private void advanceNumbering(Organ organ, int year, int paragraph, UserAccount user, Instant now) {
        OptionalInt own = cases.nextParagraph(organ, year);
        if (own.isPresent() && paragraph >= own.getAsInt()) {
            cases.saveNextParagraph(organ, year, paragraph + 1, user.username(), now);
        }
    }

    private static DecisionReference reference(Decision decision) {
        return new DecisionReference(decision.organ().name(), decision.date(), decision.paragraph());
    }

    private static boolean decidable(Action action) {
        return action.decisionLevel() == DecisionLevel.POLITISK_NIVA && action.status() == ActionStatus.FORESLAGEN;
    }

    /**
     * The chosen åtgärder, each a proposed political one of the case's units that the caller may decide (the åtgärd
     * rules: a reviewer of its unit who did not propose it); checked before anything is stored.
     */
    private List<Action> checkedActions(ReportCase reportCase, List<Long> ids) {
        Organisation organisation = organisations.load();
        List<Action> checked = new ArrayList<>();
        for (long actionId : ids) {
            ActionView view = actions.action(actionId);
            Action action = view.action();
            if (!decidable(action) || !organisation.isWithin(action.unit(), reportCase.node())) {
                throw new RuleViolationException(CaseProblem.ACTION_NOT_FOR_DECISION, action.what());
            }
            if (!actions.mayDecide(view)) {
                throw new PermissionDeniedException(currentUser.require().username(), "decide action " + actionId);
            }
            actions.fourEyesRefusal(view).ifPresent(reason -> {
                throw new RuleViolationException(reason);
            });
            checked.add(action);
        }
        return checked;
    }

    /** The open åtgärder of the case's units recorded as decided by the corrected decision take its new reference. */
    private void followCorrection(ReportCase reportCase, DecisionReference before, DecisionReference after) {
        if (before.equals(after)) {
            return;
        }
        Organisation organisation = organisations.load();
        for (UnitCode unit : access.scope(currentUser.require()).restrict(organisation.subtree(reportCase.node()))) {
            for (ActionView view : actions.openActions(unit)) {
                Action action = view.action();
                if (before.equals(action.decision())) {
                    actions.update(action.id(), draft(action, action.status(), after), action.version());
                }
            }
        }
    }

    private static ActionDraft draft(Action action, ActionStatus status, DecisionReference reference) {
        return new ActionDraft(
                action.what(),
                action.cause(),
                action.responsible(),
                action.dueDate(),
                action.expectedEffect(),
                action.decisionLevel(),
                status,
                reference);
    }

    private static String organName(ReportTemplate template, Organ organ) {
        return template.text(organ.nameKey());
    }

    /** The organs' names as the documents print them. */
    public String organName(Organ organ) {
        currentUser.require();
        return templates.load().text(organ.nameKey());
    }

    private static Organ waitingOrgan(ReportCase reportCase) {
        Organ organ = reportCase.stage().organ();
        if (organ == null) {
            throw new RuleViolationException(
                    reportCase.stage() == CaseStage.UTKAST ? CaseProblem.DRAFT_NOT_SENT : CaseProblem.CLOSED,
                    CaseAccess.title(reportCase));
        }
        return organ;
    }
}
