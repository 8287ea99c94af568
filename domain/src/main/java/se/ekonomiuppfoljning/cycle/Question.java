package se.ekonomiuppfoljning.cycle;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.organisation.UnitCode;

/**
 * A politician's question on a unit's deviation before a meeting, and its answer. Plain text.
 *
 * @param askedBy        the user name of who asked
 * @param askedByName    their name as people read it (the stored user's display name; the user name where no user
 *                       is stored by it)
 * @param answeredByName the display name of who answered, as {@code askedByName}; null while unanswered
 */
public record Question(
        long id,
        UnitCode unit,
        Period period,
        String text,
        String askedBy,
        Instant askedAt,
        @Nullable String answer,
        @Nullable String answeredBy,
        @Nullable Instant answeredAt,
        String askedByName,
        @Nullable String answeredByName) {

    /** A question whose people are named by their user names (no stored display names at hand). */
    public Question(
            long id,
            UnitCode unit,
            Period period,
            String text,
            String askedBy,
            Instant askedAt,
            @Nullable String answer,
            @Nullable String answeredBy,
            @Nullable Instant answeredAt) {
        this(id, unit, period, text, askedBy, askedAt, answer, answeredBy, answeredAt, askedBy, answeredBy);
    }

    public boolean answered() {
        return answer != null;
    }
}
