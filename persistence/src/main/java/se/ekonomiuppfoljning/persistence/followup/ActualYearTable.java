package se.ekonomiuppfoljning.persistence.followup;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcOperations;
import se.ekonomiuppfoljning.followup.AmountLine;
import se.ekonomiuppfoljning.imports.AmountLines;
import se.ekonomiuppfoljning.persistence.bulk.BulkLoader;

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

    /** The columns a loaded row fills, in the order {@link WideRows.Stream} writes them. */
    private static final List<String> LOAD_COLUMNS = Stream.concat(
                    Stream.of("period_year", "unit_code", "account_code"),
                    IntStream.rangeClosed(1, 12).mapToObj(ActualYearTable::column))
            .toList();

    private final JdbcOperations jdbc;
    private final BulkLoader loader;

    public ActualYearTable(JdbcOperations jdbc) {
        this.jdbc = jdbc;
        this.loader = new BulkLoader(jdbc);
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

    static void requireFits(AmountLine line) {
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
            WideRows.WideRow row = rows.row(r);
            ps.setInt(1, row.year());
            ps.setString(2, row.unit());
            ps.setString(3, row.account());
            for (int m = 1; m <= 12; m++) {
                ps.setBigDecimal(3 + m, row.months()[m - 1]);
            }
        });
    }

    /**
     * Loads the rows with {@link BulkLoader}; false where {@code LOAD DATA LOCAL} is refused, and the caller falls
     * back to batches. Into {@code actual_year} the rows go with the session's foreign key checks off, after
     * {@link #requireKnownCodes} has checked the units and accounts once: checking 90 000 rows twice each took a
     * third of the load. A short load (rows of the same keys stored meanwhile by another import, which the caller's
     * locking read should have seen) throws, and the caller's transaction rolls back.
     */
    private boolean load(String table, WideRows rows) {
        WideRows.Stream stream = new WideRows.Stream(rows);
        if (!table.equals(TABLE)) {
            return loader.load(table, LOAD_COLUMNS, stream);
        }
        requireKnownCodes(rows);
        return loader.loadWithReferencesChecked(table, LOAD_COLUMNS, stream);
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
                            + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")",
                    String.class,
                    chunk.toArray()));
        }
        List<String> missing =
                all.stream().filter(code -> !found.contains(code)).limit(10).toList();
        if (!missing.isEmpty()) {
            throw new DataIntegrityViolationException("actual_year: no " + table + " " + String.join(", ", missing));
        }
    }
}
