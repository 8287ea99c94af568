package se.ekonomiuppfoljning.app.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;

/**
 * Samples the used heap every 20 ms in a daemon thread, after a {@code System.gc()} for the baseline. Reports
 * the maximum used heap (live objects and garbage not yet collected) and the maximum heap left after a
 * collection (summed over the heap pools' "collection usage": an upper bound of the live set).
 */
final class HeapSampler implements AutoCloseable {

    private static final long MB = 1024 * 1024;

    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
    private final long baseline;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long maxUsed;
    private volatile long maxAfterGc;

    HeapSampler() {
        System.gc();
        baseline = used();
        maxUsed = baseline;
        thread = new Thread(this::sample, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample() {
        while (running) {
            maxUsed = Math.max(maxUsed, used());
            maxAfterGc = Math.max(maxAfterGc, afterGc());
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private long afterGc() {
        long sum = 0;
        for (MemoryPoolMXBean pool : heapPools) {
            MemoryUsage usage = pool.getCollectionUsage();
            if (usage != null) {
                sum += usage.getUsed();
            }
        }
        return sum;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join();
        maxUsed = Math.max(maxUsed, used());
    }

    long baselineMb() {
        return baseline / MB;
    }

    long maxUsedMb() {
        return maxUsed / MB;
    }

    long maxAfterGcMb() {
        return maxAfterGc / MB;
    }

    static long maxHeapMb() {
        return Runtime.getRuntime().maxMemory() / MB;
    }
}
