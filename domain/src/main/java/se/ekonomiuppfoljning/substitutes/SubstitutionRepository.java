package se.ekonomiuppfoljning.substitutes;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The port to the stored substitutions. */
public interface SubstitutionRepository {

    /** Stores a new substitution and returns it with its id. */
    Substitution add(String chief, String substitute, LocalDate from, LocalDate to);

    Optional<Substitution> find(long id);

    void remove(long id);

    /** The chief's substitutions that end on or after {@code day}, by first day. */
    List<Substitution> ofChief(String chief, LocalDate day);

    /** The substitutions in which the user is the ersättare and that end on or after {@code day}, by first day. */
    List<Substitution> ofSubstitute(String substitute, LocalDate day);

    /** The substitutions in which the user is the ersättare on {@code day}. */
    default List<Substitution> activeFor(String substitute, LocalDate day) {
        return ofSubstitute(substitute, day).stream().filter(s -> s.covers(day)).toList();
    }
}
