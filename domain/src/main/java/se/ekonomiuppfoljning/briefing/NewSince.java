package se.ekonomiuppfoljning.briefing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * What is new for a user since they last opened a case's briefing. A case they never opened is new, and so is
 * everything in it; otherwise whatever happened at or after the last opening (the stores keep milliseconds, so a
 * moment in the same millisecond counts as new rather than as seen).
 *
 * @param lastRead when the user last opened the case's briefing; null when never
 */
public record NewSince(@Nullable Instant lastRead) {

    public static final NewSince NEVER_READ = new NewSince(null);

    public boolean newCase() {
        return lastRead == null;
    }

    /** Whether something that happened at {@code at} is new to the user; nothing that has not happened is. */
    public boolean isNew(@Nullable Instant at) {
        if (at == null) {
            return false;
        }
        return lastRead == null || !at.truncatedTo(ChronoUnit.MILLIS).isBefore(lastRead.truncatedTo(ChronoUnit.MILLIS));
    }
}
