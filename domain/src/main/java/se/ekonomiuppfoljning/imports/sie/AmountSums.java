package se.ekonomiuppfoljning.imports.sie;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.imports.AmountLines;
import se.ekonomiuppfoljning.organisation.LedgerCode;
import se.ekonomiuppfoljning.organisation.UnitCode;

/**
 * Running sums per unit, account and month, in öre: an open-addressing table of packed keys (unit, account and
 * month numbers) and {@code long} sums, so a row adds without allocating. A sum that would leave the range of a
 * {@code long} continues exactly as a {@code BigDecimal}. Memory grows with the distinct keys, never with the rows.
 */
final class AmountSums {

    private static final long FREE = -1;

    private final Problems problems;
    private final Codes units;
    private final Codes accounts;
    private final List<Period> periods = new ArrayList<>();
    private final Map<Period, Integer> periodIds = new HashMap<>();

    /** Key and sum side by side (one cache line per lookup): a slot is the index of its key, the sum follows. */
    private long[] cells = newCells(1 << 12);
    /** 64 minus the log2 of the table's length: the hash's top bits pick the slot. */
    private int shift = 64 - 12;

    private int size;
    /** Cells whose sum does not fit in a long of öre, by packed key. */
    private @Nullable Map<Long, BigDecimal> large;

    AmountSums(Problems problems, Codes units, Codes accounts) {
        this.problems = problems;
        this.units = units;
        this.accounts = accounts;
    }

    Codes units() {
        return units;
    }

    Codes accounts() {
        return accounts;
    }

    int periodId(Period period) {
        Integer id = periodIds.get(period);
        if (id == null) {
            id = periods.size();
            periods.add(period);
            periodIds.put(period, id);
        }
        return id;
    }

    private long key(int unit, int account, int period) {
        if (unit >= AmountLines.MAX_CODES || account >= AmountLines.MAX_CODES || period >= 1 << 16) {
            throw problems.refuse(0, "", SieProblem.TOO_MANY_CODES, AmountLines.MAX_CODES);
        }
        return AmountLines.key(unit, account, period);
    }

    /** Adds öre to the cell. */
    void add(int unit, int account, int period, long ore) {
        long key = key(unit, account, period);
        int slot = slot(key);
        if (cells[slot] == FREE) {
            insert(slot, key, ore);
            return;
        }
        long sum = large == null || !large.containsKey(key) ? Ore.add(cells[slot + 1], ore) : Ore.NOT_SIMPLE;
        if (sum != Ore.NOT_SIMPLE) {
            cells[slot + 1] = sum;
        } else {
            addLarge(slot, key, Ore.kronor(ore));
        }
    }

    /** Adds kronor (scale at most 2) to the cell. */
    void add(int unit, int account, int period, BigDecimal amount) {
        long ore = Ore.of(amount);
        if (ore != Ore.NOT_SIMPLE) {
            add(unit, account, period, ore);
            return;
        }
        long key = key(unit, account, period);
        int slot = slot(key);
        if (cells[slot] == FREE) {
            slot = insert(slot, key, 0);
        }
        addLarge(slot, key, amount);
    }

    /** Sets the cell to {@code amount}, whatever it held. */
    void put(int unit, int account, int period, BigDecimal amount) {
        long key = key(unit, account, period);
        int slot = slot(key);
        long ore = Ore.of(amount);
        if (cells[slot] == FREE) {
            slot = insert(slot, key, ore == Ore.NOT_SIMPLE ? 0 : ore);
        } else {
            cells[slot + 1] = ore == Ore.NOT_SIMPLE ? 0 : ore;
        }
        if (ore == Ore.NOT_SIMPLE) {
            largeMap().put(key, amount.setScale(2));
        } else if (large != null) {
            large.remove(key);
        }
    }

    /** The cell's sum in kronor, or null when nothing was added to it. */
    @Nullable
    BigDecimal get(int unit, int account, int period) {
        long key = key(unit, account, period);
        int slot = slot(key);
        if (cells[slot] == FREE) {
            return null;
        }
        return sumOf(slot);
    }

