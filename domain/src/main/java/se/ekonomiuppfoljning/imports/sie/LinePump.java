package se.ekonomiuppfoljning.imports.sie;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads a file's lines on a thread of its own, in batches, while the caller parses the batches before: reading the
 * bytes, hashing them (SHA-256, further down the stream), decoding the charset and cutting the lines take about a
 * third of reading a large ledger, and the two halves then run on two cores. The queue holds at most
 * {@value #QUEUED} batches of {@value #BATCH} lines, so memory does not grow with the file. A batch can be prepared
 * on the reading thread too ({@code prepare}: the SIE reader scans its {@code #TRANS} lines ahead). The lines come in
 * the file's order; a failure of the reading thread is thrown by {@link #next()} as it was thrown there. {@link #close()}
 * stops the thread and waits for it, so nothing reads the stream after the reader has returned (a read blocked on a
 * stalled upload must end first, at the latest with the server's socket timeout).
 */
final class LinePump implements AutoCloseable {

    static final int BATCH = 1024;
    static final int QUEUED = 8;
    private static final Batch END = new Batch();

    /** Lines of the file, and room for what {@code prepare} notes per line. */
    static final class Batch {
        final String[] lines = new String[BATCH];
        final long[] scanned = new long[BATCH];
        final long[] ore = new long[BATCH];
        int size;
    }

    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUED);
    private final @Nullable Consumer<Batch> prepare;
    private final Thread thread;
    private volatile boolean stopped;
    private volatile @Nullable Throwable failure;
    private boolean ended;

    private LinePump(BufferedReader reader, @Nullable Consumer<Batch> prepare) {
        this.prepare = prepare;
        thread = new Thread(() -> pump(reader), "sie-line-reader");
        thread.setDaemon(true);
    }

    static LinePump start(BufferedReader reader) {
        return start(reader, null);
    }

    /** @param prepare run on the reading thread for each batch before it is handed over */
    static LinePump start(BufferedReader reader, @Nullable Consumer<Batch> prepare) {
        LinePump pump = new LinePump(reader, prepare);
        pump.thread.start();
        return pump;
    }

    private void pump(BufferedReader reader) {
        try {
            Batch batch = new Batch();
            String line;
            while (!stopped && (line = reader.readLine()) != null) {
                batch.lines[batch.size++] = line;
                if (batch.size == BATCH) {
                    hand(prepared(batch));
                    batch = new Batch();
                }
            }
            if (batch.size > 0) {
                hand(prepared(batch));
            }
        } catch (Throwable e) {
            failure = e;
        } finally {
            try {
                hand(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Batch prepared(Batch batch) {
        if (prepare != null) {
            prepare.accept(batch);
        }
        return batch;
    }

    /** Queues a batch, waiting while the queue is full, unless the pump is stopped. */
    private void hand(Batch batch) throws InterruptedException {
        while (!stopped) {
            if (queue.offer(batch, 50, TimeUnit.MILLISECONDS)) {
                return;
            }
        }
    }

    /** The next batch of lines (at least one), or null at the end of the file. */
    @Nullable
    Batch next() {
        if (ended) {
            return null;
        }
        Batch batch;
        try {
            batch = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the file", e);
        }
        if (batch != END) {
            return batch;
        }
        ended = true;
        Throwable thrown = failure;
        if (thrown instanceof IOException io) {
            throw new UncheckedIOException(io);
        }
        if (thrown instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
        if (thrown != null) {
            throw new IllegalStateException(thrown);
        }
        return null;
    }

    /** Whether the reading thread is still alive (after {@link #close} it never is). */
    boolean reading() {
        return thread.isAlive();
    }

    @Override
    public void close() {
        stopped = true;
        queue.clear();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
