package se.ekonomiuppfoljning.persistence.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import se.ekonomiuppfoljning.persistence.PersistenceTestApplication;

/**
 * V13 turns the actual lines of a database made by V1–V12 into month-wide rows: a database in use keeps every
 * line, to the öre, including a line that sums to 0, and the lines an import replaced. Runs the migrations on a
 * database of its own on the tests' server.
 */
@SpringBootTest(classes = PersistenceTestApplication.class)
class ActualYearMigrationTest {

    private static final String SCHEMA = "uppfoljning_v12";

    @Autowired
    EmbeddedMariaDb server;

    private @org.jspecify.annotations.Nullable SingleConnectionDataSource dataSource;

    private Flyway flyway(String target) {
        onServer("CREATE DATABASE IF NOT EXISTS " + SCHEMA + " CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci");
        if (dataSource == null) {
            dataSource = new SingleConnectionDataSource(
                    server.jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + SCHEMA + "$1"), server.username(), "", true);
        }
        return Flyway.configure()
                .dataSource(dataSource)
                .cleanDisabled(false)
                .target(target)
                .load();
    }

    @AfterEach
    void dropTheDatabase() {
        if (dataSource != null) {
            dataSource.destroy();
        }
        onServer("DROP DATABASE IF EXISTS " + SCHEMA);
    }

    private void onServer(String sql) {
        SingleConnectionDataSource connection =
                new SingleConnectionDataSource(server.jdbcUrl(), server.username(), "", true);
        try {
            new JdbcTemplate(connection).execute(sql);
        } finally {
            connection.destroy();
        }
    }

    @Test
    void the_lines_and_the_replaced_lines_of_a_database_in_use_are_kept_month_wide() {
        flyway("12").migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("INSERT INTO committee (code, name) VALUES ('KS', 'Kommunstyrelsen')");
        jdbc.update(
                "INSERT INTO unit (code, name, parent_code, committee_code) VALUES ('1150', 'Överförmyndare', NULL, 'KS')");
        jdbc.update("INSERT INTO unit (code, name, parent_code, committee_code) VALUES ('1120', 'IT', NULL, 'KS')");
        jdbc.update("INSERT INTO account (code, name) VALUES ('5011', 'Månadslöner'), ('6110', 'Kontorsmateriel')");
        String lines = "INSERT INTO actual_amount (unit_code, account_code, period_year, period_month, amount) VALUES"
                + " ('1150', '5011', 2026, 1, 35546.00), ('1150', '5011', 2026, 2, 0.00), ('1150', '5011', 2026, 12, -0.01),"
                + " ('1150', '6110', 2026, 2, 1234.50), ('1120', '5011', 2025, 7, 99999999999.99)";
        jdbc.update(lines);
        jdbc.update(
                "INSERT INTO import_log (id, username, imported_at, file_name, sha256, kind, periods, row_count, result)"
                        + " VALUES (7, 'eva', '2026-03-05 08:15:30', 'feb.csv', REPEAT('a', 64), 'ACTUALS_CSV', '2026-02', 2, 'sparad')");
        jdbc.update(
                "INSERT INTO actual_amount_replaced (import_id, unit_code, account_code, period_year, period_month, amount)"
                        + " VALUES (7, '1150', '6110', 2026, 2, 1000.00), (7, '1150', '5011', 2026, 2, 12.00)");
        String select = "SELECT unit_code, account_code, period_year, period_month, amount FROM actual_amount"
                + " ORDER BY unit_code, account_code, period_year, period_month";
        List<Map<String, Object>> before = jdbc.queryForList(select);
        String replaced = "SELECT import_id, unit_code, account_code, period_year, period_month, amount"
                + " FROM actual_amount_replaced ORDER BY unit_code, account_code, period_month";
        List<Map<String, Object>> replacedBefore = jdbc.queryForList(replaced);

        flyway("latest").migrate();

        assertThat(jdbc.queryForList(select)).hasSize(5).isEqualTo(before);
        assertThat(jdbc.queryForList(replaced)).hasSize(2).isEqualTo(replacedBefore);
        assertThat(jdbc.queryForList("SELECT unit_code, account_code, period_year, m01, m02, m12 FROM actual_year"
                        + " WHERE unit_code = '1150' AND account_code = '5011'"))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.get("m01")).hasToString("35546.00");
                    assertThat(row.get("m02")).hasToString("0.00");
                    assertThat(row.get("m12")).hasToString("-0.01");
                });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM actual_year", Integer.class))
                .isEqualTo(3);
    }
}
