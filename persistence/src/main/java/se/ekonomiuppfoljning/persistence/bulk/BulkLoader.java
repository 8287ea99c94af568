package se.ekonomiuppfoljning.persistence.bulk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one way rows go in with {@code LOAD DATA LOCAL INFILE}. The rows come from a {@link TsvInputStream} handed
 * to the driver's local-infile stream and written while the driver reads it: no file on disk to write, secure or
 * delete, and never the whole set as one text; several times faster than batched INSERTs. The load runs in the
 * caller's transaction, which it requires, so that a load that fails or comes up short rolls back with everything
 * else the caller did: all or nothing.
 *
 * <p>A load answers false where the server or the driver refuses {@code LOAD DATA LOCAL}; the caller then stores
 * the rows another way (batches) in the same transaction. A row the table refuses is thrown (as Spring translates
 * it), and so is an error that ended the transaction or the connection, since nothing stored after it would be
 * part of the same whole.
 */
public final class BulkLoader {

    private static final int DUPLICATE_KEY = 1062;
    private static final int NO_REFERENCED_ROW = 1452;
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final Logger log = LoggerFactory.getLogger(BulkLoader.class);

    private final JdbcOperations jdbc;

    public BulkLoader(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Loads the rows into the columns of the table, every key checked by the database; whether it was loaded (false:
     * refused, nothing stored). When fewer rows went in than were sent it throws: {@link
     * ConcurrencyFailureException} where rows of the same keys were stored meanwhile, else {@link
     * DataIntegrityViolationException} (a reference missing).
     */
    public boolean load(String table, List<String> columns, TsvInputStream rows) {
        return load(table, columns, rows, true);
    }

    /**
     * As {@link #load}, with the session's foreign key checks off during the load: for a caller that has checked
     * the rows' references itself, once for the whole set (per row they can cost a third of the load). The keys
     * stay declared and every other statement checks them; the checks are switched on again whatever happens.
     */
    public boolean loadWithReferencesChecked(String table, List<String> columns, TsvInputStream rows) {
        return load(table, columns, rows, false);
    }

    private boolean load(String table, List<String> columns, TsvInputStream rows, boolean checkForeignKeys) {
        String sql = sql(table, columns);
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("LOAD DATA into " + table + " runs in the caller's transaction: none");
        }
        Boolean loaded = jdbc.execute((ConnectionCallback<Boolean>) connection -> {
            try (Statement statement = connection.createStatement()) {
                org.mariadb.jdbc.Statement mariadb = statement.unwrap(org.mariadb.jdbc.Statement.class);
                @Nullable RuntimeException shortLoad = null;
                try {
                    if (!checkForeignKeys) {
                        statement.execute("SET SESSION foreign_key_checks = 0");
                    }
                    // the stream goes with the next statement, so it is set just before the LOAD
                    mariadb.setLocalInfileInputStream(rows);
                    long inserted = statement.executeLargeUpdate(sql);
                    if (inserted != rows.rowsWritten()) {
                        shortLoad = shortLoad(statement, table, inserted, rows.rowsWritten());
                    }
                } finally {
                    if (!checkForeignKeys) {
                        checkForeignKeysAgain(statement);
                    }
                }
                if (shortLoad != null) {
                    throw shortLoad;
                }
                return true;
            } catch (SQLException refused) {
                if (endedTheTransaction(refused) || violatedAKey(refused)) {
                    throw refused; // translated by Spring, e.g. to a DataIntegrityViolationException
                }
                log.warn(
                        "LOAD DATA LOCAL into {} not available ({}); storing another way", table, refused.getMessage());
                return false;
            }
        });
        return Boolean.TRUE.equals(loaded);
    }

    /**
     * {@code LOAD DATA LOCAL} skips, with a warning, a row whose key exists or (its checks on) whose reference does
     * not: the first means rows of the same keys were stored meanwhile, by another import that the caller's locking
     * reads should have seen; either way the caller's transaction must roll back. Read before the next statement,
     * which clears the warnings.
     */
    private static RuntimeException shortLoad(Statement statement, String table, long inserted, long sent)
            throws SQLException {
        Set<Integer> codes = new HashSet<>();
        List<String> first = new ArrayList<>();
        try (ResultSet warnings = statement.executeQuery("SHOW WARNINGS")) {
            while (warnings.next()) {
                codes.add(warnings.getInt("Code"));
                if (first.size() < 3) {
                    first.add(warnings.getString("Message"));
                }
            }
        }
        String text = "LOAD DATA inserted " + inserted + " of " + sent + " rows into " + table;
        if (codes.contains(DUPLICATE_KEY) && !codes.contains(NO_REFERENCED_ROW)) {
            return new ConcurrencyFailureException(text + ": rows of the same keys were stored meanwhile " + first);
        }
        return new DataIntegrityViolationException(text + ": " + first);
    }

    /** Not a refusal to fall back from: the rows must not go on into a session that does not check its keys. */
    private static void checkForeignKeysAgain(Statement statement) {
        try {
            statement.execute("SET SESSION foreign_key_checks = 1");
        } catch (SQLException e) {
            throw new IllegalStateException("the foreign key checks could not be switched on again", e);
        }
    }

    /** A deadlock rolls the whole transaction back, a lost connection ends it: going on would store half. */
    private static boolean endedTheTransaction(SQLException e) {
        String state = e.getSQLState();
        return e instanceof SQLTransactionRollbackException
                || e instanceof SQLNonTransientConnectionException
                || (state != null && (state.startsWith("40") || state.startsWith("08")));
    }

    /** A row the table refuses (a foreign key, a NOT NULL): storing the rows another way would be refused too. */
    private static boolean violatedAKey(SQLException e) {
        String state = e.getSQLState();
        return e instanceof SQLIntegrityConstraintViolationException || (state != null && state.startsWith("23"));
    }

    /** The statement; the names are checked to be plain identifiers, as they are written into it. */
    static String sql(String table, List<String> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("LOAD DATA into " + table + " of no columns");
        }
        for (String name : concat(table, columns)) {
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("not a plain table or column name: " + name);
            }
        }
        return "LOAD DATA LOCAL INFILE '" + table + ".tsv' INTO TABLE " + table
                + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\'"
                + " LINES TERMINATED BY '\\n' (" + String.join(", ", columns) + ")";
    }

    private static List<String> concat(String table, List<String> columns) {
        return Stream.concat(Stream.of(table), columns.stream()).toList();
    }
}
