package se.ekonomiuppfoljning.persistence.imports;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.followup.AmountLine;
import se.ekonomiuppfoljning.imports.AmountLines;
import se.ekonomiuppfoljning.imports.BudgetVersion;
import se.ekonomiuppfoljning.imports.ImportKind;
import se.ekonomiuppfoljning.imports.ImportRecord;
import se.ekonomiuppfoljning.imports.ImportRepository;
import se.ekonomiuppfoljning.imports.KommunIdentity;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.persistence.database.TsvInputStream;
import se.ekonomiuppfoljning.persistence.followup.ActualYearTable;

/**
 * The imports port, in SQL. An import records what it touched: its units in {@code import_unit} (target
 * {@code ACTUAL} or {@code BUDGET}, since one SIE file can carry both) and its periods in {@code import_period}
 * (a month 1..12 of actuals, or month 0 for a budget year). Replacing, keeping the replaced rows and undoing are
 * set-based statements that join the figure tables to that recorded scope, so they stay a handful of statements
 * however many units and rows an import has. Only the new lines are sent: actuals month-wide through
 * {@link ActualYearTable} (its cells of the import's units and months cleared first), budgets a line per month;
 * large sets with {@code LOAD DATA LOCAL INFILE}, small ones in JDBC batches. Times are UTC.
 */
@Repository
class JdbcImportRepository implements ImportRepository {

    static final int BATCH_SIZE = 5_000;
    /** import_period.period_month of a budget year. */
    static final int BUDGET_YEAR_MONTH = 0;

    private static final String ACTUAL = "ACTUAL";
    private static final String BUDGET = "BUDGET";

    /** Joins {@code f} ({@code actual_year}) to the actual units of import {@code :id}. */
    private static final String ACTUAL_UNITS = """
            JOIN import_unit u ON u.import_id = :id AND u.target = 'ACTUAL' AND u.unit_code = f.unit_code
            """;

    /** Joins {@code f} (a figure table) to the budget units of import {@code :id}; the year is {@code :year}. */
    private static final String BUDGET_SCOPE = """
            JOIN import_unit u ON u.import_id = :id AND u.target = 'BUDGET' AND u.unit_code = f.unit_code
            """;

    private static final String INSERT_LINE = """
            INSERT INTO %s (unit_code, account_code, period_year, period_month, amount) VALUES (?, ?, ?, ?, ?)
            """;

    private static final String RECORD_COLUMNS =
            "id, username, imported_at, file_name, sha256, kind, periods, row_count, result, undone";

