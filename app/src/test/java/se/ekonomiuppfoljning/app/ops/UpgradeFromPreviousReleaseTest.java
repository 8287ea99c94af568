package se.ekonomiuppfoljning.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import se.ekonomiuppfoljning.app.PortalTest;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.followup.FigureRepository;
import se.ekonomiuppfoljning.followup.Figures;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.organisation.Unit;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.persistence.database.EmbeddedMariaDb;
import se.ekonomiuppfoljning.security.AccessScope;

/**
 * Issue 15, "upgrades": a database as the previous release left it, with data in every table, migrated to the
 * current schema reads the same figures.
 *
 * <p>The previous release is the migration set up to {@link #PREVIOUS_RELEASE} (no release is tagged yet: V39 is the
 * schema just before commit 97883dd added V40, {@code shedlock}). An empty schema is migrated by Flyway to
 * that version, and every one of its tables is filled: with the rows of the demo database (the columns both have),
 * and where that leaves a table empty, with the rows of {@link #FIXTURES}. A table of the previous release that gets
 * no row fails the test, so the author of the next migration that adds a table adds its rows here too. The figures
 * (actuals and budgets per unit, the cases, the audit trail, every table's row count) are recorded, the schema is
 * migrated to the current version, and they are read again, by SQL and through the current code's
 * {@code JdbcFigureRepository}, which must read the upgraded copy exactly as it reads the demo database.
 *
 * <p>After a release, set {@link #PREVIOUS_RELEASE} to its last migration.
 */
@PortalTest
class UpgradeFromPreviousReleaseTest {

    static final String PREVIOUS_RELEASE = "39";

    private static final String OLD = "uppfoljning_upgrade_test";

    /**
     * Rows for the tables the demo database may leave empty, in the previous release's columns (run in that schema;
     * foreign key checks are off while the copy is filled, so a row need only be plausible).
     */
    private static final Map<String, List<String>> FIXTURES = Map.ofEntries(
            Map.entry(
                    "login_failure",
                    List.of(
                            "INSERT INTO login_failure (kind, account, address, failures, last_failure_at, audited_at) VALUES ('PAIR', 'nobody', '127.0.0.1', 1, '2026-03-16 08:00:00', NULL)")),
            Map.entry(
                    "actual_year_replaced",
                    List.of(
                            "INSERT INTO actual_year_replaced (import_id, period_year, unit_code, account_code, m01) SELECT (SELECT MIN(id) FROM import_log), 2025, (SELECT MIN(code) FROM unit), (SELECT MIN(code) FROM account), 123.45")),
            Map.entry(
                    "api_key",
                    List.of(
                            "INSERT INTO api_key (owner, label, prefix, key_hash, expires_on, created_by, created_at) VALUES ('controller', 'Nattjobb', 'upg', REPEAT('a', 64), '2027-01-01', 'admin', '2026-03-01 08:00:00')")),
            Map.entry(
                    "budget_version",
                    List.of(
                            "INSERT INTO budget_version (period_year, name, created_at, created_by, import_id) SELECT 2026, 'Före import', '2026-01-10 08:00:00', 'controller', (SELECT MIN(id) FROM import_log)")),
            Map.entry(
                    "budget_version_amount",
                    List.of(
                            "INSERT INTO budget_version_amount (version_id, unit_code, account_code, period_year, period_month, amount) SELECT (SELECT MIN(id) FROM budget_version), (SELECT MIN(code) FROM unit), (SELECT MIN(code) FROM account), 2026, 1, 1000.00")),
            Map.entry(
                    "case_settings",
                    List.of(
                            "INSERT INTO case_settings (id, case_number_pattern, updated_by, updated_at) VALUES (1, 'KS/{year}:{number}', 'admin', '2026-01-02 08:00:00')")),
            Map.entry(
                    "cycle_thresholds",
                    List.of(
                            "INSERT INTO cycle_thresholds (id, ytd_deviation_kronor, ytd_deviation_percent) VALUES (1, 100000.00, 5.00)")),
            Map.entry("directory_account", List.of("INSERT INTO directory_account (username) VALUES ('controller')")),
            Map.entry(
                    "directory_group_mapping",
                    List.of(
                            "INSERT INTO directory_group_mapping (group_name, written, roles, units, committees) VALUES ('cn=ekonomer', 'cn=Ekonomer', 'EKONOM', '', '')")),
            Map.entry(
                    "paragraph_numbering",
                    List.of(
                            "INSERT INTO paragraph_numbering (organ, numbering_year, next_paragraph, updated_by, updated_at) VALUES ('KS', 2026, 40, 'controller', '2026-01-05 08:00:00')")),
            Map.entry(
                    "period_deadline",
                    List.of(
                            "INSERT INTO period_deadline (period_year, period_month, deadline) VALUES (2026, 12, '2027-01-10')")),
            Map.entry(
                    "reminder_sent",
                    List.of(
                            "INSERT INTO reminder_sent (username, period_year, period_month, deadline, days_before, email, sent_at) VALUES ('controller', 2026, 12, '2027-01-10', 3, 'controller@kommun.example', '2027-01-07 07:00:00')")),
            Map.entry(
                    "report_template_text",
                    List.of(
                            "INSERT INTO report_template_text (text_key, text, updated_by, updated_at) VALUES ('upgrade.test', 'Text', 'admin', '2026-01-05 08:00:00')")),
            Map.entry(
                    "substitution",
                    List.of(
                            "INSERT INTO substitution (chief, substitute, from_day, to_day) VALUES ('controller', 'admin', '2026-07-01', '2026-07-31')")));

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EmbeddedMariaDb database;

