package se.ekonomiuppfoljning.cycle;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.organisation.UnitCode;

/** The port for politicians' questions. */
public interface QuestionRepository {

    /** Stores a new question and returns it with its id. */
    Question add(UnitCode unit, Period period, String text, String askedBy, Instant askedAt);

    /** Sets the answer of an unanswered question; false when it was answered meanwhile. */
    boolean answer(long id, String answer, String answeredBy, Instant answeredAt);

    /** Changes the text of a question not yet answered; false when it was answered meanwhile. */
    boolean changeText(long id, String text);

    Optional<Question> find(long id);

    /** The questions not yet answered on the units, of every period, oldest first. */
    List<Question> unanswered(Set<UnitCode> units);

    /** The questions {@code askedBy} asked that were answered at or after {@code since}, newest answer first. */
    List<Question> answeredAskedBy(String askedBy, Instant since);

    /** A unit's questions of a period, oldest first. */
    List<Question> forUnit(UnitCode unit, Period period);

    /** The units' questions of a period, oldest first, in one read (an adapter overrides the loop). */
    default List<Question> forUnits(Set<UnitCode> units, Period period) {
        return units.stream()
                .flatMap(unit -> forUnit(unit, period).stream())
                .sorted(java.util.Comparator.comparing(Question::askedAt).thenComparing(Question::id))
                .toList();
    }
}
