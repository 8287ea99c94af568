package se.ekonomiuppfoljning.persistence.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class CacheInvalidationTest {

    private final AtomicInteger drops = new AtomicInteger();
    private final CacheInvalidation invalidation = new CacheInvalidation(drops::incrementAndGet);

    @Test
    void a_read_stays_current_until_a_change_outside_a_transaction() {
        long readIn = invalidation.generation();
        assertThat(invalidation.current(readIn)).isTrue();

        invalidation.changed();

        assertThat(invalidation.current(readIn)).isFalse();
        assertThat(invalidation.current(invalidation.generation())).isTrue();
        assertThat(drops).hasValue(1);
    }

    @Test
    void inside_the_changing_transaction_nothing_is_current_and_its_end_drops_the_cache_again() {
        TransactionSynchronizationManager.initSynchronization();
        try {
            invalidation.changed();
            long during = invalidation.generation();
            assertThat(invalidation.current(during)).isFalse(); // reads go to the database and see the change

            TransactionSynchronizationManager.getSynchronizations()
                    .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
            TransactionSynchronizationManager.clearSynchronization();

            assertThat(invalidation.current(during)).isFalse(); // a read made during the transaction is not kept
            assertThat(invalidation.current(invalidation.generation())).isTrue();
            assertThat(drops).hasValue(2);
        } finally {
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.clearSynchronization();
            }
        }
    }
}
