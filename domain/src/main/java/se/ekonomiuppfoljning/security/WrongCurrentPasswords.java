package se.ekonomiuppfoljning.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The wrong current passwords given when changing one's own password, per account, in this node's memory: after
 * {@link #LIMIT} within {@link #WINDOW}, further attempts are refused until the oldest of them is {@link #WINDOW}
 * old. Only logged-in users reach it, so it holds at most one entry per account.
 */
final class WrongCurrentPasswords {

    static final int LIMIT = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Deque<Instant>> failures = new HashMap<>();

    /** How long the account's attempts are refused from {@code now}, if they are. */
    synchronized Optional<Duration> blocked(String username, Instant now) {
        Deque<Instant> recent = recent(username, now);
        if (recent.size() < LIMIT) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, recent.getFirst().plus(WINDOW)));
    }

    synchronized void failed(String username, Instant now) {
        Deque<Instant> recent = recent(username, now);
        recent.addLast(now);
        failures.put(username, recent);
    }

    synchronized void clear(String username) {
        failures.remove(username);
    }

    /** The account's failures within the window before {@code now}, oldest first. */
    private Deque<Instant> recent(String username, Instant now) {
        Deque<Instant> recent = failures.get(username);
        if (recent == null) {
            recent = new ArrayDeque<>();
        }
        Instant since = now.minus(WINDOW);
        while (!recent.isEmpty() && !recent.getFirst().isAfter(since)) {
            recent.removeFirst();
        }
        if (recent.isEmpty()) {
            failures.remove(username);
        }
        return recent;
    }
}
