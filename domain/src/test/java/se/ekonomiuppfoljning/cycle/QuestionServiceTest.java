package se.ekonomiuppfoljning.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.ekonomiuppfoljning.testdata.SeedKommun.IT;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KOMMUN;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KS;
import static se.ekonomiuppfoljning.testdata.SeedKommun.OVERFORMYNDAR;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.common.AuditEntry;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.common.Problem;
import se.ekonomiuppfoljning.common.RuleViolationException;
import se.ekonomiuppfoljning.common.TextField;
import se.ekonomiuppfoljning.security.OutOfScopeException;
import se.ekonomiuppfoljning.security.PermissionDeniedException;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.testdata.FixedOrganisation;
import se.ekonomiuppfoljning.testdata.InMemoryAuditLog;
import se.ekonomiuppfoljning.testdata.InMemoryQuestions;
import se.ekonomiuppfoljning.testdata.SeedKommun;

class QuestionServiceTest {

    private static final Period FEBRUARY = new Period(2026, 2);

    private final InMemoryQuestions questions = new InMemoryQuestions();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final AtomicReference<UserAccount> caller = new AtomicReference<>();
    private final QuestionService service = new QuestionService(
            new FixedOrganisation(SeedKommun.organisation()),
            questions,
            audit,
            caller::get,
            Clock.fixed(Instant.parse("2026-03-05T09:00:00Z"), ZoneId.of("Europe/Stockholm")));

    @Test
    void a_politician_asks_the_chief_answers_and_both_are_audited() {
        caller.set(SeedKommun.politician("anna", KS));
        Question asked = service.ask(OVERFORMYNDAR, FEBRUARY, "  Varför ökar arvodena?\r\n");
        assertThat(asked.text()).isEqualTo("Varför ökar arvodena?");

        caller.set(SeedKommun.chief("eva", OVERFORMYNDAR));
        Question answered = service.answer(asked.id(), "Fler ärenden.");
        assertThat(answered.answeredBy()).isEqualTo("eva");
        assertThat(service.questions(OVERFORMYNDAR, FEBRUARY))
                .singleElement()
                .extracting(Question::answer)
                .isEqualTo("Fler ärenden.");
        assertThat(audit.entries)
                .extracting(AuditEntry::after)
                .containsExactly("fråga=Varför ökar arvodena?", "svar=Fler ärenden.");
    }

    @Test
    void only_politicians_ask_and_only_the_unit_or_a_reviewer_answers() {
        caller.set(SeedKommun.chief("eva", OVERFORMYNDAR));
        assertThatThrownBy(() -> service.ask(OVERFORMYNDAR, FEBRUARY, "?"))
                .isInstanceOf(PermissionDeniedException.class);

        caller.set(SeedKommun.politician("anna", KS));
        long id = service.ask(OVERFORMYNDAR, FEBRUARY, "Varför?").id();
        assertThatThrownBy(() -> service.answer(id, "Därför.")).isInstanceOf(PermissionDeniedException.class);

        caller.set(SeedKommun.chief("per", IT));
        assertThatThrownBy(() -> service.answer(id, "Därför.")).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> service.questions(OVERFORMYNDAR, FEBRUARY)).isInstanceOf(OutOfScopeException.class);

        caller.set(SeedKommun.chief("johan", KOMMUN));
        service.answer(id, "Därför.");
        assertThatThrownBy(() -> service.answer(id, "Igen."))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.problem().code()).isEqualTo(CycleProblem.QUESTION_ALREADY_ANSWERED));
    }

    @Test
    void only_the_asking_politician_changes_the_question_and_only_until_it_is_answered() {
        caller.set(SeedKommun.politician("anna", KS));
        Question asked = service.ask(OVERFORMYNDAR, FEBRUARY, "Varför ökar arvodena?");
        assertThat(service.edit(asked.id(), "Varför ökar arvodena så mycket?").text())
                .isEqualTo("Varför ökar arvodena så mycket?");

        caller.set(SeedKommun.politician("bo", KS));
        assertThatThrownBy(() -> service.edit(asked.id(), "Min text")).isInstanceOf(PermissionDeniedException.class);
        caller.set(SeedKommun.chief("eva", OVERFORMYNDAR));
        assertThatThrownBy(() -> service.edit(asked.id(), "Min text")).isInstanceOf(PermissionDeniedException.class);
        service.answer(asked.id(), "Fler ärenden.");

        caller.set(SeedKommun.politician("anna", KS));
        assertThatThrownBy(() -> service.edit(asked.id(), "Ny text"))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.problem().code()).isEqualTo(CycleProblem.QUESTION_ANSWERED_LOCKED));
        assertThat(questions.find(asked.id()).orElseThrow().text()).isEqualTo("Varför ökar arvodena så mycket?");
        assertThat(audit.entriesFor("QUESTION", String.valueOf(asked.id())))
                .extracting(AuditEntry::after)
                .contains("fråga=Varför ökar arvodena så mycket?");
    }

    @Test
    void an_empty_question_is_refused_in_swedish() {
        caller.set(SeedKommun.politician("anna", KS));
        assertThatThrownBy(() -> service.ask(OVERFORMYNDAR, FEBRUARY, "   "))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.problem())
                                .isEqualTo(Problem.of(CycleProblem.TEXT_EMPTY, Problem.of(TextField.QUESTION))));
        assertThat(questions.all).isEmpty();
    }

    @Test
    void a_chief_lists_the_unanswered_questions_on_their_units_only_and_a_politician_is_refused() {
        caller.set(SeedKommun.politician("anna", KS));
        long onOverformyndar =
                service.ask(OVERFORMYNDAR, FEBRUARY, "Varför ökar arvodena?").id();
        long onIt = service.ask(IT, FEBRUARY, "Varför så låga kostnader?").id();
        long answered = service.ask(OVERFORMYNDAR, new Period(2026, 1), "Och i januari?")
                .id();
        caller.set(SeedKommun.chief("eva", OVERFORMYNDAR));
        service.answer(answered, "Som budgeterat.");

        assertThat(service.unanswered()).extracting(Question::id).containsExactly(onOverformyndar);

        caller.set(SeedKommun.chief("per", IT));
        assertThat(service.unanswered()).extracting(Question::id).containsExactly(onIt);

        caller.set(SeedKommun.chief("johan", KOMMUN)); // the kommundirektör answers for every unit
        assertThat(service.unanswered()).extracting(Question::id).containsExactly(onOverformyndar, onIt);

        caller.set(SeedKommun.economist("tove", SeedKommun.SBF)); // another committee's economist
        assertThat(service.unanswered()).isEmpty();

        caller.set(SeedKommun.politician("anna", KS)); // asks, never answers
        assertThatThrownBy(service::unanswered).isInstanceOf(PermissionDeniedException.class);
    }
}
