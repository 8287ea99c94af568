package se.ekonomiuppfoljning.common;

import org.jspecify.annotations.Nullable;

/**
 * Somebody else saved the same report or action after the caller opened it: the caller's version is stale and
 * nothing was written. Carries what is stored now and what the caller tried to save, so that the UI can show both
 * and the user's text is not lost. The message is Swedish.
 */
public class ConcurrentEditException extends RuntimeException {

    private final transient Object current;
    private final transient @Nullable Object attempted;
    private final long expectedVersion;

    public ConcurrentEditException(String what, Object current, @Nullable Object attempted, long expectedVersion) {
        super(what + " har ändrats av någon annan medan du redigerade (du utgick från version " + expectedVersion
                + "). Inget av dina ändringar har sparats, men din text finns kvar: jämför med den sparade versionen "
                + "och spara igen.");
        this.current = current;
        this.attempted = attempted;
        this.expectedVersion = expectedVersion;
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
