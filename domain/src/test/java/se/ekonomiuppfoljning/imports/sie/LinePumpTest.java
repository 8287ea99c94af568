package se.ekonomiuppfoljning.imports.sie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LinePumpTest {

    private static List<String> all(LinePump pump) {
        List<String> lines = new ArrayList<>();
        for (LinePump.Batch batch = pump.next(); batch != null; batch = pump.next()) {
            lines.addAll(java.util.Arrays.asList(batch.lines).subList(0, batch.size));
        }
        return lines;
    }

    @Test
    void every_line_comes_once_in_the_files_order_across_batches() {
        StringBuilder text = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 3 * LinePump.BATCH * LinePump.QUEUED + 7; i++) {
            expected.add("#TRANS " + i);
            text.append("#TRANS ").append(i).append(i % 2 == 0 ? "\r\n" : "\n");
        }
        try (LinePump pump = LinePump.start(new BufferedReader(new StringReader(text.toString())))) {
            assertThat(all(pump)).isEqualTo(expected);
            assertThat(pump.next()).isNull();
        }
    }

    @Test
    void each_batch_is_prepared_on_the_reading_thread_before_it_is_handed_over() {
        String caller = Thread.currentThread().getName();
        List<String> preparedOn = new java.util.concurrent.CopyOnWriteArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < LinePump.BATCH + 3; i++) {
            text.append("#TRANS 5011 {1 \"4100\"} ").append(i).append(".50\n");
        }
        List<Long> ore = new ArrayList<>();
        java.util.function.Consumer<LinePump.Batch> scanAhead = SieReader.scanningAhead();
        try (LinePump pump = LinePump.start(new BufferedReader(new StringReader(text.toString())), batch -> {
            preparedOn.add(Thread.currentThread().getName());
            scanAhead.accept(batch);
        })) {
            for (LinePump.Batch batch = pump.next(); batch != null; batch = pump.next()) {
                for (int i = 0; i < batch.size; i++) {
                    assertThat(batch.scanned[i]).isNotIn(0L, TransScanner.NOT_TAKEN);
                    ore.add(batch.ore[i]);
                }
            }
        }
        assertThat(ore).hasSize(LinePump.BATCH + 3).startsWith(50L, 150L, 250L);
        assertThat(preparedOn).hasSize(2).allSatisfy(name -> assertThat(name).isNotEqualTo(caller));
    }

    @Test
    void an_empty_file_has_no_lines() {
        try (LinePump pump = LinePump.start(new BufferedReader(new StringReader("")))) {
            assertThat(pump.next()).isNull();
        }
    }

    @Test
    void a_failure_of_the_reading_thread_is_thrown_to_the_caller_after_the_lines_before_it() {
        Reader failing = new Reader() {
            private boolean sent;

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                if (sent) {
                    throw new IOException("the upload broke off");
                }
                sent = true;
                "#FLAGGA 0\n#SIETYP 4\n".getChars(0, 20, buffer, offset);
                return 20;
            }

            @Override
            public void close() {}
        };
        try (LinePump pump = LinePump.start(new BufferedReader(failing))) {
            assertThatThrownBy(() -> all(pump))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("the upload broke off");
        }
        RuntimeException refused = new IllegalArgumentException("filen är större än 10 MB");
        Reader limited = new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) {
                throw refused;
            }

            @Override
            public void close() {}
        };
        try (LinePump pump = LinePump.start(new BufferedReader(limited))) {
            assertThatThrownBy(pump::next).isSameAs(refused);
        }
    }

    @Test
    @org.junit.jupiter.api.Timeout(10)
    void closing_early_stops_the_reading_thread_before_the_end_of_a_long_file() {
        AtomicInteger reads = new AtomicInteger();
        Reader endless = new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) {
                reads.incrementAndGet();
                for (int i = 0; i < length; i++) {
                    buffer[offset + i] = i % 10 == 9 ? '\n' : 'x';
                }
                return length;
            }

            @Override
            public void close() {}
        };
        LinePump pump = LinePump.start(new BufferedReader(endless, 1024));
        assertThat(pump.next()).satisfies(batch -> assertThat(batch.size).isEqualTo(LinePump.BATCH));

        pump.close(); // returns only when the thread has stopped reading

        int after = reads.get();
        assertThat(pump.reading())
                .as("the reading thread has ended, so nothing can read on")
                .isFalse();
        assertThat(reads.get()).isEqualTo(after);
        assertThat(after).isLessThan(10_000);
    }
}