    /** Above this many units, sums are read for the whole year and the units kept in Java. */
    static final int UNIT_LIST_LIMIT = 1_000;
    /** Below this many rows batched INSERTs are as quick and simpler. */
    private static final int BULK_LOAD_THRESHOLD = 2_000;

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(JdbcImportRepository.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final ActualYearTable actuals;

    private final int unitListLimit;

    @org.springframework.beans.factory.annotation.Autowired
    JdbcImportRepository(NamedParameterJdbcTemplate jdbc) {
        this(jdbc, UNIT_LIST_LIMIT);
    }

    /** {@code unitListLimit}: see {@link #UNIT_LIST_LIMIT} (tests set it low to exercise both ways). */
    JdbcImportRepository(NamedParameterJdbcTemplate jdbc, int unitListLimit) {
        this.jdbc = jdbc;
        this.actuals = new ActualYearTable(jdbc.getJdbcOperations());
        this.unitListLimit = unitListLimit;
    }

    @Override
    public Optional<KommunIdentity> kommun() {
        return jdbc
                .query(
                        "SELECT name, organisation_number FROM kommun WHERE id = 1",
                        (rs, i) -> new KommunIdentity(rs.getString(1), rs.getString(2)))
                .stream()
                .findFirst();
    }

    @Override
    public void saveKommun(KommunIdentity kommun) {
        jdbc.update(
                """
                INSERT INTO kommun (id, name, organisation_number) VALUES (1, :name, :number)
                ON DUPLICATE KEY UPDATE name = VALUES(name), organisation_number = VALUES(organisation_number)
                """, new MapSqlParameterSource("name", kommun.name()).addValue("number", kommun.organisationNumber()));
    }

    @Override
    public Map<UnitCode, BigDecimal> actualTotals(Set<UnitCode> units, Set<Period> periods) {
        if (units.isEmpty() || periods.isEmpty()) {
            return Map.of();
        }
        Map<UnitCode, BigDecimal> totals = new TreeMap<>();
        // one query per year: (period_year, unit_code) is the primary key's prefix; a unit without a line in the
        // months (all their sums NULL) is left out, as it has no actuals there
        monthsByYear(periods)
                .forEach((year, months) -> sumsByUnit(
                                "SELECT unit_code, "
                                        + months.stream()
                                                .map(m -> "SUM(" + ActualYearTable.column(m) + ")")
                                                .collect(Collectors.joining(", "))
                                        + """
                 FROM actual_year FORCE INDEX (PRIMARY)
                WHERE period_year = :year%s
                GROUP BY unit_code
                """,
                                units,
                                new MapSqlParameterSource("year", year))
                        .forEach((unit, sum) -> totals.merge(unit, sum, BigDecimal::add)));
        return totals;
    }

    @Override
    public Map<UnitCode, BigDecimal> budgetTotals(Set<UnitCode> units, int year) {
        if (units.isEmpty()) {
            return Map.of();
        }
        return sumsByUnit("""
                SELECT unit_code, SUM(amount) FROM budget_amount FORCE INDEX (PRIMARY)
                WHERE period_year = :year%s
                GROUP BY unit_code
                """, units, new MapSqlParameterSource("year", year));
    }

    /**
     * Per unit, {@code sql}'s sums ({@code %s} in it is where the unit condition goes). For more than
     * {@value #UNIT_LIST_LIMIT} units the year is summed whole and the other units dropped here: MariaDB checks
     * every row against a long {@code IN} list, which measured about twice the cost of reading the year.
     */
    private Map<UnitCode, BigDecimal> sumsByUnit(String sql, Set<UnitCode> units, MapSqlParameterSource params) {
        boolean wholeYear = units.size() > unitListLimit;
        Map<UnitCode, BigDecimal> sums = sumsByUnit(
                sql.formatted(wholeYear ? "" : " AND unit_code IN (:units)"), params.addValue("units", codes(units)));
        if (wholeYear) {
            sums.keySet().retainAll(units);
        }
        return sums;
    }

    @Override
    public long startImport(ImportRecord record) {
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

    @Override
    @Transactional
    public void replaceActuals(long importId, Set<UnitCode> units, Set<Period> periods, Collection<AmountLine> lines) {
        if (lines instanceof AmountLines compact) {
            if (!units.containsAll(compact.unitCodes()) || !periods.containsAll(compact.periods())) {
                throw new IllegalArgumentException("lines outside the import's units and periods");
            }
        } else {
            Set<String> unitCodes = new HashSet<>(codes(units));
            for (AmountLine line : lines) {
                if (!unitCodes.contains(line.unit().value()) || !periods.contains(line.period())) {
                    throw new IllegalArgumentException(
                            "the line " + line + " is outside the import's units and periods");
                }
            }
        }
        recordUnits(importId, ACTUAL, units);
        recordPeriods(
                importId,
                periods.stream().map(p -> new int[] {p.year(), p.month()}).toList());
        boolean rowsRemain = false;
        for (Map.Entry<Integer, List<Integer>> year : monthsByYear(periods).entrySet()) {
            MapSqlParameterSource params = new MapSqlParameterSource("id", importId).addValue("year", year.getKey());
            List<Integer> months = year.getValue();
            String columns = months.stream().map(ActualYearTable::column).collect(Collectors.joining(", "));
            String fColumns =
                    months.stream().map(m -> "f." + ActualYearTable.column(m)).collect(Collectors.joining(", "));
            jdbc.update(
                    "INSERT INTO actual_year_replaced (import_id, period_year, unit_code, account_code, " + columns
                            + ") SELECT :id, f.period_year, f.unit_code, f.account_code, " + fColumns
                            + " FROM actual_year f "
                            + ACTUAL_UNITS + "WHERE f.period_year = :year AND (" + anySet(months) + ")",
                    params);
            rowsRemain |= clearMonths(months, params);
        }
        log.debug("import {}: actuals {}", importId, actuals.store(lines, rowsRemain));
    }

    /** SQL: whether any of the months of {@code f} is set. */
    private static String anySet(List<Integer> months) {
        return months.stream()
                .map(m -> "f." + ActualYearTable.column(m) + " IS NOT NULL")
                .collect(Collectors.joining(" OR "));
    }

    /**
     * Empties the months of {@code :year} of the actual units of import {@code :id} and deletes the rows left with
     * no month; whether rows of those units remain in the year.
     */
    private boolean clearMonths(List<Integer> months, MapSqlParameterSource params) {
        String delete = "DELETE f FROM actual_year f " + ACTUAL_UNITS + "WHERE f.period_year = :year";
        if (months.size() == 12) {
            jdbc.update(delete, params);
            return false;
        }
        jdbc.update(
                "UPDATE actual_year f " + ACTUAL_UNITS + "SET "
                        + months.stream()
                                .map(m -> "f." + ActualYearTable.column(m) + " = NULL")
                                .collect(Collectors.joining(", "))
                        + " WHERE f.period_year = :year AND (" + anySet(months) + ")",
                params);
        jdbc.update(
                delete
                        + IntStream.rangeClosed(1, 12)
                                .mapToObj(m -> " AND f." + ActualYearTable.column(m) + " IS NULL")
                                .collect(Collectors.joining()),
                params);
        // a locking read: it sees rows another import committed after this transaction's snapshot, and holds them
        return !jdbc.queryForList(
                        "SELECT 1 FROM actual_year f " + ACTUAL_UNITS + "WHERE f.period_year = :year"
                                + " LIMIT 1 LOCK IN SHARE MODE",
                        params,
                        Integer.class)
                .isEmpty();
    }

    @Override
    @Transactional
    public void replaceBudget(
            long importId,
            int year,
            Set<UnitCode> units,
            Collection<AmountLine> lines,
            String versionName,
            String username) {
        if (lines instanceof AmountLines compact) {
            if (!units.containsAll(compact.unitCodes())
                    || compact.periods().stream().anyMatch(p -> p.year() != year)) {
                throw new IllegalArgumentException("lines outside the import's units and year " + year);
            }
        } else {
            Set<String> unitCodes = new HashSet<>(codes(units));
            for (AmountLine line : lines) {
                if (!unitCodes.contains(line.unit().value()) || line.period().year() != year) {
                    throw new IllegalArgumentException(
                            "the line " + line + " is outside the import's units and year " + year);
                }
            }
        }
        recordUnits(importId, BUDGET, units);
        recordPeriods(importId, List.<int[]>of(new int[] {year, BUDGET_YEAR_MONTH}));
        KeyHolder key = new GeneratedKeyHolder();
        int created = jdbc.update(
                """
                INSERT INTO budget_version (period_year, name, created_at, created_by, import_id)
                SELECT :year, :name, imported_at, :username, id FROM import_log WHERE id = :id
                """,
                new MapSqlParameterSource("year", year)
                        .addValue("name", fit(versionName, 300))
                        .addValue("username", username)
                        .addValue("id", importId),
                key,
                new String[] {"id"});
        if (created != 1) {
            throw new IllegalArgumentException("no import " + importId);
        }
        MapSqlParameterSource params =
                new MapSqlParameterSource("id", importId).addValue("year", year).addValue("version", requiredKey(key));
        jdbc.update("""
                INSERT INTO budget_version_amount (version_id, unit_code, account_code, period_year, period_month, amount)
                SELECT :version, f.unit_code, f.account_code, f.period_year, f.period_month, f.amount
                FROM budget_amount f
                """ + BUDGET_SCOPE + "WHERE f.period_year = :year", params);
        jdbc.update("DELETE f FROM budget_amount f " + BUDGET_SCOPE + "WHERE f.period_year = :year", params);
        insertLines("budget_amount", lines);
    }

    @Override
    public List<ImportRecord> history() {
        return jdbc.query("SELECT " + RECORD_COLUMNS + " FROM import_log ORDER BY id DESC", (rs, i) -> record(rs));
    }

    @Override
    public Optional<ImportRecord> find(long importId) {
        return jdbc
                .query(
                        "SELECT " + RECORD_COLUMNS + " FROM import_log WHERE id = :id",
                        new MapSqlParameterSource("id", importId),
                        (rs, i) -> record(rs))
                .stream()
                .findFirst();
    }

    @Override
    public Set<UnitCode> unitsOf(long importId) {
        return Set.copyOf(jdbc
                .queryForList(
                        "SELECT DISTINCT unit_code FROM import_unit WHERE import_id = :id",
                        new MapSqlParameterSource("id", importId),
                        String.class)
                .stream()
                .map(UnitCode::of)
                .toList());
    }

    @Override
    public boolean hasLaterImportOfSamePeriods(long importId) {
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

    @Override
    @Transactional
    public void undo(long importId) {
        MapSqlParameterSource id = new MapSqlParameterSource("id", importId);
        List<Boolean> undone =
                jdbc.queryForList("SELECT undone FROM import_log WHERE id = :id FOR UPDATE", id, Boolean.class);
        if (undone.isEmpty()) {
            throw new IllegalArgumentException("no import " + importId);
        }
        if (Boolean.TRUE.equals(undone.get(0))) {
            throw new IllegalStateException("the import " + importId + " is already undone");
        }
        Set<Period> actualPeriods =
                new java.util.HashSet<>(jdbc.query("""
                SELECT period_year, period_month FROM import_period
                WHERE import_id = :id AND period_month BETWEEN 1 AND 12
                """, id, (rs, i) -> new Period(rs.getInt(1), rs.getInt(2))));
        monthsByYear(actualPeriods)
                .forEach((year, months) ->
                        clearMonths(months, new MapSqlParameterSource("id", importId).addValue("year", year)));
        jdbc.update(
                "INSERT INTO actual_year (period_year, unit_code, account_code, " + ActualYearTable.MONTH_COLUMNS
                        + ") SELECT period_year, unit_code, account_code, " + ActualYearTable.MONTH_COLUMNS
                        + " FROM actual_year_replaced WHERE import_id = :id" + ActualYearTable.MERGE_MONTHS,
                id);
        List<Map<String, Object>> versions =
                jdbc.queryForList("SELECT id, period_year FROM budget_version WHERE import_id = :id", id);
        for (Map<String, Object> version : versions) {
            MapSqlParameterSource params = new MapSqlParameterSource("id", importId)
                    .addValue("version", version.get("id"))
                    .addValue("year", version.get("period_year"));
            jdbc.update("DELETE f FROM budget_amount f " + BUDGET_SCOPE + "WHERE f.period_year = :year", params);
            jdbc.update("""
                    INSERT INTO budget_amount (unit_code, account_code, period_year, period_month, amount)
                    SELECT unit_code, account_code, period_year, period_month, amount
                    FROM budget_version_amount WHERE version_id = :version
                    """, params);
        }
        jdbc.update("UPDATE import_log SET undone = TRUE WHERE id = :id", id);
    }

    @Override
    public List<BudgetVersion> budgetVersions(int year) {
        return jdbc.query(
                """
                SELECT v.id, v.import_id, v.period_year, v.name, v.created_at, v.created_by,
                       COALESCE(SUM(a.amount), 0) AS total
                FROM budget_version v
                LEFT JOIN budget_version_amount a ON a.version_id = v.id
                WHERE v.period_year = :year
                GROUP BY v.id, v.import_id, v.period_year, v.name, v.created_at, v.created_by
                ORDER BY v.id DESC
                """,
                new MapSqlParameterSource("year", year),
                (rs, i) -> new BudgetVersion(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getInt(3),
                        rs.getString(4),
                        instant(rs, 5),
                        rs.getString(6),
                        rs.getBigDecimal(7)));
    }

    @Override
    public Map<UnitCode, BigDecimal> budgetVersionTotals(long versionId) {
        return sumsByUnit("""
                SELECT unit_code, SUM(amount) FROM budget_version_amount
                WHERE version_id = :version
                GROUP BY unit_code
                """, new MapSqlParameterSource("version", versionId));
    }

    private void recordUnits(long importId, String target, Set<UnitCode> units) {
        if (units.isEmpty()) {
            return;
        }
        List<UnitCode> list = List.copyOf(units);
        jdbc.getJdbcOperations()
                .batchUpdate(
                        "INSERT IGNORE INTO import_unit (import_id, target, unit_code) VALUES (?, ?, ?)",
                        list,
                        BATCH_SIZE,
                        (ps, unit) -> {
                            ps.setLong(1, importId);
                            ps.setString(2, target);
                            ps.setString(3, unit.value());
                        });
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

    /**
     * Inserts in JDBC batches, as plain INSERTs (which the driver sends in bulk: several times faster than an
     * upsert). The scope was emptied first, so only two lines of the same unit, account and month could collide;
     * they are added together here, as a ledger would.
     */
    private void insertLines(String table, Collection<AmountLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        Collection<AmountLine> rows = merged(lines);
        ActualYearTable.requireStorable(rows);
        if (rows.size() >= BULK_LOAD_THRESHOLD && bulkLoad(table, rows)) {
            return;
        }
        jdbc.getJdbcOperations().batchUpdate(INSERT_LINE.formatted(table), rows, BATCH_SIZE, (ps, line) -> {
            ps.setString(1, line.unit().value());
            ps.setString(2, line.account());
            ps.setInt(3, line.period().year());
            ps.setInt(4, line.period().month());
            ps.setBigDecimal(5, line.amount());
        });
    }

    /**
     * Large imports go in with {@code LOAD DATA LOCAL INFILE} fed from memory (the driver's local-infile stream,
     * no file on disk): several times faster than batched INSERTs. Where the server or driver refuses it, the
     * caller falls back to batches.
     */
    private boolean bulkLoad(String table, Collection<AmountLine> rows) {
        Boolean loaded = jdbc.getJdbcOperations().execute((ConnectionCallback<Boolean>) connection -> {
            try (java.sql.Statement statement = connection.createStatement()) {
                statement.unwrap(org.mariadb.jdbc.Statement.class).setLocalInfileInputStream(new TsvStream(rows));
                int inserted = statement.executeUpdate("LOAD DATA LOCAL INFILE 'amounts.tsv' INTO TABLE " + table
                        + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\'"
                        + " LINES TERMINATED BY '\\n'"
                        + " (unit_code, account_code, period_year, period_month, amount)");
                if (inserted != rows.size()) {
                    throw new IllegalStateException("LOAD DATA inserted " + inserted + " of " + rows.size() + " rows");
                }
                return true;
            } catch (java.sql.SQLException refused) {
                log.warn("LOAD DATA LOCAL not available ({}); inserting in batches", refused.getMessage());
                return false;
            }
        });
        return Boolean.TRUE.equals(loaded);
    }

    /**
     * The lines as tab-separated rows (unit, account, year, month, amount). Compact lines ({@link AmountLines}) are
     * written from their dictionaries without creating a line object per row.
     */
    static final class TsvStream extends TsvInputStream {
        private final @Nullable AmountLines compact;
        private final java.util.Iterator<AmountLine> iterator;
        private byte[][] units = new byte[0][];
        private byte[][] accounts = new byte[0][];
        private byte[][] years = new byte[0][];
        private byte[][] months = new byte[0][];
        private int next;

        TsvStream(Collection<AmountLine> rows) {
            this.compact = rows instanceof AmountLines lines ? lines : null;
            this.iterator = compact == null ? rows.iterator() : java.util.Collections.emptyIterator();
            if (compact != null) {
                units = compact.unitCodes().stream().map(u -> field(u.value())).toArray(byte[][]::new);
                accounts = compact.accountCodes().stream()
                        .map(TsvInputStream::field)
                        .toArray(byte[][]::new);
                years = compact.periods().stream()
                        .map(p -> utf8(Integer.toString(p.year())))
                        .toArray(byte[][]::new);
                months = compact.periods().stream()
                        .map(p -> utf8(Integer.toString(p.month())))
                        .toArray(byte[][]::new);
            }
        }

        @Override
        protected boolean hasRow() {
            return compact != null ? next < compact.size() : iterator.hasNext();
        }

        @Override
        protected void writeRow() {
            AmountLines lines = compact;
            if (lines == null) {
                AmountLine line = iterator.next();
                putText(line.unit().value());
                putText(line.account());
                putText(Integer.toString(line.period().year()));
                putText(Integer.toString(line.period().month()));
                putAmount(line.amount());
                return;
            }
            int i = next++;
            put(units[lines.unitIndex(i)]);
            put(accounts[lines.accountIndex(i)]);
            put(years[lines.periodIndex(i)]);
            put(months[lines.periodIndex(i)]);
            if (lines.inOre(i)) {
                putOre(lines.ore(i));
            } else {
                putAmount(lines.amount(i));
            }
        }
    }

    private record LineKey(UnitCode unit, String account, Period period) {}

    static Collection<AmountLine> merged(Collection<AmountLine> lines) {
        if (lines instanceof AmountLines) {
            return lines; // one line per key by construction
        }
        Map<LineKey, AmountLine> byKey = new LinkedHashMap<>(lines.size() * 2);
        for (AmountLine line : lines) {
            byKey.merge(
                    new LineKey(line.unit(), line.account(), line.period()),
                    line,
                    (a, b) -> new AmountLine(
                            a.unit(), a.account(), a.period(), a.amount().add(b.amount())));
        }
        return byKey.size() == lines.size() ? lines : byKey.values();
    }

    /** Per unit (the first column) the sum of the other columns; NULLs are left out, a unit of only NULLs too. */
    private Map<UnitCode, BigDecimal> sumsByUnit(String sql, MapSqlParameterSource params) {
        Map<UnitCode, BigDecimal> sums = new TreeMap<>();
        jdbc.query(sql, params, rs -> {
            BigDecimal total = null;
            for (int column = 2; column <= rs.getMetaData().getColumnCount(); column++) {
                BigDecimal sum = rs.getBigDecimal(column);
                if (sum != null) {
                    total = total == null ? sum : total.add(sum);
                }
            }
            if (total != null) {
                sums.put(UnitCode.of(rs.getString(1)), total);
            }
        });
        return sums;
    }

    private static Map<Integer, List<Integer>> monthsByYear(Set<Period> periods) {
        Map<Integer, Set<Integer>> byYear = new TreeMap<>();
        periods.forEach(
                p -> byYear.computeIfAbsent(p.year(), y -> new TreeSet<>()).add(p.month()));
        Map<Integer, List<Integer>> result = new LinkedHashMap<>();
        byYear.forEach((year, months) -> result.put(year, new ArrayList<>(months)));
        return result;
    }

    private static List<String> codes(Set<UnitCode> units) {
        return units.stream().map(UnitCode::value).toList();
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

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    private static long requiredKey(KeyHolder key) {
        Number id = key.getKey();
        if (id == null) {
            throw new IllegalStateException("the database returned no generated id");
        }
        return id.longValue();
    }

    /** Cuts a text to the column's length rather than refusing a whole import over a long label. */
    private static String fit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
