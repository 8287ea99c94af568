package se.ekonomiuppfoljning.organisation;

import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.Problem;

/**
 * A unit's code: the ledger's ansvar code (SIE dimension 1) or, for a higher node, its own short code. Held in its
 * canonical form ({@link LedgerCode}: stripped, upper case, letters, digits and {@code - _ .}), so two codes are equal
 * exactly when the database's {@code utf8mb4_swedish_ci} says so: {@code sbf} is the unit SBF, never a new one.
 */
public record UnitCode(String value) implements Comparable<UnitCode> {

    public static final int MAX_LENGTH = 20;

    public UnitCode {
        value = LedgerCode.canonical(OrganisationProblem.UNIT_CODE, value, MAX_LENGTH);
    }

    public static UnitCode of(String value) {
        return new UnitCode(value);
    }

    /** What is wrong with {@code text} as a unit code, as a problem, or null where it is one. */
    public static @Nullable Problem problem(String text) {
        return LedgerCode.problem(OrganisationProblem.UNIT_CODE, text, MAX_LENGTH);
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
