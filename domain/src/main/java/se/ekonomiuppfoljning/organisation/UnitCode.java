package se.ekonomiuppfoljning.organisation;

/** A unit's code: the ledger's ansvar code (SIE dimension 1) or, for a higher node, its own short code. */
public record UnitCode(String value) implements Comparable<UnitCode> {

    public static final int MAX_LENGTH = 20;

    public UnitCode {
        value = value.strip();
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a unit code has 1 to " + MAX_LENGTH + " characters: '" + value + "'");
        }
    }

    public static UnitCode of(String value) {
        return new UnitCode(value);
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
