package se.ekonomiuppfoljning.persistence.bulk;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Rows as tab-separated UTF-8 lines for {@code LOAD DATA LOCAL INFILE}, produced while the driver reads, a buffer
 * of about 64 KB at a time: the rows are written as they are needed, never held as one text. A subclass writes one
 * row per {@link #writeRow()} with the {@code put…} methods; each field is followed by a tab, and the last tab of a
 * row becomes its line end.
 */
public abstract class TsvInputStream extends InputStream {

    private static final int CHUNK = 64 * 1024;
    private static final byte[] DIGITS = "0123456789".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NULL = {'\\', 'N'};

    private byte[] buffer = new byte[CHUNK + 1024];
    private int length;
    private int position;
    private long rowsWritten;

    /** How many rows were written so far: all of them once the stream has been read to its end. */
    public final long rowsWritten() {
        return rowsWritten;
    }

    /** Whether another row follows. */
    protected abstract boolean hasRow();

    /** Writes the next row's fields. */
    protected abstract void writeRow();

    protected static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A text field's bytes, escaped as {@code LOAD DATA}'s {@code FIELDS ESCAPED BY '\\'} (its default) reads them
     * back: backslash, tab, line feed, carriage return and NUL become {@code \\ \t \n \r \0}. The codes are checked
     * before they get here ({@code LedgerCode}); this keeps any text from shifting the columns or ending a row.
     */
    protected static byte[] field(String text) {
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '\\' -> "\\\\";
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\0' -> "\\0";
                default -> null;
            };
            if (replacement != null && escaped == null) {
                escaped = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (escaped != null) {
                if (replacement != null) {
                    escaped.append(replacement);
                } else {
                    escaped.append(c);
                }
            }
        }
        return utf8(escaped == null ? text : escaped.toString());
    }

    /** A field of these bytes, already escaped (from {@link #field}) or known to need none (numbers). */
    protected final void put(byte[] bytes) {
        ensure(bytes.length + 1);
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
        buffer[length++] = '\t';
    }

    /** A text field, escaped. */
    protected final void putText(String text) {
        put(field(text));
    }

    /** An empty field (SQL NULL). */
    protected final void putNull() {
        put(NULL);
    }

    /** The most a figure column (DECIMAL(15, 2)) holds, in öre. */
    private static final long MAX_ORE = 999_999_999_999_999L;

    /**
     * Kronor, e.g. {@code -1234.05}. A value the figure columns cannot hold is refused here: {@code LOAD DATA LOCAL}
     * would only warn and store the largest value instead.
     */
    protected final void putAmount(BigDecimal kronor) {
        if (kronor.abs().compareTo(BigDecimal.valueOf(MAX_ORE, 2)) > 0) {
            throw new IllegalArgumentException(kronor.toPlainString() + " kr does not fit a DECIMAL(15, 2) column");
        }
        putText(kronor.toPlainString());
    }

    /** Öre as kronor with two decimals, e.g. {@code -1234.05}. */
    protected final void putOre(long value) {
        if (value < -MAX_ORE || value > MAX_ORE) {
            putAmount(BigDecimal.valueOf(value, 2)); // refused there
            return;
        }
        ensure(24);
        long ore = value;
        if (ore < 0) {
            buffer[length++] = '-';
            ore = -ore;
        }
        long kronor = ore / 100;
        int start = length;
        do {
            buffer[length++] = DIGITS[(int) (kronor % 10)];
            kronor /= 10;
        } while (kronor > 0);
        for (int a = start, b = length - 1; a < b; a++, b--) {
            byte t = buffer[a];
            buffer[a] = buffer[b];
            buffer[b] = t;
        }
        int cents = (int) (ore % 100);
        buffer[length++] = '.';
        buffer[length++] = DIGITS[cents / 10];
        buffer[length++] = DIGITS[cents % 10];
        buffer[length++] = '\t';
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, 2 * (length + more));
        }
    }

    private boolean fill() {
        if (position < length) {
            return true;
        }
        length = 0;
        position = 0;
        while (length < CHUNK && hasRow()) {
            int start = length;
            writeRow();
            rowsWritten++;
            if (length > start) {
                buffer[length - 1] = '\n';
            }
        }
        return length > 0;
    }

    @Override
    public final int read() {
        return fill() ? buffer[position++] & 0xff : -1;
    }

    @Override
    public final int read(byte[] target, int offset, int count) {
        if (count == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(count, length - position);
        System.arraycopy(buffer, position, target, offset, n);
        position += n;
        return n;
    }
}
