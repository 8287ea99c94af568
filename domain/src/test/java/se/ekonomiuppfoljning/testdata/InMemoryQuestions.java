package se.ekonomiuppfoljning.testdata;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.cycle.Question;
import se.ekonomiuppfoljning.cycle.QuestionRepository;
import se.ekonomiuppfoljning.organisation.UnitCode;

/** The politicians' questions as a list. */
public final class InMemoryQuestions implements QuestionRepository {

    public final List<Question> all = new ArrayList<>();

    @Override
    public Question add(UnitCode unit, Period period, String text, String askedBy, Instant askedAt) {
        Question question = new Question(all.size() + 1, unit, period, text, askedBy, askedAt, null, null, null);
        all.add(question);
        return question;
    }

    @Override
    public boolean answer(long id, String answer, String answeredBy, Instant answeredAt) {
        Question q = all.get((int) id - 1);
        if (q.answered()) {
            return false;
        }
        all.set(
                (int) id - 1,
                new Question(
                        q.id(),
                        q.unit(),
                        q.period(),
                        q.text(),
                        q.askedBy(),
                        q.askedAt(),
                        answer,
                        answeredBy,
                        answeredAt));
        return true;
    }

    @Override
    public boolean changeText(long id, String text) {
        Question q = all.get((int) id - 1);
        if (q.answered()) {
            return false;
        }
        all.set(
                (int) id - 1,
                new Question(q.id(), q.unit(), q.period(), text, q.askedBy(), q.askedAt(), null, null, null));
        return true;
    }

    @Override
    public Optional<Question> find(long id) {
        return id < 1 || id > all.size() ? Optional.empty() : Optional.of(all.get((int) id - 1));
    }

    @Override
    public List<Question> unanswered(java.util.Set<UnitCode> units) {
        return all.stream()
                .filter(q -> !q.answered() && units.contains(q.unit()))
                .toList();
    }

    @Override
    public List<Question> answeredAskedBy(String askedBy, Instant since) {
        return all.stream()
                .filter(q -> q.answered()
                        && q.askedBy().equals(askedBy)
                        && !q.answeredAt().isBefore(since))
                .sorted(java.util.Comparator.comparing(Question::answeredAt).reversed())
                .toList();
    }

    @Override
    public List<Question> forUnit(UnitCode unit, Period period) {
        return all.stream()
                .filter(q -> q.unit().equals(unit) && q.period().equals(period))
                .toList();
    }
}
