package se.ekonomiuppfoljning.persistence.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.ekonomiuppfoljning.persistence.PersistenceTest;

/**
 * The one {@code LOAD DATA LOCAL} path: what goes in comes back equal, whatever the texts hold, and a load is all
 * or nothing in the caller's transaction.
 */
@PersistenceTest
class BulkLoaderTest {

    private static final List<String> COLUMNS = List.of("id", "a", "b");

    @Autowired
    JdbcTemplate jdbc;

    /** Rows of an id and two texts, null written as SQL NULL. */
    private static final class Rows extends TsvInputStream {
        private final List<String[]> rows;
        private int next;

        Rows(List<String[]> rows) {
            this.rows = rows;
        }

        @Override
        protected boolean hasRow() {
            return next < rows.size();
        }

        @Override
        protected void writeRow() {
            String[] row = rows.get(next++);
            put(utf8(Integer.toString(next)));
            for (@Nullable String text : row) {
                if (text == null) {
                    putNull();
                } else {
                    putText(text);
                }
            }
        }
    }

    /**
     * A temporary table on the test transaction's connection: no implicit commit, so the test's transaction still
     * rolls everything back; dropped at the end of the test.
     */
    private BulkLoader aTemporaryTable() {
        jdbc.execute("CREATE TEMPORARY TABLE bulk_test (id INT PRIMARY KEY, a VARCHAR(100), b VARCHAR(100) NULL)"
                + " CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci");
        return new BulkLoader(jdbc);
    }

    private static Rows one(String a, String b) {
        return new Rows(List.<String[]>of(new String[] {a, b}));
    }

    @AfterEach
    void dropTheTable() {
        jdbc.execute("DROP TEMPORARY TABLE IF EXISTS bulk_test");
    }

    private List<List<@Nullable String>> stored() {
        List<List<@Nullable String>> rows = new ArrayList<>();
        for (Map<String, Object> row : jdbc.queryForList("SELECT a, b FROM bulk_test ORDER BY id")) {
            rows.add(Arrays.asList((String) row.get("a"), (String) row.get("b")));
        }
        return rows;
    }

    @Test
    void texts_with_separators_quotes_backslashes_line_breaks_and_nulls_come_back_equal() {
        BulkLoader loader = aTemporaryTable();
        List<String[]> rows = List.of(
                new String[] {"semi;colon", "a;b;;c;"},
                new String[] {"tab\there", "\t"},
                new String[] {"'single' quotes", "\"double\" quotes, \"\" and '' twice"},
                new String[] {"back\\slash", "ends with \\"},
                new String[] {"line\nfeed", "windows\r\nline"},
                new String[] {"\\N is text", null},
                new String[] {"", "an empty text is not NULL"},
                new String[] {"nul \u0000 inside", "Överförmyndare Ålänning €"},
                new String[] {"\"", "'"});

        assertThat(loader.load("bulk_test", COLUMNS, new Rows(rows))).isTrue();

        List<List<@Nullable String>> expected = new ArrayList<>();
        rows.forEach(row -> expected.add(Arrays.asList(row)));
        assertThat(stored()).isEqualTo(expected);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM bulk_test WHERE b IS NULL", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void a_row_whose_key_was_stored_meanwhile_fails_the_load_rather_than_being_skipped() {
        BulkLoader loader = aTemporaryTable();
        jdbc.update("INSERT INTO bulk_test (id, a, b) VALUES (2, 'already', 'there')");

        assertThatThrownBy(() -> loader.load(
                        "bulk_test", COLUMNS, new Rows(List.of(new String[] {"x", "y"}, new String[] {"z", "w"}))))
                .isInstanceOf(ConcurrencyFailureException.class)
                .hasMessageContaining("inserted 1 of 2 rows into bulk_test");
    }

    @Test
    void a_refused_load_data_local_answers_false_and_stores_nothing() {
        BulkLoader loader = aTemporaryTable();
        int before = jdbc.queryForObject("SELECT @@GLOBAL.local_infile", Integer.class);
        jdbc.execute("SET GLOBAL local_infile = 0");
        boolean loaded;
        try {
            loaded = loader.load("bulk_test", COLUMNS, one("x", "y"));
        } finally {
            jdbc.execute("SET GLOBAL local_infile = " + before);
        }

        assertThat(loaded).isFalse();
        assertThat(stored()).isEmpty();
    }

    @Test
    void a_row_a_foreign_key_refuses_is_thrown_and_the_checks_stay_on() {
        BulkLoader loader = new BulkLoader(jdbc);
        List<String> columns = List.of("period_year", "unit_code", "account_code", "m01");
        TsvInputStream unknownUnit = new TsvInputStream() {
            private boolean written;

            @Override
            protected boolean hasRow() {
                return !written;
            }

            @Override
            protected void writeRow() {
                written = true;
                putText("2031");
                putText("NO SUCH UNIT");
                putText("NO SUCH ACCOUNT");
                putOre(100);
            }
        };

        assertThatThrownBy(() -> loader.load("actual_year", columns, unknownUnit))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.queryForObject("SELECT @@SESSION.foreign_key_checks", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void a_load_whose_references_the_caller_checked_switches_the_foreign_key_checks_on_again() {
        BulkLoader loader = aTemporaryTable();
        assertThat(loader.loadWithReferencesChecked("bulk_test", COLUMNS, one("x", "y")))
                .isTrue();

        assertThat(stored()).containsExactly(List.of("x", "y"));
        assertThat(jdbc.queryForObject("SELECT @@SESSION.foreign_key_checks", Integer.class))
                .isEqualTo(1);
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void a_load_outside_a_transaction_is_refused_before_anything_is_sent() {
        BulkLoader outside = new BulkLoader(jdbc);

        assertThatThrownBy(() -> outside.load("bulk_test", COLUMNS, one("x", "y")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("caller's transaction");
    }

    @Test
    void only_plain_table_and_column_names_are_written_into_the_statement() {
        assertThat(BulkLoader.sql("budget_amount", List.of("unit_code", "amount")))
                .isEqualTo(
                        "LOAD DATA LOCAL INFILE 'budget_amount.tsv' INTO TABLE budget_amount CHARACTER SET utf8mb4"
                                + " FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' (unit_code, amount)");
        assertThatThrownBy(() -> BulkLoader.sql("bulk_test; DROP TABLE unit", COLUMNS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BulkLoader.sql("bulk_test", List.of("a`")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BulkLoader.sql("bulk_test", List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
