package se.ekonomiuppfoljning.persistence.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.ekonomiuppfoljning.audit.AuditQuery;
import se.ekonomiuppfoljning.audit.AuditRecord;
import se.ekonomiuppfoljning.audit.AuditTrail;
import se.ekonomiuppfoljning.common.AuditEntry;
import se.ekonomiuppfoljning.common.AuditLog;
import se.ekonomiuppfoljning.persistence.PersistenceTest;

/** The administrator's read of the audit trail: filtered and paged by MariaDB itself. */
@PersistenceTest
class JdbcAuditTrailTest {

    private static final Instant START = Instant.parse("2031-01-01T00:00:00Z");

    @Autowired
    AuditLog log;

    @Autowired
    AuditTrail trail;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** 250 entries an hour apart, by two actors, on two units and one without, of two kinds. */
    private List<AuditEntry> store() {
        List<AuditEntry> stored = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            AuditEntry entry = new AuditEntry(
                    i % 2 == 0 ? "audit-anna" : "audit-bo",
                    START.plus(i, ChronoUnit.HOURS),
                    i % 5 == 0 ? "AUDIT_TEST_USER" : "AUDIT_TEST_REPORT",
                    "e" + i,
                    i == 0 ? null : "före " + i,
                    "efter " + i,
                    i % 5 == 0 ? null : (i % 3 == 0 ? "AU1" : "AU2"));
            log.record(entry);
            stored.add(entry);
        }
        return stored;
    }

    private static AuditQuery query(String actor, String unit, String kind, Instant from, Instant until) {
        return new AuditQuery(actor, unit, kind, from, until);
    }

    @Test
    void the_trail_is_paged_newest_first_and_every_entry_comes_back_whole_once() {
        List<AuditEntry> stored = store();
        AuditQuery ours = query(null, null, null, START, null);
        assertThat(trail.count(ours)).isEqualTo(250);
        List<AuditEntry> read = new ArrayList<>();
        for (long offset = 0; offset < 250; offset += 40) {
            trail.find(ours, offset, 40).stream().map(AuditRecord::entry).forEach(read::add);
        }
        List<AuditEntry> newestFirst = new ArrayList<>(stored);
        java.util.Collections.reverse(newestFirst);
        assertThat(read).containsExactlyElementsOf(newestFirst);
        assertThat(trail.find(ours, 0, 1).get(0).entry()).isEqualTo(stored.get(249));
        assertThat(trail.find(ours, 249, 10))
                .extracting(r -> r.entry().before())
                .containsExactly((String) null);
        assertThat(trail.find(ours, 250, 10)).isEmpty();
    }

    @Test
    void actor_unit_kind_and_time_filter_in_sql_and_combine() {
        List<AuditEntry> stored = store();
        assertThat(trail.count(query("AUDIT-ANNA", null, null, null, null))).isEqualTo(125);
        assertThat(trail.count(query(null, "au1", null, null, null)))
                .isEqualTo(
                        stored.stream().filter(e -> "AU1".equals(e.unitCode())).count());
        assertThat(trail.count(query(null, null, "AUDIT_TEST_USER", null, null)))
                .isEqualTo(50);
        Instant from = START.plus(10, ChronoUnit.HOURS);
        Instant until = START.plus(20, ChronoUnit.HOURS);
        assertThat(trail.find(query(null, null, null, from, until), 0, 100))
                .extracting(r -> r.entry().entityId())
                .containsExactly("e19", "e18", "e17", "e16", "e15", "e14", "e13", "e12", "e11", "e10");
        List<AuditRecord> combined = trail.find(query("audit-bo", "AU2", "AUDIT_TEST_REPORT", from, until), 0, 100);
        assertThat(combined).extracting(r -> r.entry().entityId()).containsExactly("e19", "e17", "e13", "e11");
        assertThat(trail.count(query("audit-bo", "AU2", "AUDIT_TEST_REPORT", from, until)))
                .isEqualTo(4);
        assertThat(trail.kinds())
                .contains("AUDIT_TEST_REPORT", "AUDIT_TEST_USER")
                .isSorted();
    }

    @Test
    void a_filter_value_is_bound_never_read_as_sql() {
        store();
        assertThat(trail.count(query("x' OR '1'='1", null, null, null, null))).isZero();
        assertThat(trail.find(query(null, "AU1' OR 1=1 -- ", null, null, null), 0, 10))
                .isEmpty();
    }

    /** 200 000 entries: a filtered page and its count are read through an index, never by sorting the table. */
    @Test
    void a_page_of_a_large_trail_is_found_through_an_index_without_sorting_the_table() {
        jdbc.update("""
                INSERT INTO audit_entry (username, changed_at, entity, entity_id, unit_code, before_text, after_text)
                SELECT CONCAT('big-', seq MOD 40), TIMESTAMPADD(MINUTE, seq, '2032-01-01'),
                       ELT(1 + seq MOD 4, 'UNIT_REPORT', 'ACTION', 'USER', 'QUESTION'), CONCAT('e', seq),
                       IF(seq MOD 4 = 2, NULL, CONCAT('U', seq MOD 300)), 'före', 'efter'
                  FROM seq_1_to_200000""");
        Instant from = Instant.parse("2032-02-01T00:00:00Z");
        List<AuditQuery> queries = List.of(
                query(null, null, null, null, null),
                query("big-7", null, null, null, null),
                query(null, "U41", null, null, null),
                query(null, null, "USER", from, null),
                query(null, null, null, from, from.plus(2, ChronoUnit.DAYS)));
        for (AuditQuery q : queries) {
            long started = System.nanoTime();
            long count = trail.count(q);
            List<AuditRecord> page = trail.find(q, 1000, 50);
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf(
                    "audit query %s: %d entries, page of %d at offset 1000, %d ms%n", q, count, page.size(), millis);
            assertThat(page).hasSize((int) Math.min(50, Math.max(0, count - 1000)));
        }
        assertThat(plan("WHERE username = 'big-7'"))
                .contains("ix_audit_entry_actor")
                .doesNotContain("filesort");
        assertThat(plan("WHERE unit_code = 'U41'"))
                .contains("ix_audit_entry_unit")
                .doesNotContain("filesort");
        assertThat(plan("")).doesNotContain("filesort");
        assertThat(trail.find(query("big-7", null, null, null, null), 0, 3))
                .extracting(r -> r.entry().entityId())
                .containsExactly("e199967", "e199927", "e199887");
    }

    private String plan(String where) {
        return jdbc.queryForList("EXPLAIN SELECT id FROM audit_entry " + where
                        + " ORDER BY changed_at DESC, id DESC LIMIT 50 OFFSET 1000")
                .toString();
    }
}
