package se.ekonomiuppfoljning.imports;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.followup.AmountLine;
import se.ekonomiuppfoljning.organisation.UnitCode;

/**
 * Aggregated amount lines held compactly: a large import has hundreds of thousands of lines, and as objects they
 * would take most of the heap. Each line is a position in three sorted dictionaries (units, accounts, months)
 * and a sum in öre; a sum too large for a {@code long} of öre is kept as a {@code BigDecimal}. The lines are
 * sorted by unit, account and month, each key at most once. Immutable; {@link #get(int)} creates the
 * {@link AmountLine} (amount in kronor, scale 2) when it is asked for.
 */
public final class AmountLines extends AbstractList<AmountLine> implements RandomAccess {

    /** Bits of the packed key per part: unit, account and month positions. */
    private static final int PERIOD_BITS = 16;

    private static final int ACCOUNT_BITS = 24;
    /** The most distinct units or accounts one list holds. */
    public static final int MAX_CODES = 1 << 23;

    private static final AmountLines EMPTY =
            new AmountLines(new UnitCode[0], new String[0], new Period[0], new long[0], new long[0], null);

    private final UnitCode[] units;
    private final String[] accounts;
    private final Period[] periods;
    private final long[] keys;
    private final long[] ore;
    private final @Nullable Map<Integer, BigDecimal> large;

    private AmountLines(
            UnitCode[] units,
            String[] accounts,
            Period[] periods,
            long[] keys,
            long[] ore,
            @Nullable Map<Integer, BigDecimal> large) {
        this.units = units;
        this.accounts = accounts;
        this.periods = periods;
        this.keys = keys;
        this.ore = ore;
        this.large = large == null || large.isEmpty() ? null : large;
    }

    public static AmountLines empty() {
        return EMPTY;
    }

    /** An unmodifiable copy, as {@link List#copyOf}; an {@code AmountLines} is kept as it is (it is immutable). */
    public static List<AmountLine> copyOf(List<AmountLine> lines) {
        return lines instanceof AmountLines compact ? compact : List.copyOf(lines);
    }

    /** The packed key of a line: positions in the unit, account and month dictionaries. */
    public static long key(int unit, int account, int period) {
        return ((long) unit << (ACCOUNT_BITS + PERIOD_BITS)) | ((long) account << PERIOD_BITS) | period;
    }

    /**
     * Builds the list from sorted dictionaries and lines in ascending key order ({@link #key}); {@code large}
     * holds, by line index, the sums that do not fit in {@code ore}. Checks the order and that every dictionary
     * entry is used.
     */
    public static AmountLines of(
            List<UnitCode> units,
            List<String> accounts,
            List<Period> periods,
            long[] keys,
            long[] ore,
            @Nullable Map<Integer, BigDecimal> large) {
        if (keys.length != ore.length) {
            throw new IllegalArgumentException("keys and sums differ in length");
        }
        if (units.size() > MAX_CODES || accounts.size() > MAX_CODES || periods.size() >= 1 << PERIOD_BITS) {
            throw new IllegalArgumentException("too many distinct units, accounts or months");
        }
        AmountLines lines = new AmountLines(
                units.toArray(UnitCode[]::new),
                accounts.toArray(String[]::new),
                periods.toArray(Period[]::new),
                keys,
                ore,
                large == null ? null : new HashMap<>(large));
        lines.check();
        return lines;
    }

    private void check() {
        checkSorted(units);
        checkSorted(accounts);
        checkSorted(periods);
        boolean[] unitUsed = new boolean[units.length];
        boolean[] accountUsed = new boolean[accounts.length];
        boolean[] periodUsed = new boolean[periods.length];
        for (int i = 0; i < keys.length; i++) {
            if (i > 0 && keys[i] <= keys[i - 1]) {
                throw new IllegalArgumentException("the lines are not in ascending key order at " + i);
            }
            unitUsed[unitIndex(i)] = true;
            accountUsed[accountIndex(i)] = true;
            periodUsed[periodIndex(i)] = true;
        }
        if (!allTrue(unitUsed) || !allTrue(accountUsed) || !allTrue(periodUsed)) {
            throw new IllegalArgumentException("a dictionary entry is not used by any line");
        }
    }

    private static <T extends Comparable<T>> void checkSorted(T[] values) {
        for (int i = 1; i < values.length; i++) {
            if (values[i].compareTo(values[i - 1]) <= 0) {
                throw new IllegalArgumentException("a dictionary is not sorted: " + values[i - 1] + ", " + values[i]);
            }
        }
    }

