package se.ekonomiuppfoljning.common;

import org.jspecify.annotations.Nullable;

/**
 * Somebody else saved the same report or action after the caller opened it: the caller's version is stale and
 * nothing was written. Carries what is stored now and what the caller tried to save, so that the UI can show both
 * and the user's text is not lost. The words are in the bundles ({@link #problem()}).
 */
public class ConcurrentEditException extends RuntimeException {

    private final transient Object current;
    private final transient @Nullable Object attempted;
    private final long expectedVersion;

    private final Problem problem;

    /** {@code what} names what was edited (e.g. "the report of unit X for March") as a problem of its feature. */
    public ConcurrentEditException(Problem what, Object current, @Nullable Object attempted, long expectedVersion) {
        super("stale version " + expectedVersion + " of " + what);
        this.problem = Problem.of(CommonProblem.CONCURRENT_EDIT, what, expectedVersion);
        this.current = current;
        this.attempted = attempted;
        this.expectedVersion = expectedVersion;
    }

    /** What the user is told: that somebody else saved first, nothing of theirs was saved, and their text is kept. */
    public Problem problem() {
        return problem;
    }

    /** What is stored now (a {@code UnitReport} or an {@code Action}). */
    public Object current() {
        return current;
    }

    public <T> T current(Class<T> type) {
        return type.cast(current);
    }

    /** What the caller tried to save (a {@code ReportEdit}, an {@code ActionDraft}), or null for a state change. */
    public @Nullable Object attempted() {
        return attempted;
    }

    public long expectedVersion() {
        return expectedVersion;
    }
}
