package se.ekonomiuppfoljning.organisation;

import org.jspecify.annotations.Nullable;

/**
 * A unit's code: the ledger's ansvar code (SIE dimension 1) or, for a higher node, its own short code. Held in its
 * canonical form ({@link LedgerCode}: stripped, upper case, letters, digits and {@code - _ .}), so two codes are equal
 * exactly when the database's {@code utf8mb4_swedish_ci} says so: {@code sbf} is the unit SBF, never a new one.
 */
public record UnitCode(String value) implements Comparable<UnitCode> {

    public static final int MAX_LENGTH = 20;

    public UnitCode {
        value = LedgerCode.canonical("ansvarskoden", value, MAX_LENGTH);
    }

    public static UnitCode of(String value) {
        return new UnitCode(value);
    }

    /** What is wrong with {@code text} as a unit code, in Swedish, or null where it is one. */
    public static @Nullable String problem(String text) {
        return LedgerCode.problem("ansvarskoden", text, MAX_LENGTH);
    }

    @Override
    public int compareTo(UnitCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
