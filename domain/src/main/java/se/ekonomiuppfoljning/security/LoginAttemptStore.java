package se.ekonomiuppfoljning.security;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The port to the counted failed logins, shared by every application node (so that two nodes behind one address
 * agree on a block).
 */
public interface LoginAttemptStore {

    /** The rows of the pair, the account and the address of one attempt, those that exist. */
    List<LoginFailures> find(String account, String address);

    /**
     * Counts one failure under the pair, the account and the address; a count whose last failure is before
     * {@code forgetBefore} starts anew at one, and the store may remove every such count.
     */
    void recordFailure(String account, String address, Instant at, Instant forgetBefore);

    /**
     * Counts an attempt whose password is about to be checked, as {@link #recordFailure} does (in one atomic
     * statement), and returns the rows of the pair, the account and the address as they are after it: a count
     * above the one read before includes the other attempts counted in the meantime.
     */
    default List<LoginFailures> reserve(String account, String address, Instant at, Instant forgetBefore) {
        recordFailure(account, address, at, forgetBefore);
        return find(account, address);
    }

    /**
     * Takes one counted attempt back (its password was correct, or never checked): the count goes down by one and
     * is removed at zero; its last failure becomes {@code previous} again if it is still the attempt's {@code at}
     * (a later failure stays).
     */
    void release(LoginFailures.Kind kind, String account, String address, Instant at, @Nullable Instant previous);

    /** Removes one count (a successful login removes its pair; an administrator lifts a block). */
    void remove(LoginFailures.Kind kind, String account, String address);

    /** Every count with a failure at or after {@code since}. */
    List<LoginFailures> since(Instant since);

    /**
     * Marks the count as audited at {@code at} unless it already was at or after {@code notBefore}; true when this
     * caller should write the audit entry (so that a flood of refused attempts writes one entry a minute per key).
     */
    boolean claimAudit(LoginFailures.Kind kind, String account, String address, Instant at, Instant notBefore);
}
