package se.ekonomiuppfoljning.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator asks of the audit trail; every part is optional (null or blank = any).
 *
 * @param actor who did it, by user name (compared without regard to case)
 * @param unit  the code of the unit an entry concerns
 * @param kind  the kind of entity, e.g. {@code UNIT_REPORT}, {@code USER}
 * @param from  the first day, in the kommun's time zone
 * @param to    the last day, inclusive
 */
public record AuditFilter(
        @Nullable String actor,
        @Nullable String unit,
        @Nullable String kind,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {

    public AuditFilter {
        actor = blankToNull(actor);
        unit = blankToNull(unit);
        kind = blankToNull(kind);
    }

    /** Everything. */
    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
