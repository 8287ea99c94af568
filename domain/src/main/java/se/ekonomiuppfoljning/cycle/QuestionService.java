package se.ekonomiuppfoljning.cycle;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import se.ekonomiuppfoljning.common.AuditEntry;
import se.ekonomiuppfoljning.common.AuditLog;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.common.PlainText;
import se.ekonomiuppfoljning.common.Problem;
import se.ekonomiuppfoljning.common.RuleViolationException;
import se.ekonomiuppfoljning.common.TextField;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.AccessScope;
import se.ekonomiuppfoljning.security.CurrentUser;
import se.ekonomiuppfoljning.security.PermissionDeniedException;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;

/**
 * A politician asks about a unit's deviation before a meeting; the unit's chief, a reviewer above it or an
 * economist answers; everyone with the unit in scope reads both. Politicians change nothing else.
 */
public class QuestionService {

    private final OrganisationRepository organisations;
    private final QuestionRepository questions;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    public QuestionService(
            OrganisationRepository organisations,
            QuestionRepository questions,
            AuditLog audit,
            CurrentUser currentUser,
            Clock clock) {
        this.organisations = organisations;
        this.questions = questions;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    private static String required(String text, TextField field) {
        String clean = PlainText.clean(text, field);
        if (clean.isEmpty()) {
            throw new RuleViolationException(CycleProblem.TEXT_EMPTY, Problem.of(field));
        }
        return clean;
    }

    public List<Question> questions(UnitCode unit, Period period) {
        UserAccount user = currentUser.require();
        AccessScope.resolve(organisations.load(), user).requireReadable(unit);
        return questions.forUnit(unit, period);
    }

    /**
     * The questions of the units in the period, oldest first, in one read; every unit must be readable by the
     * caller (a briefing lists them per unit).
     */
    public List<Question> questions(Collection<UnitCode> units, Period period) {
        UserAccount user = currentUser.require();
        AccessScope scope = AccessScope.resolve(organisations.load(), user);
        units.forEach(scope::requireReadable);
        if (units.isEmpty()) {
            return List.of();
        }
        return questions.forUnits(new LinkedHashSet<>(units), period);
    }

    /**
     * The questions not yet answered on the units the caller answers for (their chief or economist assignments),
     * of every period, oldest first: what Mina uppgifter lists. Refused to a user without an editing role.
     */
    public List<Question> unanswered() {
        UserAccount user = currentUser.require();
        Organisation organisation = organisations.load();
        if (!CycleAccess.mayEdit(user)) {
            throw new PermissionDeniedException(user.username(), "list the unanswered questions");
        }
        AccessScope readable = AccessScope.resolve(organisation, user);
        AccessScope editing = CycleAccess.editingScope(organisation, user);
        return questions.unanswered(readable.restrict(editing.visibleUnits())).stream()
                .filter(q -> !q.answered() && readable.canRead(q.unit()) && editing.canRead(q.unit()))
                .toList();
    }

    /** Politicians only, on a unit of their committee. */
    public Question ask(UnitCode unit, Period period, String text) {
        UserAccount user = currentUser.require();
        AccessScope.resolve(organisations.load(), user).requireReadable(unit);
        if (!user.has(Role.POLITIKER)) {
            throw new PermissionDeniedException(user.username(), "ask a question");
        }
        String clean = required(text, TextField.QUESTION);
        Question asked = questions.add(unit, period, clean, user.username(), clock.instant());
        audit.record(new AuditEntry(
                        user.username(),
                        clock.instant(),
                        "QUESTION",
                        String.valueOf(asked.id()),
                        null,
                        "fråga=" + clean)
                .withUnit(unit.value()));
        return asked;
    }

    /** The unit's chief, a reviewer above it or an economist with it in scope. */
    public Question answer(long id, String text) {
        UserAccount user = currentUser.require();
        Organisation organisation = organisations.load();
        Question question =
                questions.find(id).orElseThrow(() -> new RuleViolationException(CycleProblem.QUESTION_NOT_FOUND));
        AccessScope.resolve(organisation, user).requireReadable(question.unit());
        if (!CycleAccess.mayEdit(organisation, user, question.unit())
                && !CycleAccess.mayReview(organisation, user, question.unit())) {
            throw new PermissionDeniedException(user.username(), "answer a question");
        }
        String clean = required(text, TextField.ANSWER);
        if (!questions.answer(id, clean, user.username(), clock.instant())) {
            throw new RuleViolationException(CycleProblem.QUESTION_ALREADY_ANSWERED);
        }
        audit.record(new AuditEntry(
                        user.username(),
                        clock.instant(),
                        "QUESTION",
                        String.valueOf(id),
                        "fråga=" + question.text(),
                        "svar=" + clean)
                .withUnit(question.unit().value()));
        return questions.find(id).orElseThrow();
    }

    /** Whether the caller may change the question: they asked it, as a politician, and it is unanswered. */
    public boolean mayChange(Question question) {
        UserAccount user = currentUser.require();
        return user.has(Role.POLITIKER) && question.askedBy().equals(user.username()) && !question.answered();
    }

    /**
     * The politician who asked changes their question's text while it is unanswered; nobody else may, and an
     * answered question stays as it was answered.
     */
    public Question edit(long id, String text) {
        UserAccount user = currentUser.require();
        Question question =
                questions.find(id).orElseThrow(() -> new RuleViolationException(CycleProblem.QUESTION_NOT_FOUND));
        AccessScope.resolve(organisations.load(), user).requireReadable(question.unit());
        if (!user.has(Role.POLITIKER) || !question.askedBy().equals(user.username())) {
            throw new PermissionDeniedException(user.username(), "change another user's question");
        }
        String clean = required(text, TextField.QUESTION);
        if (question.answered() || !questions.changeText(id, clean)) {
            throw new RuleViolationException(CycleProblem.QUESTION_ANSWERED_LOCKED);
        }
        audit.record(new AuditEntry(
                        user.username(),
                        clock.instant(),
                        "QUESTION",
                        String.valueOf(id),
                        "fråga=" + question.text(),
                        "fråga=" + clean)
                .withUnit(question.unit().value()));
        return questions.find(id).orElseThrow();
    }
}
