package se.ekonomiuppfoljning.imports.sie;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.imports.ImportException;
import se.ekonomiuppfoljning.imports.ImportProblem;

/**
 * Reads a SIE file (types 1–4, SIE 4B) in one pass, line by line, aggregating while it reads: memory does not
 * grow with the number of rows. Refuses the file with an {@link ImportException} carrying every problem found
 * (as problems, with file, line and field): not a SIE file, an amount with letters or more than two decimals, an
 * unbalanced voucher, a year-0 {@code #PSALDO}/{@code #PBUDGET} for a month outside {@code #RAR 0}, a truncated
 * file or a wrong {@code #KSUMMA}.
 *
 * <p>Decisions where the format is silent:
 * <ul>
 * <li>Rows without a dimension 1 object (ansvar) have no unit and stay out of {@code actuals}/{@code budget}; one
 * warning counts those on result accounts. {@code voucherTotalsByAccount} counts them all.</li>
 * <li>Vouchers dated outside {@code #RAR 0} are left out with a warning, not refused (a voucher's date is not a
 * period the file claims for the year). A year-0 {@code #PSALDO}/{@code #PBUDGET} row for a month outside it says
 * the year's figure is for another month: the file contradicts itself and is refused at that line. Without
 * {@code #RAR 0} every voucher counts. Every voucher must balance, whatever its date.</li>
 * <li>{@code #PSALDO} wins over vouchers per unit, account and month (a warning counts the overlaps); vouchers
 * fill in where {@code #PSALDO} has no figure for that unit, e.g. when it only has account totals.</li>
 * <li>A {@code #TRANS} outside a voucher, or an object list that is not closed or not in pairs, is an error.</li>
 * </ul>
 */
public final class SieReader {

    private SieReader() {}

    public static SieContent read(String fileName, InputStream in) {
        return read(fileName, in, bytes -> {});
    }

    /** As {@link #read(String, InputStream)}, telling {@code bytesReadProgress} how many bytes have been read. */
    public static SieContent read(String fileName, InputStream in, LongConsumer bytesReadProgress) {
        return read(fileName, in, bytesReadProgress, true);
    }

    /**
     * For diagnostics and tests only: with {@code refuseUnbalanced} false an unbalanced voucher is a warning, so
     * the rest of a refused file can still be checked.
     */
    static SieContent read(String fileName, InputStream in, LongConsumer bytesReadProgress, boolean refuseUnbalanced) {
        return read(fileName, in, bytesReadProgress, refuseUnbalanced, true);
    }

    /** For tests: with {@code fastRows} false every line goes through the general tokenizer. */
    static SieContent read(
            String fileName,
            InputStream in,
            LongConsumer bytesReadProgress,
            boolean refuseUnbalanced,
            boolean fastRows) {
        try {
            BufferedInputStream buffered =
                    new BufferedInputStream(new CountingInputStream(in, bytesReadProgress), SieEncoding.PREFIX + 1);
            SieEncoding.Detected detected = SieEncoding.detect(buffered);
            if (detected.empty()) {
                throw refused(fileName, SieProblem.NOT_SIE_ZERO_BYTES);
            }
            if (detected.binary()) {
                throw refused(fileName, SieProblem.NOT_SIE_BINARY);
            }
            SieParser parser = new SieParser(fileName, detected.charset(), refuseUnbalanced, fastRows);
            try (BufferedReader reader =
                            new BufferedReader(new InputStreamReader(buffered, detected.charset()), 64 * 1024);
                    LinePump lines = LinePump.start(reader, fastRows ? scanningAhead() : null)) {
                int lineNo = 0;
                for (LinePump.Batch batch = lines.next(); batch != null; batch = lines.next()) {
                    for (int i = 0; i < batch.size; i++) {
                        parser.line(batch.lines[i], ++lineNo, batch.scanned[i], batch.ore[i]);
                    }
                }
            }
            return parser.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Scans the plain {@code #TRANS} lines of each batch on the reading thread, which has time to spare. */
    static Consumer<LinePump.Batch> scanningAhead() {
        TransScanner scanner = new TransScanner();
        long[] ore = new long[1];
        return batch -> {
            for (int i = 0; i < batch.size; i++) {
                batch.scanned[i] = SieParser.scanAhead(batch.lines[i], scanner, ore);
                batch.ore[i] = ore[0];
            }
        };
    }

    private static ImportException refused(String fileName, SieProblem code) {
        return new ImportException(List.of(new ImportProblem(fileName, 0, "", code)));
    }

    /** Kronor for messages: decimal comma, two decimals, e.g. {@code -2,00}. */
    static String kronor(BigDecimal amount) {
        return amount.setScale(2).toPlainString().replace('.', ',');
    }

    /** The dimension 1 object (ansvar) of an object list, or null. */
    static @Nullable String unitOf(List<SieObject> objects) {
        for (SieObject object : objects) {
            if (object.dimension().equals("1") && !object.id().isBlank()) {
                return object.id().strip();
            }
        }
        return null;
    }

    /** Counts the bytes read and reports the running total. */
    private static final class CountingInputStream extends FilterInputStream {

        private final LongConsumer progress;
        private long count;

        CountingInputStream(InputStream in, LongConsumer progress) {
            super(in);
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                progress.accept(++count);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
                progress.accept(count);
            }
            return n;
        }
    }
}
