package se.ekonomiuppfoljning.organisation;

/** A committee's (nämnd's) code, e.g. KS, BUN. */
public record CommitteeCode(String value) {

    public CommitteeCode {
        value = value.strip();
        if (value.isEmpty() || value.length() > 20) {
            throw new IllegalArgumentException("a committee code has 1 to 20 characters: '" + value + "'");
        }
    }

    public static CommitteeCode of(String value) {
        return new CommitteeCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
