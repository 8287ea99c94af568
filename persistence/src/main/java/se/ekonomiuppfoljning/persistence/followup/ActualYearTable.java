package se.ekonomiuppfoljning.persistence.followup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcOperations;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.followup.AmountLine;
import se.ekonomiuppfoljning.imports.AmountLines;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.persistence.database.TsvInputStream;

/**
 * The actuals, stored month-wide in {@code actual_year}: one row per year, unit and account, a column per month
 * ({@code m01}..{@code m12}, NULL where the ledger has no line for the month). A large kommun's year is about
 * 90 000 rows instead of 730 000 lines (see V13 and docs/benchmark.md). This class holds the SQL that knows the
 * layout: the month columns, their sums, and storing lines into it.
 */
public final class ActualYearTable {

    public static final String TABLE = "actual_year";

    /** The month columns, {@code m01, …, m12}. */
    public static final String MONTH_COLUMNS =
            IntStream.rangeClosed(1, 12).mapToObj(ActualYearTable::column).collect(Collectors.joining(", "));

    /** Keeps a row's other months when a row of the same key is inserted: a NULL month never overwrites. */
    public static final String MERGE_MONTHS = " ON DUPLICATE KEY UPDATE "
            + IntStream.rangeClosed(1, 12)
                    .mapToObj(
                            m -> column(m) + " = COALESCE(VALUES(" + column(m) + "), " + TABLE + "." + column(m) + ")")
                    .collect(Collectors.joining(", "));

    /** Below this many rows batched upserts are as quick as LOAD DATA and simpler. */
    static final int BULK_LOAD_THRESHOLD = 2_000;

    private static final int BATCH_SIZE = 5_000;
    private static final String STAGING = "actual_year_load";
    private static final Logger log = LoggerFactory.getLogger(ActualYearTable.class);

    private final JdbcOperations jdbc;

    public ActualYearTable(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The column of a month (1..12), e.g. {@code m03}. */
    public static String column(int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("no month " + month);
        }
        return month < 10 ? "m0" + month : "m" + month;
    }

    /**
     * The sum over a group of the months {@code from}..{@code to}, 0 where the group has none, as SQL:
     * {@code COALESCE(SUM(p.m01), 0) + …}; {@code prefix} is the table alias with its dot, or empty.
     */
    public static String sum(String prefix, int from, int to) {
        return IntStream.rangeClosed(from, to)
                .mapToObj(m -> "COALESCE(SUM(" + prefix + column(m) + "), 0)")
                .collect(Collectors.joining(" + "));
    }

    /**
     * Stores lines whose cells are empty now (their unit and month were cleared, or never held), in the caller's
     * transaction (the temporary table lives on its connection). Each line sets its month of its row, and a row's
     * other months are kept. Two lines of the same unit, account and month are added together, as a ledger would.
     * {@code tableHoldsRowsOfTheLines}: whether {@code actual_year} may hold rows of the lines' years and units
     * already; when it cannot, a large set goes straight in with {@code LOAD DATA LOCAL INFILE}, else through a
     * temporary table and one merging statement.
     */
    public Stored store(Collection<AmountLine> lines, boolean tableHoldsRowsOfTheLines) {
        if (lines.isEmpty()) {
            return Stored.NOTHING;
        }
        WideRows rows = WideRows.of(lines);
        rows.requireStorable();
        if (rows.count() >= BULK_LOAD_THRESHOLD) {
            if (!tableHoldsRowsOfTheLines) {
                if (load(TABLE, rows)) {
                    return Stored.LOADED;
                }
            } else {
                jdbc.execute("DROP TEMPORARY TABLE IF EXISTS " + STAGING);
                jdbc.execute("CREATE TEMPORARY TABLE " + STAGING + " LIKE " + TABLE);
                try {
                    if (load(STAGING, rows)) {
                        jdbc.update("INSERT INTO " + TABLE + " (period_year, unit_code, account_code, " + MONTH_COLUMNS
                                + ") SELECT period_year, unit_code, account_code, " + MONTH_COLUMNS + " FROM " + STAGING
                                + MERGE_MONTHS);
                        return Stored.LOADED_AND_MERGED;
                    }
                } finally {
                    jdbc.execute("DROP TEMPORARY TABLE IF EXISTS " + STAGING);
                }
            }
        }
        upsert(rows);
        return Stored.IN_BATCHES;
    }

