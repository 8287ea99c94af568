package se.ekonomiuppfoljning.persistence.database;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps a repository's cache true to the database when its data changes only through that repository. A change
 * drops the cache at once and again when its transaction ends, and moves a generation on, so that a read that began
 * before the change is never kept; inside the changing transaction the reads go to the database and see the change.
 * Usage: note {@link #generation()} before reading, serve the cache only while {@link #current(long)} holds for the
 * generation it was read in, and keep a read only if {@link #current(long)} still holds for its starting generation.
 */
public final class CacheInvalidation {

    private final Object changedHere = new Object();
    private final AtomicLong generation = new AtomicLong();
    private final Runnable drop;

    /** @param drop empties the cache */
    public CacheInvalidation(Runnable drop) {
        this.drop = drop;
    }

    public long generation() {
        return generation.get();
    }

    /** Whether what was read in {@code readIn} is still true for this caller: nothing changed since, not even here. */
    public boolean current(long readIn) {
        return generation.get() == readIn && !(TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.hasResource(changedHere));
    }

    /** Called by every change: drops the cache now and when the transaction ends. */
    public void changed() {
        generation.incrementAndGet();
        drop.run();
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && !TransactionSynchronizationManager.hasResource(changedHere)) {
            TransactionSynchronizationManager.bindResource(changedHere, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(changedHere);
                    generation.incrementAndGet();
                    drop.run();
                }
            });
        }
    }
}
