package se.ekonomiuppfoljning.persistence.database;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A cache that never serves data older than the last committed change, on any number of nodes sharing one
 * database. Its data has a row in {@code change_counter}; every change moves that counter on in the change's own
 * transaction ({@link #change}), so the new counter becomes visible exactly when the change does. An entry keeps the
 * counter it was read at, and a read ({@link #get}) compares it with the counter seen in the read's own snapshot
 * (MariaDB REPEATABLE READ: the counter and the data are read in one transaction, so they agree): equal, the entry
 * is served; otherwise the data is read from the database, and the entry is replaced only by a newer one. So a read
 * whose snapshot is older than a change can neither be served the change's data as its own nor put its old data
 * back for later readers, and a change made through another node is seen at this node's next read.
 * Inside a transaction that changed the data, every read goes to the database (it sees its own uncommitted change,
 * which must not reach other readers). A read outside a transaction runs in one of its own.
 */
public final class CommittedCache<K, V> {

    private record Entry<V>(long counter, V value) {}

    private final String name;
    private final JdbcOperations jdbc;
    private final TransactionTemplate transaction;
    private final int maxEntries;
    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();

    /**
     * @param name the row of {@code change_counter} (a Flyway migration inserts it)
     * @param maxEntries entries kept at most; past that the cache starts again empty
     */
    public CommittedCache(String name, JdbcOperations jdbc, PlatformTransactionManager transactions, int maxEntries) {
        this.name = name;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.maxEntries = maxEntries;
    }

    /** The value of {@code key} as of the caller's snapshot, from the cache when that holds it, else {@code load}. */
    public V get(K key, Function<K, V> load) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return inSnapshot(key, load);
        }
        V value = transaction.execute(status -> inSnapshot(key, load));
        if (value == null) {
            throw new IllegalStateException("a cache load gave no value for " + key);
        }
        return value;
    }

    private V inSnapshot(K key, Function<K, V> load) {
        State state = state();
        if (state != null && state.changed) {
            return load.apply(key);
        }
        long counter = counter(state);
        Entry<V> kept = entries.get(key);
        if (kept != null && kept.counter() == counter) {
            return kept.value();
        }
        V value = load.apply(key);
        if (entries.size() >= maxEntries && !entries.containsKey(key)) {
            entries.clear();
        }
        entries.merge(key, new Entry<>(counter, value), (old, read) -> read.counter() > old.counter() ? read : old);
        return value;
    }

    /**
     * Read once per transaction: within its snapshot the counter cannot move (a change here is handled apart). Every
     * cache's counter is read in the one statement, the first time any cache asks in the transaction, so a service
     * call that reads the user and the organisation pays for one small query, not two.
     */
    private long counter(@Nullable State state) {
        if (state != null && state.counter != null) {
            return state.counter;
        }
        Long counter = state == null
                ? jdbc.queryForObject("SELECT counter FROM change_counter WHERE name = ?", Long.class, name)
                : Counters.of(jdbc).get(name);
        if (counter == null) {
            throw new IllegalStateException("change_counter has no row " + name);
        }
        if (state != null) {
            state.counter = counter;
        }
        return counter;
    }

    /**
     * Runs a change of the cached data in a transaction (the caller's, or one of its own) that first moves the
     * counter on: the new counter commits or rolls back with the change. Concurrent changes wait for each other
     * at the counter's row.
     */
    public void change(Runnable work) {
        transaction.executeWithoutResult(status -> {
            State state = state();
            if (state == null || !state.changed) {
                int moved = jdbc.update("UPDATE change_counter SET counter = counter + 1 WHERE name = ?", name);
                if (moved != 1) {
                    throw new IllegalStateException("change_counter has no row " + name);
                }
                if (state != null) {
                    state.changed = true;
                }
            }
            work.run();
        });
    }

    /**
     * What this cache knows of the current transaction, kept as one of its synchronizations: those are suspended
     * and resumed with it (a transaction started inside it with REQUIRES_NEW has a snapshot and a state of its own),
     * and end with it. Null when the transaction has no synchronization.
     */
    private @Nullable State state() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        for (TransactionSynchronization registered : TransactionSynchronizationManager.getSynchronizations()) {
            if (registered instanceof State state && state.cache == this) {
                return state;
            }
        }
        State state = new State(this);
        TransactionSynchronizationManager.registerSynchronization(state);
        return state;
    }

    /** Every counter as the current transaction's snapshot shows them, read once, kept as a synchronization. */
    private static final class Counters implements TransactionSynchronization {
        final Map<String, Long> values = new HashMap<>();

        static Map<String, Long> of(JdbcOperations jdbc) {
            for (TransactionSynchronization registered : TransactionSynchronizationManager.getSynchronizations()) {
                if (registered instanceof Counters counters) {
                    return counters.values;
                }
            }
            Counters counters = new Counters();
            jdbc.query("SELECT name, counter FROM change_counter", (RowCallbackHandler)
                    rs -> counters.values.put(rs.getString(1), rs.getLong(2)));
            TransactionSynchronizationManager.registerSynchronization(counters);
            return counters.values;
        }
    }

    private static final class State implements TransactionSynchronization {
        final CommittedCache<?, ?> cache;

        @Nullable
        Long counter;

        boolean changed;

        State(CommittedCache<?, ?> cache) {
            this.cache = cache;
        }
    }
}