    @Autowired
    OrganisationRepository organisations;

    @Value("${uppfoljning.database.name}")
    String current;

    @AfterEach
    void dropCopy() {
        jdbc.execute("DROP DATABASE IF EXISTS `" + OLD + "`");
    }

    private DataSource oldSchema() {
        return new DriverManagerDataSource(
                "jdbc:mariadb://localhost:" + database.port() + "/" + OLD, database.username(), "");
    }

    private Flyway flyway(String target) {
        return Flyway.configure()
                .dataSource(oldSchema())
                .locations("classpath:db/migration")
                .target(target)
                .load();
    }

    @Test
    void a_database_of_the_previous_release_with_data_in_every_table_reads_the_same_figures_after_the_migration()
            throws Exception {
        jdbc.execute("DROP DATABASE IF EXISTS `" + OLD + "`");
        jdbc.execute("CREATE DATABASE `" + OLD + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci");
        flyway(PREVIOUS_RELEASE).migrate();
        assertThat(flyway(PREVIOUS_RELEASE).info().current().getVersion())
                .isEqualTo(MigrationVersion.fromVersion(PREVIOUS_RELEASE));
        List<String> tables = tables(OLD);
        assertThat(tables).contains("actual_year", "budget_amount", "report_case", "audit_entry");

        fill(tables);
        Map<String, Long> counts = rowCounts(tables);
        assertThat(counts.entrySet().stream()
                        .filter(e -> e.getValue() == 0)
                        .map(Map.Entry::getKey)
                        .toList())
                .as("tables of the previous release without a row: give them one in FIXTURES")
                .isEmpty();
        List<Map<String, Object>> figuresBefore = figures();
        assertThat(figuresBefore).anySatisfy(row -> assertThat(row.get("kind")).isEqualTo("actual"));

        flyway(MigrationVersion.LATEST.getVersion()).migrate();
        MigrationVersion latest = Flyway.configure()
                .dataSource(oldSchema())
                .locations("classpath:db/migration")
                .load()
                .info()
                .current()
                .getVersion();
        assertThat(latest).isGreaterThan(MigrationVersion.fromVersion(PREVIOUS_RELEASE));
        assertThat(latest)
                .as("the copy is at the demo database's version")
                .isEqualTo(MigrationVersion.fromVersion(jdbc.queryForObject(
                        "SELECT MAX(CAST(version AS UNSIGNED)) FROM flyway_schema_history WHERE success = 1",
                        String.class)));

        assertThat(figures()).isEqualTo(figuresBefore);
        assertThat(rowCounts(tables)).isEqualTo(counts);
        assertThat(tables(OLD)).containsAll(tables);

        // The current code reads the upgraded copy as it reads the demo database it was copied from.
        Organisation organisation = organisations.load();
        AccessScope scope = AccessScope.system(organisation);
        Set<UnitCode> units = organisation.units().stream().map(Unit::code).collect(Collectors.toSet());
        FigureRepository upgraded = figureRepository(oldSchema());
        FigureRepository demo = figureRepository(jdbc.getDataSource());
        List<Period> periods = upgraded.periodsWithActuals();
        assertThat(periods).isNotEmpty().isEqualTo(demo.periodsWithActuals());
        Period last = periods.stream().max(Comparator.naturalOrder()).orElseThrow();
        Map<UnitCode, Figures> read = upgraded.figuresByUnit(scope, units, last);
        assertThat(read).isNotEmpty().isEqualTo(demo.figuresByUnit(scope, units, last));
        assertThat(upgraded.figuresByMonth(scope, units, last.year()))
                .isEqualTo(demo.figuresByMonth(scope, units, last.year()));
    }

    /**
     * The rows of the demo database in the columns both schemas have (replacing the rows the migrations seed), then
     * the fixtures for what is still empty.
     */
    private void fill(List<String> tables) throws Exception {
        Set<String> demoTables = Set.copyOf(tables(current));
        try (Connection c = oldSchema().getConnection();
                Statement s = c.createStatement()) {
            s.execute("SET SESSION FOREIGN_KEY_CHECKS = 0");
            for (String table : tables) {
                if (demoTables.contains(table)) {
                    List<String> columns = jdbc.queryForList(
                            "SELECT o.column_name FROM information_schema.columns o JOIN information_schema.columns n"
                                    + " ON n.table_schema = ? AND n.table_name = o.table_name"
                                    + " AND n.column_name = o.column_name"
                                    + " WHERE o.table_schema = ? AND o.table_name = ? AND o.extra NOT LIKE '%GENERATED%'"
                                    + " ORDER BY o.ordinal_position",
                            String.class, current, OLD, table);
                    String list = columns.stream().map(col -> "`" + col + "`").collect(Collectors.joining(", "));
                    s.execute("REPLACE INTO `" + OLD + "`.`" + table + "` (" + list + ") SELECT " + list + " FROM `"
                            + current + "`.`" + table + "`");
                }
                if (count(OLD, table) == 0) {
                    for (String insert : FIXTURES.getOrDefault(table, List.of())) {
                        s.execute(insert);
                    }
                }
            }
            s.execute("SET SESSION FOREIGN_KEY_CHECKS = 1");
        }
    }

    private List<String> tables(String schema) {
        return jdbc.queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = ? AND table_type = 'BASE TABLE'"
                        + " AND table_name <> 'flyway_schema_history' ORDER BY table_name",
                String.class,
                schema);
    }