    private BigDecimal sumOf(int slot) {
        if (large != null) {
            BigDecimal big = large.get(cells[slot]);
            if (big != null) {
                return big;
            }
        }
        return Ore.kronor(cells[slot + 1]);
    }

    private boolean isZero(int slot) {
        if (large != null) {
            BigDecimal big = large.get(cells[slot]);
            if (big != null) {
                return big.signum() == 0;
            }
        }
        return cells[slot + 1] == 0;
    }

    private void addLarge(int slot, long key, BigDecimal amount) {
        Map<Long, BigDecimal> map = largeMap();
        BigDecimal before = map.containsKey(key) ? map.get(key) : Ore.kronor(cells[slot + 1]);
        map.put(key, before.add(amount).setScale(2));
    }

    private Map<Long, BigDecimal> largeMap() {
        if (large == null) {
            large = new HashMap<>();
        }
        return large;
    }

    /**
     * The non-zero sums as amount lines, sorted by unit, account and month. Unit codes the portal cannot hold
     * (longer than {@value UnitCode#MAX_LENGTH} characters) are left out with one warning under {@code label}.
     */
    AmountLines toLines(String label) {
        UnitCode[] unitCodes = new UnitCode[units.size()];
        boolean[] invalidUnit = new boolean[units.size()];
        TreeSet<String> invalid = new TreeSet<>();
        boolean[] unitUsed = new boolean[units.size()];
        boolean[] accountUsed = new boolean[accounts.size()];
        boolean[] periodUsed = new boolean[periods.size()];
        int count = 0;
        for (int slot = 0; slot < cells.length; slot += 2) {
            long key = cells[slot];
            if (key == FREE || isZero(slot)) {
                continue;
            }
            int unit = unitOf(key);
            if (unitCodes[unit] == null && !invalidUnit[unit]) {
                try {
                    unitCodes[unit] = UnitCode.of(units.code(unit));
                } catch (IllegalArgumentException e) {
                    invalidUnit[unit] = true;
                    invalid.add(units.code(unit));
                }
            }
            if (invalidUnit[unit]) {
                continue;
            }
            unitUsed[unit] = true;
            accountUsed[accountOf(key)] = true;
            periodUsed[periodOf(key)] = true;
            count++;
        }
        if (!invalid.isEmpty()) {
            problems.warning(0, label, SieProblem.UNIT_CODES_TOO_LONG, UnitCode.MAX_LENGTH, String.join(", ", invalid));
        }
        if (strippedTwins(unitUsed, unitCodes)) {
            return canonical(unitCodes, unitUsed).toLines(label);
        }
        // sorted by the codes as the portal holds them (upper case), as the lines' dictionaries are
        int[] unitOrder = order(unitUsed, Comparator.comparing(id -> unitCodes[id]));
        int[] accountOrder = order(accountUsed, Comparator.comparing(id -> LedgerCode.account(accounts.code(id))));
        int[] periodOrder = order(periodUsed, Comparator.comparing(periods::get));
        int[] unitRank = ranks(unitOrder, units.size());
        int[] accountRank = ranks(accountOrder, accounts.size());
        int[] periodRank = ranks(periodOrder, periods.size());
        long[] lineKeys = new long[count];
        int n = 0;
        for (int slot = 0; slot < cells.length; slot += 2) {
            long key = cells[slot];
            if (key != FREE && unitRank[unitOf(key)] >= 0 && !isZero(slot)) {
                lineKeys[n++] =
                        AmountLines.key(unitRank[unitOf(key)], accountRank[accountOf(key)], periodRank[periodOf(key)]);
            }
        }
        Arrays.parallelSort(lineKeys);
        long[] lineOre = new long[count];
        Map<Integer, BigDecimal> lineLarge = new HashMap<>();
        for (int i = 0; i < count; i++) {
            long line = lineKeys[i];
            int slot = slot(AmountLines.key(
                    unitOrder[unitOf(line)], accountOrder[accountOf(line)], periodOrder[periodOf(line)]));
            if (large != null && large.containsKey(cells[slot])) {
                lineLarge.put(i, large.get(cells[slot]));
            } else {
                lineOre[i] = cells[slot + 1];
            }
        }
        List<UnitCode> unitList = new ArrayList<>(unitOrder.length);
        for (int id : unitOrder) {
            unitList.add(unitCodes[id]);
        }
        List<String> accountList = new ArrayList<>(accountOrder.length);
        for (int id : accountOrder) {
            accountList.add(LedgerCode.account(accounts.code(id))); // checked by SieParser, twins refused
        }
        List<Period> periodList = new ArrayList<>(periodOrder.length);
        for (int id : periodOrder) {
            periodList.add(periods.get(id));
        }
        return AmountLines.of(unitList, accountList, periodList, lineKeys, lineOre, lineLarge);
    }

