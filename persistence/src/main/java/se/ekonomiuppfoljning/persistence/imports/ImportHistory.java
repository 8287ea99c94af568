package se.ekonomiuppfoljning.persistence.imports;

import static se.ekonomiuppfoljning.persistence.imports.ImportSql.BATCH_SIZE;
import static se.ekonomiuppfoljning.persistence.imports.ImportSql.fit;
import static se.ekonomiuppfoljning.persistence.imports.ImportSql.instant;
import static se.ekonomiuppfoljning.persistence.imports.ImportSql.requiredKey;
import static se.ekonomiuppfoljning.persistence.imports.ImportSql.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.imports.ImportKind;
import se.ekonomiuppfoljning.imports.ImportRecord;
import se.ekonomiuppfoljning.organisation.UnitCode;

/**
 * The history of imports ({@code import_log}) and what each touched: its units in {@code import_unit} (target
 * {@code ACTUAL} or {@code BUDGET}, since one SIE file can carry both) and its periods in {@code import_period}
 * (a month 1..12 of actuals, or month {@value #BUDGET_YEAR_MONTH} for a budget year). The figure parts join their
 * tables to that recorded scope, so replacing and undoing stay a handful of statements. Times are UTC.
 */
final class ImportHistory {

    /** import_period.period_month of a budget year. */
    static final int BUDGET_YEAR_MONTH = 0;

    static final String ACTUAL = "ACTUAL";
    static final String BUDGET = "BUDGET";

    private static final String RECORD_COLUMNS =
            "id, username, imported_at, file_name, sha256, kind, periods, row_count, result, undone";

    private final NamedParameterJdbcTemplate jdbc;

    ImportHistory(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long start(ImportRecord record) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                """
                INSERT INTO import_log (username, imported_at, file_name, sha256, kind, periods, row_count, result, undone)
                VALUES (:username, :at, :fileName, :sha256, :kind, :periods, :rows, :result, :undone)
                """,
                new MapSqlParameterSource()
                        .addValue("username", record.username())
                        .addValue("at", utc(record.at()))
                        .addValue("fileName", fit(record.fileName(), 255))
                        .addValue("sha256", record.sha256())
                        .addValue("kind", record.kind().name())
                        .addValue("periods", fit(record.periods(), 500))
                        .addValue("rows", record.rows())
                        .addValue("result", fit(record.result(), 100))
                        .addValue("undone", record.undone()),
                key,
                new String[] {"id"});
        return requiredKey(key);
    }

    /** Newest first. */
    List<ImportRecord> history() {
        return jdbc.query("SELECT " + RECORD_COLUMNS + " FROM import_log ORDER BY id DESC", (rs, i) -> record(rs));
    }

    Optional<ImportRecord> find(long importId) {
        return jdbc
                .query(
                        "SELECT " + RECORD_COLUMNS + " FROM import_log WHERE id = :id",
                        new MapSqlParameterSource("id", importId),
                        (rs, i) -> record(rs))
                .stream()
                .findFirst();
    }

    /** Records units of the import, for {@code target} ({@link #ACTUAL} or {@link #BUDGET}). */
    void recordUnits(long importId, String target, Set<UnitCode> units) {
        if (units.isEmpty()) {
            return;
        }
        jdbc.getJdbcOperations()
                .batchUpdate(
                        "INSERT IGNORE INTO import_unit (import_id, target, unit_code) VALUES (?, ?, ?)",
                        List.copyOf(units),
                        BATCH_SIZE,
                        (ps, unit) -> {
                            ps.setLong(1, importId);
                            ps.setString(2, target);
                            ps.setString(3, unit.value());
                        });
    }

    /** Records the months of actuals the import replaces. */
    void recordActualPeriods(long importId, Set<Period> periods) {
        recordPeriods(
                importId,
                periods.stream().map(p -> new int[] {p.year(), p.month()}).toList());
    }

    /** Records the budget year the import replaces. */
    void recordBudgetYear(long importId, int year) {
        recordPeriods(importId, List.<int[]>of(new int[] {year, BUDGET_YEAR_MONTH}));
    }

    private void recordPeriods(long importId, List<int[]> periods) {
        if (periods.isEmpty()) {
            return;
        }
        jdbc.getJdbcOperations()
                .batchUpdate(
                        "INSERT IGNORE INTO import_period (import_id, period_year, period_month) VALUES (?, ?, ?)",
                        periods,
                        BATCH_SIZE,
                        (ps, period) -> {
                            ps.setLong(1, importId);
                            ps.setInt(2, period[0]);
                            ps.setInt(3, period[1]);
                        });
    }

    /** The units whose actuals or budget the import replaced. */
    Set<UnitCode> unitsOf(long importId) {
        return Set.copyOf(jdbc
                .queryForList(
                        "SELECT DISTINCT unit_code FROM import_unit WHERE import_id = :id",
                        new MapSqlParameterSource("id", importId),
                        String.class)
                .stream()
                .map(UnitCode::of)
                .toList());
    }

    /** The months of actuals the import replaced. */
    Set<Period> actualPeriods(long importId) {
        return new HashSet<>(jdbc.query(
                """
                SELECT period_year, period_month FROM import_period
                WHERE import_id = :id AND period_month BETWEEN 1 AND 12
                """, new MapSqlParameterSource("id", importId), (rs, i) -> new Period(rs.getInt(1), rs.getInt(2))));
    }

    /** Whether a later import, not undone, touched any of the import's periods (a budget year counts as one). */
    boolean hasLaterImportOfSamePeriods(long importId) {
        Boolean later = jdbc.queryForObject("""
                SELECT EXISTS (
                    SELECT 1
                    FROM import_period mine
                    JOIN import_period other ON other.period_year = mine.period_year
                                            AND other.period_month = mine.period_month
                                            AND other.import_id > mine.import_id
                    JOIN import_log l ON l.id = other.import_id AND NOT l.undone
                    WHERE mine.import_id = :id)
                """, new MapSqlParameterSource("id", importId), Boolean.class);
        return Boolean.TRUE.equals(later);
    }

    /**
     * Locks the import's entry for its undo, in the caller's transaction: refuses an unknown import or one undone
     * already, and keeps a second undo of it waiting until this one is done.
     */
    void lockForUndo(long importId) {
        List<Boolean> undone = jdbc.queryForList(
                "SELECT undone FROM import_log WHERE id = :id FOR UPDATE",
                new MapSqlParameterSource("id", importId),
                Boolean.class);
        if (undone.isEmpty()) {
            throw new IllegalArgumentException("no import " + importId);
        }
        if (Boolean.TRUE.equals(undone.get(0))) {
            throw new IllegalStateException("the import " + importId + " is already undone");
        }
    }

    void markUndone(long importId) {
        jdbc.update("UPDATE import_log SET undone = TRUE WHERE id = :id", new MapSqlParameterSource("id", importId));
    }

    private static ImportRecord record(ResultSet rs) throws SQLException {
        return new ImportRecord(
                rs.getLong("id"),
                rs.getString("username"),
                instant(rs, "imported_at"),
                rs.getString("file_name"),
                rs.getString("sha256"),
                ImportKind.valueOf(rs.getString("kind")),
                rs.getString("periods"),
                rs.getLong("row_count"),
                rs.getString("result"),
                rs.getBoolean("undone"));
    }
}