    /** How {@link #store} stored the lines. */
    public enum Stored {
        NOTHING,
        /** With {@code LOAD DATA LOCAL INFILE} straight into the table. */
        LOADED,
        /** Loaded into a temporary table, then merged into the rows of the table. */
        LOADED_AND_MERGED,
        /** With batched upserts: a small set, or the server refused {@code LOAD DATA LOCAL}. */
        IN_BATCHES
    }

    /** The most a figure column (DECIMAL(15, 2)) holds, in öre. */
    private static final long MAX_ORE = 999_999_999_999_999L;

    /**
     * Refuses amounts a figure column cannot hold, before anything is sent: {@code LOAD DATA LOCAL} would store the
     * largest value with a warning, and a stream that fails halfway loses the connection. The importer refuses such
     * files with a message first; this guards every other caller.
     */
    public static void requireStorable(Collection<AmountLine> lines) {
        if (lines instanceof AmountLines compact) {
            for (int i = 0; i < compact.size(); i++) {
                if (!compact.inOre(i) || Math.abs(compact.ore(i)) > MAX_ORE) {
                    requireFits(compact.get(i));
                }
            }
        } else {
            lines.forEach(ActualYearTable::requireFits);
        }
    }

    private static void requireFits(AmountLine line) {
        if (line.amount().abs().compareTo(BigDecimal.valueOf(MAX_ORE, 2)) > 0) {
            throw new IllegalArgumentException(line.amount().toPlainString() + " kr of " + line.unit() + ", "
                    + line.account() + ", " + line.period() + " does not fit a DECIMAL(15, 2) column");
        }
    }

    /** Sets each line's month of its row, keeping the row's other months, in JDBC batches. */
    public void upsert(Collection<AmountLine> lines) {
        if (!lines.isEmpty()) {
            WideRows rows = WideRows.of(lines);
            rows.requireStorable();
            upsert(rows);
        }
    }

    private void upsert(WideRows rows) {
        List<Integer> indexes = IntStream.range(0, rows.count()).boxed().toList();
        String sql = "INSERT INTO " + TABLE + " (period_year, unit_code, account_code, " + MONTH_COLUMNS
                + ") VALUES (?, ?, ?" + ", ?".repeat(12) + ")" + MERGE_MONTHS;
        jdbc.batchUpdate(sql, indexes, BATCH_SIZE, (ps, r) -> {
            WideRow row = rows.row(r);
            ps.setInt(1, row.year());
            ps.setString(2, row.unit());
            ps.setString(3, row.account());
            for (int m = 1; m <= 12; m++) {
                ps.setBigDecimal(3 + m, row.months()[m - 1]);
            }
        });
    }