    private static boolean allTrue(boolean[] flags) {
        for (boolean flag : flags) {
            if (!flag) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public AmountLine get(int index) {
        return new AmountLine(unit(index), account(index), period(index), amount(index));
    }

    public int unitIndex(int line) {
        return (int) (keys[line] >>> (ACCOUNT_BITS + PERIOD_BITS));
    }

    public int accountIndex(int line) {
        return (int) (keys[line] >>> PERIOD_BITS) & ((1 << ACCOUNT_BITS) - 1);
    }

    public int periodIndex(int line) {
        return (int) keys[line] & ((1 << PERIOD_BITS) - 1);
    }

    public UnitCode unit(int line) {
        return units[unitIndex(line)];
    }

    public String account(int line) {
        return accounts[accountIndex(line)];
    }

    public Period period(int line) {
        return periods[periodIndex(line)];
    }

    /** Whether the line's sum is held in öre ({@link #ore(int)}); else only {@link #amount(int)} has it. */
    public boolean inOre(int line) {
        return large == null || !large.containsKey(line);
    }

    /** The line's sum in öre; only where {@link #inOre(int)}. */
    public long ore(int line) {
        if (!inOre(line)) {
            throw new IllegalStateException("the sum of line " + line + " does not fit in a long of hundredths");
        }
        return ore[line];
    }

    /** The line's sum in kronor, scale 2. */
    public BigDecimal amount(int line) {
        if (large != null) {
            BigDecimal big = large.get(line);
            if (big != null) {
                return big;
            }
        }
        return BigDecimal.valueOf(ore[line], 2);
    }

    /** The units of the lines, sorted; {@link #unitIndex(int)} points into it. */
    public List<UnitCode> unitCodes() {
        return List.of(units);
    }

    /** The accounts of the lines, sorted; {@link #accountIndex(int)} points into it. */
    public List<String> accountCodes() {
        return List.of(accounts);
    }

    /** The months of the lines, sorted; {@link #periodIndex(int)} points into it. */
    public List<Period> periods() {
        return List.of(periods);
    }

    /** Per unit, the sum of its lines. */
    public Map<UnitCode, BigDecimal> sumsByUnit() {
        return sorted(units, sums(this::unitIndex, units.length));
    }

    /** Per account, the sum of its lines. */
    public Map<String, BigDecimal> sumsByAccount() {
        return sorted(accounts, sums(this::accountIndex, accounts.length));
    }

    private static <K> Map<K, BigDecimal> sorted(K[] codes, BigDecimal[] sums) {
        Map<K, BigDecimal> result = new TreeMap<>();
        for (int i = 0; i < codes.length; i++) {
            result.put(codes[i], sums[i]);
        }
        return result;
    }

    /** The sums of the lines per group ({@code group}: a line's group index below {@code groups}), in öre while they fit. */
    private BigDecimal[] sums(IntUnaryOperator group, int groups) {
        long[] sums = new long[groups];
        BigDecimal[] big = new BigDecimal[groups];
        for (int i = 0; i < keys.length; i++) {
            int g = group.applyAsInt(i);
            if (big[g] == null && inOre(i)) {
                long sum = sums[g] + ore[i];
                if (((sums[g] ^ sum) & (ore[i] ^ sum)) >= 0) {
                    sums[g] = sum;
                    continue;
                }
            }
            if (big[g] == null) {
                big[g] = BigDecimal.valueOf(sums[g], 2);
            }
            big[g] = big[g].add(amount(i));
        }
        for (int g = 0; g < groups; g++) {
            if (big[g] == null) {
                big[g] = BigDecimal.valueOf(sums[g], 2);
            }
        }
        return big;
    }

    /** The lines on the accounts that {@code keep} accepts, as a new list (this one when it keeps all). */
    public AmountLines withAccounts(Predicate<String> keep) {
        boolean[] kept = new boolean[accounts.length];
        boolean all = true;
        for (int a = 0; a < accounts.length; a++) {
            kept[a] = keep.test(accounts[a]);
            all &= kept[a];
        }
        if (all) {
            return this;
        }
        int count = 0;
        for (int i = 0; i < keys.length; i++) {
            if (kept[accountIndex(i)]) {
                count++;
            }
        }
        int[] lineIndex = new int[count];
        boolean[] unitUsed = new boolean[units.length];
        boolean[] periodUsed = new boolean[periods.length];
        int n = 0;
        for (int i = 0; i < keys.length; i++) {
            if (kept[accountIndex(i)]) {
                lineIndex[n++] = i;
                unitUsed[unitIndex(i)] = true;
                periodUsed[periodIndex(i)] = true;
            }
        }
        int[] unitMap = renumber(unitUsed);
        int[] accountMap = renumber(kept);
        int[] periodMap = renumber(periodUsed);
        long[] newKeys = new long[count];
        long[] newOre = new long[count];
        Map<Integer, BigDecimal> newLarge = new HashMap<>();
        for (int j = 0; j < count; j++) {
            int i = lineIndex[j];
            newKeys[j] = key(unitMap[unitIndex(i)], accountMap[accountIndex(i)], periodMap[periodIndex(i)]);
            newOre[j] = ore[i];
            if (!inOre(i)) {
                newLarge.put(j, amount(i));
            }
        }
        return new AmountLines(
                select(units, unitUsed, UnitCode[]::new),
                select(accounts, kept, String[]::new),
                select(periods, periodUsed, Period[]::new),
                newKeys,
                newOre,
                newLarge);
    }

    /** New positions of the used entries, -1 for the others. */
    private static int[] renumber(boolean[] used) {
        int[] map = new int[used.length];
        int next = 0;
        for (int i = 0; i < used.length; i++) {
            map[i] = used[i] ? next++ : -1;
        }
        return map;
    }

    private static <T> T[] select(T[] values, boolean[] used, IntFunction<T[]> array) {
        List<T> kept = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (used[i]) {
                kept.add(values[i]);
            }
        }
        return kept.toArray(array.apply(0));
    }
}
