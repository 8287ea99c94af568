package se.ekonomiuppfoljning.substitutes;

import java.time.LocalDate;

/**
 * A chief's ersättare for a range of days, both inclusive, in the kommun's time zone.
 *
 * @param chief      the user name of the chief whose units the substitute acts for
 * @param substitute the user name of the ersättare
 */
public record Substitution(long id, String chief, String substitute, LocalDate from, LocalDate to) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    public boolean overlaps(LocalDate otherFrom, LocalDate otherTo) {
        return !otherTo.isBefore(from) && !otherFrom.isAfter(to);
    }

    /** The text of the audit trail, e.g. {@code chief=hrchef; substitute=kommundirektor; from=2026-07-01; to=2026-07-31}. */
    public String describe() {
        return "chief=" + chief + "; substitute=" + substitute + "; from=" + from + "; to=" + to;
    }
}
