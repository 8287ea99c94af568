package se.ekonomiuppfoljning.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Slows down and then refuses password guessing, on the login page and over HTTP Basic alike.
 *
 * <p>Failures are counted under three keys. Each key lets a few failures pass freely, then blocks the next attempt
 * for a time that doubles with every further failure, up to a cap:
 * <ul>
 * <li>the pair account + address: 3 free, then 2 s, 4 s, 8 s … at most 15 minutes: the strictest, it stops one
 *     machine guessing one account;</li>
 * <li>the address alone: 20 free, then doubling up to 15 minutes: stops one machine trying many accounts;</li>
 * <li>the account alone: 10 free, then doubling up to 5 minutes, but only for addresses that have failed on that
 *     account themselves: an attack spread over many machines gets one guess per machine, while the account's
 *     owner, logging in from an address without failures, is not blocked at all.</li>
 * </ul>
 * A refused attempt is not checked and not counted, so no block lasts longer than its cap after the last real
 * failure: nobody can lock out an account for good. A count is forgotten an hour after its last failure, and a
 * successful login clears its pair. Administrators see the current blocks and lift them.
 *
 * <p>An attempt whose password is to be checked is counted as a failure before the check ({@link #begin}), in one
 * atomic statement, and taken back when the password was right ({@link #end}): of a burst of attempts sent at
 * once, only those the count still lets pass are checked, not all that arrived before the first failure was
 * counted.
 */
public class LoginThrottle {

    /** How one key slows down: free failures, the first block, the longest block. */
    public record Rule(int free, Duration first, Duration cap) {

        /** The block after {@code failures} failures (zero while they are free). */
        public Duration blockAfter(int failures) {
            if (failures <= free) {
                return Duration.ZERO;
            }
            int doublings = Math.min(failures - free - 1, 30);
            Duration block = first.multipliedBy(1L << doublings);
            return block.compareTo(cap) > 0 ? cap : block;
        }
    }

    public static final Rule PAIR = new Rule(3, Duration.ofSeconds(2), Duration.ofMinutes(15));
    public static final Rule ACCOUNT = new Rule(10, Duration.ofSeconds(2), Duration.ofMinutes(5));
    public static final Rule ADDRESS = new Rule(20, Duration.ofSeconds(2), Duration.ofMinutes(15));
    /** A count whose last failure is older than this starts anew. */
    public static final Duration FORGET_AFTER = Duration.ofHours(1);
    /** At most one audit entry per key within this time; further refusals are logged only. */
    public static final Duration AUDIT_EVERY = Duration.ofMinutes(1);

    /**
     * The three keys' rules. Behind one address translation (a whole town hall as one address) the address's free
     * failures may need to be higher; {@link #DEFAULT} is the rule described above.
     */
    public record Rules(Rule pair, Rule account, Rule address) {

        public static final Rules DEFAULT = new Rules(PAIR, ACCOUNT, ADDRESS);
    }

    /** A current block as an administrator sees it. */
    public record Block(LoginFailures failures, Instant until) {}

    private final LoginAttemptStore store;
    private final LoginAudit audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Rules rules;

    public LoginThrottle(LoginAttemptStore store, LoginAudit audit, CurrentUser currentUser, Clock clock) {
        this(store, audit, currentUser, clock, Rules.DEFAULT);
    }

    public LoginThrottle(LoginAttemptStore store, LoginAudit audit, CurrentUser currentUser, Clock clock, Rules rules) {
        this.store = store;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.rules = rules;
    }

    /**
     * Whether a login attempt with this typed name from this address is refused now, and for how long; the refusal
     * is reported to the {@link LoginAudit}.
     */
    public Optional<Duration> refusal(String typedName, String address) {
        return refusal(key(typedName), address, store.find(key(typedName), address), clock.instant());
    }

    private Optional<Duration> refusal(String account, String address, List<LoginFailures> rows, Instant now) {
        boolean addressFailedOnAccount = rows.stream().anyMatch(r -> r.kind() == LoginFailures.Kind.PAIR);
        @Nullable LoginFailures longest = null;
        Duration wait = Duration.ZERO;
        for (LoginFailures row : rows) {
            if (row.kind() == LoginFailures.Kind.ACCOUNT && !addressFailedOnAccount) {
                continue;
            }
            Duration left = remaining(row, now);
            if (left.compareTo(wait) > 0) {
                wait = left;
                longest = row;
            }
        }
        if (longest == null) {
            return Optional.empty();
        }
        return Optional.of(refused(account, address, longest, wait, now));
    }

    private Duration refused(String account, String address, LoginFailures longest, Duration wait, Instant now) {
        boolean toTrail =
                store.claimAudit(longest.kind(), longest.account(), longest.address(), now, now.minus(AUDIT_EVERY));
        audit.refused(account, address, longest.kind(), wait, toTrail);
        return wait;
    }

    /** What became of an attempt {@link #begin begun}. */
    public enum Outcome {
        /** Wrong password or unknown name: the attempt stays counted as a failure. */
        WRONG_PASSWORD,
        /** Correct password: the pair is cleared, the account's and the address's counts are as before. */
        SUCCEEDED,
        /** The password was not checked (e.g. a disabled account): the attempt is taken back. */
        NOT_CHECKED
    }

    /**
     * One attempt counted before its password is checked, or refused ({@link #refusal()} present, then nothing of
     * it is counted).
     */
    public record Attempt(
            String account,
            String address,
            Instant at,
            Map<LoginFailures.Kind, Instant> previous,
            Optional<Duration> refusal) {}

    /**
     * Starts a login attempt whose password is to be checked: refused as {@link #refusal} would, else counted as
     * a failure at once; if other attempts were counted in the meantime and the count now blocks, it is refused
     * (and taken back) after all. End every attempt that is not refused with {@link #end}.
     */
    public Attempt begin(String typedName, String address) {
        String account = key(typedName);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        // the one read this attempt's decision rests on: the reservation below compares its counts with these
        List<LoginFailures> read = store.find(account, address);
        Optional<Duration> refused = refusal(account, address, read, now);
        if (refused.isPresent()) {
            return new Attempt(account, address, now, Map.of(), refused);
        }
        Map<LoginFailures.Kind, LoginFailures> before = new EnumMap<>(LoginFailures.Kind.class);
        read.forEach(row -> before.put(row.kind(), row));
        Map<LoginFailures.Kind, Instant> previous = new EnumMap<>(LoginFailures.Kind.class);
        before.forEach((kind, row) -> previous.put(kind, row.lastFailureAt()));
        List<LoginFailures> after = store.reserve(account, address, now, now.minus(FORGET_AFTER));
        Attempt attempt = new Attempt(account, address, now, Map.copyOf(previous), Optional.empty());
        // counted by others since this attempt read the counts: each of those is an attempt of now
        boolean addressFailedOnAccount =
                after.stream().anyMatch(r -> r.kind() == LoginFailures.Kind.PAIR && r.failures() > 1);
        @Nullable LoginFailures longest = null;
        Duration wait = Duration.ZERO;
        for (LoginFailures row : after) {
            LoginFailures earlier = before.get(row.kind());
            int others = row.failures() - 1;
            // a count read as forgotten started anew at this reservation or another's
            int counted = earlier == null || earlier.lastFailureAt().isBefore(now.minus(FORGET_AFTER))
                    ? 0
                    : earlier.failures();
            if (others <= counted || (row.kind() == LoginFailures.Kind.ACCOUNT && !addressFailedOnAccount)) {
                continue;
            }
            Duration block = rule(row.kind()).blockAfter(others);
            if (block.compareTo(wait) > 0) {
                wait = block;
                longest = row;
            }
        }
        if (longest == null) {
            return attempt;
        }
        end(attempt, Outcome.NOT_CHECKED);
        return new Attempt(account, address, now, Map.of(), Optional.of(refused(account, address, longest, wait, now)));
    }

    /** Ends an attempt {@link #begin begun} and not refused. */
    public void end(Attempt attempt, Outcome outcome) {
        if (attempt.refusal().isPresent()) {
            return;
        }
        String account = attempt.account();
        String address = attempt.address();
        switch (outcome) {
            case WRONG_PASSWORD -> audit.failed(account, address); // counted when it began
            case SUCCEEDED -> {
                store.remove(LoginFailures.Kind.PAIR, account, address);
                release(attempt, LoginFailures.Kind.ACCOUNT, account, "");
                release(attempt, LoginFailures.Kind.ADDRESS, "", address);
            }
            case NOT_CHECKED -> {
                release(attempt, LoginFailures.Kind.PAIR, account, address);
                release(attempt, LoginFailures.Kind.ACCOUNT, account, "");
                release(attempt, LoginFailures.Kind.ADDRESS, "", address);
            }
        }
    }

    private void release(Attempt attempt, LoginFailures.Kind kind, String account, String address) {
        store.release(kind, account, address, attempt.at(), attempt.previous().get(kind));
    }

    /** A wrong password (or an unknown name) from this address. */
    public void failed(String typedName, String address) {
        Instant now = clock.instant();
        store.recordFailure(key(typedName), address, now, now.minus(FORGET_AFTER));
    }

    /** A correct login: the pair's count is cleared (the account's and the address's remain). */
    public void succeeded(String typedName, String address) {
        store.remove(LoginFailures.Kind.PAIR, key(typedName), address);
    }

    /** The blocks in force now, longest first; administrators only. */
    public List<Block> currentBlocks() {
        requireAdministrator("see the login blocks");
        Instant now = clock.instant();
        return store.since(now.minus(FORGET_AFTER)).stream()
                .map(row -> new Block(row, now.plus(remaining(row, now))))
                .filter(block -> block.until().isAfter(now))
                .sorted(Comparator.comparing(Block::until).reversed())
                .toList();
    }

    /** Lifts a block: its count is removed, so its key starts anew; administrators only, and reported. */
    public void lift(LoginFailures block) {
        UserAccount administrator = requireAdministrator("lift a login block");
        store.remove(block.kind(), block.account(), block.address());
        audit.lifted(administrator.username(), block);
    }

    private Duration remaining(LoginFailures row, Instant now) {
        Instant until = row.lastFailureAt().plus(rule(row.kind()).blockAfter(row.failures()));
        return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
    }

    private Rule rule(LoginFailures.Kind kind) {
        return switch (kind) {
            case PAIR -> rules.pair();
            case ACCOUNT -> rules.account();
            case ADDRESS -> rules.address();
        };
    }

    /** The canonical name, cut to the longest stored name (no longer name is an account). */
    private static String key(String typedName) {
        String canonical = Usernames.canonical(typedName);
        return canonical.length() > Usernames.MAX_LENGTH ? canonical.substring(0, Usernames.MAX_LENGTH) : canonical;
    }

    private UserAccount requireAdministrator(String operation) {
        UserAccount caller = currentUser.require();
        if (!caller.enabled() || !caller.has(Role.ADMIN)) {
            throw new PermissionDeniedException(caller.username(), operation);
        }
        return caller;
    }
}
