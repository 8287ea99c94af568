package se.ekonomiuppfoljning.persistence.followup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.followup.AmountLine;
import se.ekonomiuppfoljning.imports.AmountLines;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.persistence.bulk.TsvInputStream;

/**
 * The lines grouped into rows. Compact lines ({@link AmountLines}, sorted by unit, account and month) are
 * grouped by position, without an object per line; any other collection is merged and sorted first.
 */
final class WideRows {

    /** One row of the table: a year's months of one unit and account, null where there is no line. */
    record WideRow(
            int year, String unit, String account, @Nullable BigDecimal[] months) {}

    private final @Nullable AmountLines compact;
    /** Compact: the first line of each row, and {@code size()} at the end. */
    private final int[] starts;

    private final List<WideRow> rows;

    private WideRows(@Nullable AmountLines compact, int[] starts, List<WideRow> rows) {
        this.compact = compact;
        this.starts = starts;
        this.rows = rows;
    }

    static WideRows of(Collection<AmountLine> lines) {
        if (lines instanceof AmountLines compact) {
            int[] starts = new int[16];
            int count = 0;
            for (int i = 0; i < compact.size(); i++) {
                if (i == 0
                        || compact.unitIndex(i) != compact.unitIndex(i - 1)
                        || compact.accountIndex(i) != compact.accountIndex(i - 1)
                        || compact.period(i).year() != compact.period(i - 1).year()) {
                    if (count + 1 >= starts.length) {
                        starts = Arrays.copyOf(starts, starts.length * 2);
                    }
                    starts[count++] = i;
                }
            }
            starts[count] = compact.size();
            return new WideRows(compact, Arrays.copyOf(starts, count + 1), List.of());
        }
        record Key(int year, String unit, String account) {}
        Map<Key, @Nullable BigDecimal[]> byKey = new HashMap<>();
        for (AmountLine line : lines) {
            @Nullable
            BigDecimal[] months = byKey.computeIfAbsent(
                    new Key(line.period().year(), line.unit().value(), line.account()), k -> new BigDecimal[12]);
            int m = line.period().month() - 1;
            BigDecimal before = months[m];
            months[m] = before == null ? line.amount() : before.add(line.amount());
        }
        List<WideRow> rows = new ArrayList<>(byKey.size());
        byKey.forEach((key, months) -> rows.add(new WideRow(key.year(), key.unit(), key.account(), months)));
        rows.sort(Comparator.comparingInt(WideRow::year)
                .thenComparing(WideRow::unit)
                .thenComparing(WideRow::account));
        return new WideRows(null, new int[0], rows);
    }

    int count() {
        return compact != null ? starts.length - 1 : rows.size();
    }

    /** Every amount fits the columns: the compact lines, or the merged rows' months. */
    void requireStorable() {
        if (compact != null) {
            ActualYearTable.requireStorable(compact);
            return;
        }
        for (WideRow row : rows) {
            for (int m = 0; m < 12; m++) {
                BigDecimal amount = row.months()[m];
                if (amount != null) {
                    ActualYearTable.requireFits(new AmountLine(
                            UnitCode.of(row.unit()), row.account(), new Period(row.year(), m + 1), amount));
                }
            }
        }
    }

    Collection<String> unitCodes() {
        return compact != null
                ? compact.unitCodes().stream().map(UnitCode::value).toList()
                : rows.stream().map(WideRow::unit).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    Collection<String> accountCodes() {
        return compact != null
                ? compact.accountCodes()
                : rows.stream().map(WideRow::account).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    WideRow row(int r) {
        if (compact == null) {
            return rows.get(r);
        }
        @Nullable BigDecimal[] months = new BigDecimal[12];
        for (int i = starts[r]; i < starts[r + 1]; i++) {
            months[compact.period(i).month() - 1] = compact.amount(i);
        }
        int first = starts[r];
        return new WideRow(compact.period(first).year(), compact.unit(first).value(), compact.account(first), months);
    }

    /**
     * The rows as tab-separated lines ({@code \N} for an empty month). Compact rows are written from the lines'
     * dictionaries, without an object per line.
     */
    static final class Stream extends TsvInputStream {
        private final WideRows rows;
        private final byte[][] units;
        private final byte[][] accounts;
        private final byte[][] years;
        private final int[] months;
        private final long[] ore = new long[12];
        private final @Nullable BigDecimal[] big = new BigDecimal[12];
        private final boolean[] set = new boolean[12];
        private int next;

        Stream(WideRows rows) {
            this.rows = rows;
            AmountLines compact = rows.compact;
            if (compact != null) {
                units = compact.unitCodes().stream().map(u -> field(u.value())).toArray(byte[][]::new);
                accounts = compact.accountCodes().stream()
                        .map(TsvInputStream::field)
                        .toArray(byte[][]::new);
                years = compact.periods().stream()
                        .map(p -> utf8(Integer.toString(p.year())))
                        .toArray(byte[][]::new);
                months = compact.periods().stream().mapToInt(Period::month).toArray();
            } else {
                units = accounts = years = new byte[0][];
                months = new int[0];
            }
        }

        @Override
        protected boolean hasRow() {
            return next < rows.count();
        }

        @Override
        protected void writeRow() {
            int r = next++;
            AmountLines compact = rows.compact;
            if (compact == null) {
                WideRow row = rows.row(r);
                putText(Integer.toString(row.year()));
                putText(row.unit());
                putText(row.account());
                for (BigDecimal amount : row.months()) {
                    if (amount == null) {
                        putNull();
                    } else {
                        putAmount(amount);
                    }
                }
                return;
            }
            int first = rows.starts[r];
            put(years[compact.periodIndex(first)]);
            put(units[compact.unitIndex(first)]);
            put(accounts[compact.accountIndex(first)]);
            Arrays.fill(set, false);
            for (int i = first; i < rows.starts[r + 1]; i++) {
                int m = months[compact.periodIndex(i)] - 1;
                set[m] = true;
                big[m] = compact.inOre(i) ? null : compact.amount(i);
                ore[m] = compact.inOre(i) ? compact.ore(i) : 0;
            }
            for (int m = 0; m < 12; m++) {
                BigDecimal amount = big[m];
                if (!set[m]) {
                    putNull();
                } else if (amount != null) {
                    putAmount(amount);
                } else {
                    putOre(ore[m]);
                }
            }
        }
    }
}