    /** Whether two codes as written (" A " and "A") are one unit code: their lines must be added together. */
    private static boolean strippedTwins(boolean[] unitUsed, UnitCode[] unitCodes) {
        Set<UnitCode> distinct = new HashSet<>();
        for (int id = 0; id < unitUsed.length; id++) {
            if (unitUsed[id] && !distinct.add(unitCodes[id])) {
                return true;
            }
        }
        return false;
    }

    /** The used cells again, under the unit codes as the portal holds them, lines of one code added together. */
    private AmountSums canonical(UnitCode[] unitCodes, boolean[] unitUsed) {
        AmountSums canonical = new AmountSums(problems, new Codes(), accounts);
        for (int slot = 0; slot < cells.length; slot += 2) {
            long key = cells[slot];
            if (key != FREE && unitUsed[unitOf(key)] && !isZero(slot)) {
                canonical.add(
                        canonical.units().id(unitCodes[unitOf(key)].value()),
                        accountOf(key),
                        canonical.periodId(periods.get(periodOf(key))),
                        sumOf(slot));
            }
        }
        return canonical;
    }

    /** The used ids, sorted by {@code order}. */
    private static int[] order(boolean[] used, Comparator<Integer> order) {
        List<Integer> ids = new ArrayList<>();
        for (int id = 0; id < used.length; id++) {
            if (used[id]) {
                ids.add(id);
            }
        }
        ids.sort(order);
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Position in {@code order} by id, -1 for ids not in it. */
    private static int[] ranks(int[] order, int ids) {
        int[] rank = new int[ids];
        Arrays.fill(rank, -1);
        for (int i = 0; i < order.length; i++) {
            rank[order[i]] = i;
        }
        return rank;
    }

    private static int unitOf(long key) {
        return (int) (key >>> 40);
    }

    private static int accountOf(long key) {
        return (int) (key >>> 16) & 0xFF_FFFF;
    }

    private static int periodOf(long key) {
        return (int) key & 0xFFFF;
    }

    private int slot(long key) {
        int mask = cells.length / 2 - 1;
        int slot = 2 * (int) ((key * 0x9E37_79B9_7F4A_7C15L) >>> shift);
        while (cells[slot] != FREE && cells[slot] != key) {
            slot = 2 * ((slot / 2 + 1) & mask);
        }
        return slot;
    }

    /** Fills a free slot; returns the key's slot (it moves when the table grows). */
    private int insert(int slot, long key, long ore) {
        cells[slot] = key;
        cells[slot + 1] = ore;
        if (++size * 4 > cells.length / 2 * 3) {
            grow();
            return slot(key);
        }
        return slot;
    }

    private void grow() {
        long[] old = cells;
        cells = newCells(old.length);
        shift--;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != FREE) {
                int slot = slot(old[i]);
                cells[slot] = old[i];
                cells[slot + 1] = old[i + 1];
            }
        }
    }

    /** Room for {@code slots} keys and sums, all slots free. */
    private static long[] newCells(int slots) {
        long[] cells = new long[2 * slots];
        for (int i = 0; i < cells.length; i += 2) {
            cells[i] = FREE;
        }
        return cells;
    }
}
