package se.ekonomiuppfoljning.persistence.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import se.ekonomiuppfoljning.organisation.LedgerCode;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.persistence.PersistenceTest;

/**
 * What goes to {@code LOAD DATA LOCAL} is escaped, and the codes' canonical form agrees with the database's
 * comparison ({@code utf8mb4_swedish_ci}).
 */
@PersistenceTest
class BulkStreamEscapingTest {

    @Autowired
    JdbcTemplate jdbc;

    /** One row of two text fields and a number, the texts as given. */
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
            putText(row[0]);
            putText(row[1]);
            putOre(next);
        }
    }

    @Test
    void a_text_holding_a_tab_a_line_break_a_carriage_return_a_backslash_or_nul_is_loaded_back_equal_in_its_column() {
        List<String[]> rows = List.of(
                new String[] {"SB\tF", "after tab"},
                new String[] {"SB\nF", "after line feed"},
                new String[] {"SB\rF", "after carriage return"},
                new String[] {"SB\\F", "after backslash"},
                new String[] {"SB\u0000F", "after nul"},
                new String[] {"\\N", "a backslash N is not NULL"},
                new String[] {"ends with \\", "\t\n\r\\\u0000 all of them"});
        List<String> loaded = jdbc.execute((ConnectionCallback<List<String>>) connection -> {
            try (java.sql.Statement statement = connection.createStatement()) {
                statement.execute("CREATE TEMPORARY TABLE bulk_escape (a VARCHAR(40), b VARCHAR(40), n DECIMAL(15, 2))"
                        + " CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci");
                statement.unwrap(org.mariadb.jdbc.Statement.class).setLocalInfileInputStream(new Rows(rows));
                int inserted = statement.executeUpdate("LOAD DATA LOCAL INFILE 'escape.tsv' INTO TABLE bulk_escape"
                        + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\'"
                        + " LINES TERMINATED BY '\\n' (a, b, n)");
                assertThat(inserted).isEqualTo(rows.size());
                List<String> result = new ArrayList<>();
                try (java.sql.ResultSet rs = statement.executeQuery("SELECT a, b, n FROM bulk_escape ORDER BY n")) {
                    while (rs.next()) {
                        result.add(LedgerCode.printable(rs.getString(1)) + " | " + LedgerCode.printable(rs.getString(2))
                                + " | " + rs.getBigDecimal(3).toPlainString());
                    }
                }
                statement.execute("DROP TEMPORARY TABLE bulk_escape");
                return result;
            }
        });
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            expected.add(LedgerCode.printable(rows.get(i)[0]) + " | " + LedgerCode.printable(rows.get(i)[1]) + " | 0.0"
                    + (i + 1));
        }
        assertThat(loaded).containsExactlyElementsOf(expected);
    }

    @Test
    void the_database_tells_apart_exactly_the_unit_codes_whose_canonical_forms_differ() {
        List<Character> chars = new ArrayList<>();
        for (char c = 0; c < 0x250; c++) {
            if (LedgerCode.allowed(c)) {
                chars.add(c);
            }
        }
        assertThat(chars).hasSize(26 * 2 + 6 + 10 + 4);
        List<String> codes = new ArrayList<>();
        for (char a : chars) {
            if (UnitCode.problem(String.valueOf(a)) == null) {
                codes.add(String.valueOf(a));
                for (char b : chars) {
                    if (UnitCode.problem("" + a + b) == null) {
                        codes.add("" + a + b);
                    }
                }
            }
        }
        codes.addAll(List.of("AA", "AE", "OE", "Å", "Ä", "Ö", "VW", "WV", "V", "W", "Y", "U", "SS"));
        Set<String> canonical = new HashSet<>();
        codes.forEach(code -> canonical.add(UnitCode.of(code).value()));
        long distinctInDatabase = jdbc.execute((ConnectionCallback<Long>) connection -> {
            try (java.sql.Statement statement = connection.createStatement()) {
                statement.execute("CREATE TEMPORARY TABLE code_collation (code VARCHAR(20) PRIMARY KEY)"
                        + " CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci");
                try (java.sql.PreparedStatement insert =
                        connection.prepareStatement("INSERT IGNORE INTO code_collation (code) VALUES (?)")) {
                    for (String code : codes) {
                        insert.setString(1, code);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                try (java.sql.ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM code_collation")) {
                    rs.next();
                    long count = rs.getLong(1);
                    statement.execute("DROP TEMPORARY TABLE code_collation");
                    return count;
                }
            }
        });
        System.out.printf(
                "%d codes, %d canonical, %d distinct in utf8mb4_swedish_ci%n",
                codes.size(), canonical.size(), distinctInDatabase);
        assertThat(distinctInDatabase).isEqualTo(canonical.size());
    }
}
