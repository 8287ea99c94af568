package se.ekonomiuppfoljning.organisation;

import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.Problem;

/**
 * A committee's (nämnd's) code, e.g. KS, BUN. Canonical like a unit code ({@link LedgerCode}): {@code ks} is KS, as
 * the database's case-insensitive comparison has it.
 */
public record CommitteeCode(String value) {

    public static final int MAX_LENGTH = 20;

    public CommitteeCode {
        value = LedgerCode.canonical(OrganisationProblem.COMMITTEE_CODE, value, MAX_LENGTH);
    }

    public static CommitteeCode of(String value) {
        return new CommitteeCode(value);
    }

    /** What is wrong with {@code text} as a committee code, as a problem, or null where it is one. */
    public static @Nullable Problem problem(String text) {
        return LedgerCode.problem(OrganisationProblem.COMMITTEE_CODE, text, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
