package se.ekonomiuppfoljning.reports.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.ekonomiuppfoljning.common.AuditLog;
import se.ekonomiuppfoljning.common.PlainText;
import se.ekonomiuppfoljning.common.RuleViolationException;
import se.ekonomiuppfoljning.common.TextField;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.reports.PhraseValues;
import se.ekonomiuppfoljning.reports.ReportTemplate;
import se.ekonomiuppfoljning.reports.ReportTemplateRepository;
import se.ekonomiuppfoljning.security.CurrentUser;
import se.ekonomiuppfoljning.security.UserAccount;

/**
 * The organs' decisions on a sent case: the § and the decision text proposed for the organ the case waits for (the
 * next free number of the organ's year), and recording the decision, which moves the case on (after KF's decision it
 * is closed). Everyone with the case's node in scope reads the proposals; only an economist with the node in scope
 * records a decision, versioned and audited.
 */
public class CaseDecisionService {

    private final OrganisationRepository organisations;
    private final CaseRepository cases;
    private final ReportTemplateRepository templates;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final CaseAccess access;
    private final CaseEdits edits;

    public CaseDecisionService(
            OrganisationRepository organisations,
            CaseRepository cases,
            ReportTemplateRepository templates,
            AuditLog audit,
            CurrentUser currentUser,
            Clock clock) {
        this.organisations = organisations;
        this.cases = cases;
        this.templates = templates;
        this.currentUser = currentUser;
        this.clock = clock;
        this.access = new CaseAccess(organisations, cases, currentUser);
        this.edits = new CaseEdits(access, cases, audit);
    }

    /** The § the service proposes for the decision the case waits for: the organ's next free number that year. */
    public int proposedParagraph(long id) {
        ReportCase reportCase = access.readable(id);
        Organ organ = waitingOrgan(reportCase);
        int year = reportCase.nextMeeting().orElse(LocalDate.now(clock)).getYear();
        return cases.highestParagraph(organ, year).orElse(0) + 1;
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
        LocalDate date = draft.date();
        if (date == null) {
            throw new RuleViolationException(CaseProblem.DECISION_DATE_MISSING, organName);
        }
        if (draft.paragraph() < 1) {
            throw new RuleViolationException(CaseProblem.PARAGRAPH_BELOW_ONE, draft.paragraph());
        }
        String text = PlainText.clean(draft.text(), TextField.DECISION_TEXT, PlainText.MAX_LENGTH);
        if (text.isEmpty()) {
            throw new RuleViolationException(CaseProblem.DECISION_TEXT_EMPTY, organName);
        }
        CaseStage next = current.stage().next();
        Map<Organ, LocalDate> meetings = new EnumMap<>(Organ.class);
        meetings.putAll(current.meetings());
        meetings.put(organ, date);
        Organ nextOrgan = next.organ();
        LocalDate nextMeeting = draft.nextMeeting();
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
        Instant now = clock.instant();
        Decision decision = new Decision(organ, date, draft.paragraph(), text, user.username(), now);
        if (!cases.addDecision(id, decision)) {
            int free = cases.highestParagraph(organ, date.getYear()).orElse(0) + 1;
            throw new RuleViolationException(
                    CaseProblem.PARAGRAPH_TAKEN, draft.paragraph(), organName, date.getYear(), free);
        }
        List<Decision> decisions = new ArrayList<>(current.decisions());
        decisions.add(decision);
        return edits.save(
                current,
                current.with(current.details(), next, meetings, decisions, current.frozenAt(), user.username(), now),
                user,
                expectedVersion);
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