    private long count(String schema, String table) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM `" + schema + "`.`" + table + "`", Long.class);
        return count == null ? 0 : count;
    }

    private Map<String, Long> rowCounts(List<String> tables) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables) {
            counts.put(table, count(OLD, table));
        }
        return counts;
    }

    private List<Map<String, Object>> figures() {
        return new ArrayList<>(jdbc.queryForList("SELECT 'actual' AS kind, unit_code, SUM(amount) AS total,"
                + " COUNT(*) AS line_count FROM `" + OLD + "`.actual_amount GROUP BY unit_code"
                + " UNION ALL SELECT 'budget', unit_code, SUM(amount), COUNT(*) FROM `" + OLD
                + "`.budget_amount GROUP BY unit_code"
                + " UNION ALL SELECT 'cases', '', COUNT(*), COUNT(DISTINCT unit_code) FROM `" + OLD + "`.report_case"
                + " UNION ALL SELECT 'audit', '', COUNT(*), MAX(id) FROM `" + OLD + "`.audit_entry"
                + " ORDER BY 1, 2"));
    }

    /** The current code's figure adapter over a data source (its constructor is the persistence module's own). */
    private static FigureRepository figureRepository(DataSource dataSource) throws Exception {
        Class<?> type = Class.forName("se.ekonomiuppfoljning.persistence.followup.JdbcFigureRepository");
        Constructor<?> constructor = type.getDeclaredConstructor(NamedParameterJdbcTemplate.class);
        constructor.setAccessible(true);
        return (FigureRepository) constructor.newInstance(new NamedParameterJdbcTemplate(dataSource));
    }
}
