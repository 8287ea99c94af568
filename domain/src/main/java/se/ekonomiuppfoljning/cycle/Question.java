package se.ekonomiuppfoljning.cycle;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.organisation.UnitCode;

/** A politician's question on a unit's deviation before a meeting, and its answer. Plain text. */
public record Question(
        long id,
        UnitCode unit,
        Period period,
        String text,
        String askedBy,
        Instant askedAt,
        @Nullable String answer,
        @Nullable String answeredBy,
        @Nullable Instant answeredAt) {

    public boolean answered() {
        return answer != null;
    }
}
