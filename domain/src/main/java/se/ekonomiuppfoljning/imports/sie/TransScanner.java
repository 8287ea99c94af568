package se.ekonomiuppfoljning.imports.sie;

/**
 * Reads the common {@code #TRANS} line of a large file without the general tokenizer: the account, the
 * dimension 1 object of the object list and the amount in öre, as positions in the line, allocating nothing.
 * It accepts only lines it reads exactly as {@link SieTokenizer} and {@link SieRecord} would (plain ASCII codes,
 * quoted items without escapes, an amount {@link Ore#parse} takes, no object list after the amount); for any
 * other line {@link #scan} says false and the general way reads it, with its messages.
 */
final class TransScanner {

    private static final int LABEL = "#TRANS".length();

    int accountFrom;
    int accountTo;
    /** -1 when the row has no dimension 1 object with a non-blank id. */
    int unitFrom;

    int unitTo;
    long ore;

    /** A line {@link #scan} did not take, in {@link #packed()}'s place ({@code 0} is no scan at all). */
    static final long NOT_TAKEN = -1L;
    /** Positions are packed in 16 bits each: longer lines are not scanned ahead. */
    static final int MAX_PACKED_LENGTH = 0xFFFF;

    /**
     * The positions of the last {@link #scan} that said true, packed into a long (never 0 or {@link #NOT_TAKEN}:
     * the account starts after the label), for a line shorter than {@link #MAX_PACKED_LENGTH}.
     */
    long packed() {
        return (long) accountFrom << 48 | (long) accountTo << 32 | (long) (unitFrom & 0xFFFF) << 16 | unitTo & 0xFFFF;
    }

    /** As if {@link #scan} had said true on the line {@link #packed()} was taken from. */
    void unpack(long packed, long scannedOre) {
        accountFrom = (int) (packed >>> 48);
        accountTo = (int) (packed >>> 32) & 0xFFFF;
        int unit = (int) (packed >>> 16) & 0xFFFF;
        unitFrom = unit == 0xFFFF ? -1 : unit;
        unitTo = (int) packed & 0xFFFF;
        ore = scannedOre;
    }

    /** {@code line}: stripped, starting with {@code #TRANS} and a blank. */
    boolean scan(String line) {
        int n = line.length();
        int p = skipBlanks(line, LABEL);
        accountFrom = p;
        while (p < n && !blank(line.charAt(p))) {
            if (!plain(line.charAt(p))) {
                return false;
            }
            p++;
        }
        accountTo = p;
        if (accountTo == accountFrom) {
            return false;
        }
        p = skipBlanks(line, p);
        unitFrom = -1;
        if (p < n && line.charAt(p) == '{') {
            p = objects(line, p + 1);
            if (p < 0) {
                return false;
            }
            p = skipBlanks(line, p);
        }
        int amountFrom = p;
        while (p < n && !blank(line.charAt(p))) {
            p++;
        }
        ore = Ore.parse(line, amountFrom, p);
        if (ore == Ore.NOT_SIMPLE) {
            return false;
        }
        // the later fields (date, text, quantity) are not read; only an object list among them could be an error
        return line.indexOf('{', p) < 0;
    }

    /** Reads the items after {@code {}; the position after {@code }}, or -1 to leave the line to the tokenizer. */
    private int objects(String line, int p) {
        int n = line.length();
        int items = 0;
        boolean dimensionOne = false;
        while (true) {
            p = skipBlanks(line, p);
            if (p >= n) {
                return -1;
            }
            char c = line.charAt(p);
            if (c == '}') {
                break;
            }
            int from;
            int to;
            if (c == '"') {
                from = ++p;
                while (p < n && line.charAt(p) != '"') {
                    char d = line.charAt(p);
                    if (d == '\\' || d < ' ' || d > '~') {
                        return -1;
                    }
                    p++;
                }
                if (p >= n) {
                    return -1;
                }
                to = p++;
            } else {
                from = p;
                while (p < n) {
                    char d = line.charAt(p);
                    if (blank(d) || d == '}' || d == '"') {
                        break;
                    }
                    if (!plain(d)) {
                        return -1;
                    }
                    p++;
                }
                to = p;
            }
            if (items % 2 == 0) {
                dimensionOne = to - from == 1 && line.charAt(from) == '1';
            } else if (dimensionOne && unitFrom < 0) {
                while (from < to && line.charAt(from) == ' ') {
                    from++;
                }
                while (to > from && line.charAt(to - 1) == ' ') {
                    to--;
                }
                if (from < to) {
                    unitFrom = from;
                    unitTo = to;
                }
            }
            items++;
        }
        return items % 2 == 0 ? p + 1 : -1;
    }

    private static int skipBlanks(String line, int p) {
        while (p < line.length() && blank(line.charAt(p))) {
            p++;
        }
        return p;
    }

    private static boolean blank(char c) {
        return c == ' ' || c == '\t';
    }

    /** Printable ASCII that is neither a quote, a brace nor a backslash. */
    private static boolean plain(char c) {
        return c > ' ' && c <= '~' && c != '"' && c != '{' && c != '}' && c != '\\';
    }
}
