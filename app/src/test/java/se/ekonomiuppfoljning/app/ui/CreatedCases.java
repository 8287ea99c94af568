package se.ekonomiuppfoljning.app.ui;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Removes the cases a test created, so that the demo's database stays as it was for the next test (a node and
 * period has one case unless a new version is asked for). Take {@link #highestId} before, {@link #removeAfter} after.
 */
final class CreatedCases {

    private CreatedCases() {}

    static long highestId(JdbcTemplate jdbc) {
        Long id = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM report_case", Long.class);
        return id == null ? 0 : id;
    }

    static void removeAfter(JdbcTemplate jdbc, long highestId) {
        for (String table : new String[] {"report_case_figures", "report_case_snapshot", "report_case_decision"}) {
            jdbc.update("DELETE FROM " + table + " WHERE case_id > ?", highestId);
        }
        jdbc.update("DELETE FROM report_case WHERE id > ?", highestId);
    }
}