    /**
     * {@code LOAD DATA LOCAL INFILE} fed from memory (the driver's local-infile stream, no file on disk); false
     * where the server or driver refuses it, and the caller falls back to batches. Into {@code actual_year} the
     * rows go with the session's foreign key checks off, after {@link #requireKnownCodes} has checked the units and
     * accounts once: checking 90 000 rows twice each took a third of the load. The keys stay declared and are
     * checked by every other statement; the checks are switched on again whatever happens.
     */
    private boolean load(String table, WideRows rows) {
        boolean checkedHere = table.equals(TABLE);
        if (checkedHere) {
            requireKnownCodes(rows);
        }
        Boolean loaded = jdbc.execute((ConnectionCallback<Boolean>) connection -> {
            try (java.sql.Statement statement = connection.createStatement()) {
                org.mariadb.jdbc.Statement mariadb = statement.unwrap(org.mariadb.jdbc.Statement.class);
                TsvStream stream = new TsvStream(rows);
                int inserted;
                try {
                    if (checkedHere) {
                        statement.execute("SET SESSION foreign_key_checks = 0");
                    }
                    // the stream goes with the next statement, so it is set just before the LOAD
                    mariadb.setLocalInfileInputStream(stream);
                    inserted = statement.executeUpdate("LOAD DATA LOCAL INFILE 'actuals.tsv' INTO TABLE " + table
                            + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\'"
                            + " LINES TERMINATED BY '\\n'"
                            + " (period_year, unit_code, account_code, " + MONTH_COLUMNS + ")");
                } finally {
                    if (checkedHere) {
                        statement.execute("SET SESSION foreign_key_checks = 1");
                    }
                }
                if (inserted != rows.count()) {
                    // LOAD DATA LOCAL skips a row whose key exists: another import stored rows of these units and
                    // year at the same time (the caller's locking read should have seen them); the caller rolls back
                    throw new org.springframework.dao.ConcurrencyFailureException("LOAD DATA inserted " + inserted
                            + " of " + rows.count() + " rows into " + table + ": rows of the same keys were stored"
                            + " meanwhile");
                }
                return true;
            } catch (java.sql.SQLException refused) {
                log.warn("LOAD DATA LOCAL not available ({}); inserting in batches", refused.getMessage());
                return false;
            }
        });
        return Boolean.TRUE.equals(loaded);
    }

    /** What the foreign keys would check: every unit and account of the rows exists. */
    private void requireKnownCodes(WideRows rows) {
        requireKnown("unit", rows.unitCodes());
        requireKnown("account", rows.accountCodes());
    }

    private void requireKnown(String table, Collection<String> codes) {
        Set<String> found = new TreeSet<>(String.CASE_INSENSITIVE_ORDER); // as the tables' collation compares
        List<String> all = List.copyOf(codes);
        for (int from = 0; from < all.size(); from += 1_000) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 1_000));
            found.addAll(jdbc.queryForList(
                    "SELECT code FROM " + table + " WHERE code IN ("
                            + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")",
                    String.class,
                    chunk.toArray()));
        }
        List<String> missing =
                all.stream().filter(code -> !found.contains(code)).limit(10).toList();
        if (!missing.isEmpty()) {
            throw new DataIntegrityViolationException("actual_year: no " + table + " " + String.join(", ", missing));
        }
    }

    /** One row of the table: a year's months of one unit and account, null where there is no line. */
    record WideRow(
            int year, String unit, String account, @Nullable BigDecimal[] months) {}

    /**
     * The lines grouped into rows. Compact lines ({@link AmountLines}, sorted by unit, account and month) are
     * grouped by position, without an object per line; any other collection is merged and sorted first.
     */
    static final class WideRows {
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
                        requireFits(new AmountLine(
                                UnitCode.of(row.unit()), row.account(), new Period(row.year(), m + 1), amount));
                    }
                }
            }
        }

        Collection<String> unitCodes() {
            return compact != null
                    ? compact.unitCodes().stream().map(UnitCode::value).toList()
                    : rows.stream().map(WideRow::unit).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        }

        Collection<String> accountCodes() {
            return compact != null
                    ? compact.accountCodes()
                    : rows.stream()
                            .map(WideRow::account)
                            .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
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
            return new WideRow(
                    compact.period(first).year(), compact.unit(first).value(), compact.account(first), months);
        }
    }

    /**
     * The rows as tab-separated lines ({@code \N} for an empty month). Compact rows are written from the lines'
     * dictionaries, without an object per line.
     */
    static final class TsvStream extends TsvInputStream {
        private final WideRows rows;
        private final byte[][] units;
        private final byte[][] accounts;
        private final byte[][] years;
        private final int[] months;
        private final long[] ore = new long[12];
        private final @Nullable BigDecimal[] big = new BigDecimal[12];
        private final boolean[] set = new boolean[12];
        private int next;

        TsvStream(WideRows rows) {
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
