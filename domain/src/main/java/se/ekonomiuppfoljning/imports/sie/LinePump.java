package se.ekonomiuppfoljning.imports.sie;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * Reads a file's lines on a thread of its own, in batches, while the caller parses the batches before: reading the
 * bytes, hashing them (SHA-256, further down the stream), decoding the charset and cutting the lines take about a
 * third of reading a large ledger, and the two halves then run on two cores. The queue holds at most
 * {@value #QUEUED} batches of {@value #BATCH} lines, so memory does not grow with the file. The lines come in the
 * file's order; a failure of the reading thread is thrown by {@link #next()} as it was thrown there. {@link #close()}
 * stops the thread and waits for it, so nothing reads the stream after the reader has returned.
 */
final class LinePump implements AutoCloseable {

    static final int BATCH = 1024;
    static final int QUEUED = 8;
    private static final String[] END = new String[0];

    private final BlockingQueue<String[]> queue = new ArrayBlockingQueue<>(QUEUED);
    private final Thread thread;
    private volatile boolean stopped;
    private volatile @Nullable Throwable failure;
    private boolean ended;

    private LinePump(BufferedReader reader) {
        thread = new Thread(() -> pump(reader), "sie-line-reader");
        thread.setDaemon(true);
    }

    static LinePump start(BufferedReader reader) {
        LinePump pump = new LinePump(reader);
        pump.thread.start();
        return pump;
    }

    private void pump(BufferedReader reader) {
        try {
            String[] batch = new String[BATCH];
            int size = 0;
            String line;
            while (!stopped && (line = reader.readLine()) != null) {
                batch[size++] = line;
                if (size == BATCH) {
                    hand(batch);
                    batch = new String[BATCH];
                    size = 0;
                }
            }
            if (size > 0) {
                hand(Arrays.copyOf(batch, size));
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

    /** Queues a batch, waiting while the queue is full, unless the pump is stopped. */
    private void hand(String[] batch) throws InterruptedException {
        while (!stopped) {
            if (queue.offer(batch, 50, TimeUnit.MILLISECONDS)) {
                return;
            }
        }
    }

    /** The next batch of lines, or null at the end of the file. */
    String @Nullable [] next() {
        if (ended) {
            return null;
        }
        String[] batch;
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
