package se.ekonomiuppfoljning.persistence.cycle;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import se.ekonomiuppfoljning.cycle.AuditEntry;
import se.ekonomiuppfoljning.cycle.AuditLog;

/** The audit trail in {@code audit_entry}, append-only. */
@Repository
class JdbcAuditLog implements AuditLog {

    private final NamedParameterJdbcTemplate jdbc;

    JdbcAuditLog(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(AuditEntry entry) {
        jdbc.update("""
                INSERT INTO audit_entry (username, changed_at, entity, entity_id, before_text, after_text)
                VALUES (:username, :at, :entity, :entityId, :before, :after)""",
                new MapSqlParameterSource("username", entry.username())
                        .addValue("at", LocalDateTime.ofInstant(entry.at(), ZoneOffset.UTC))
                        .addValue("entity", entry.entity())
                        .addValue("entityId", entry.entityId())
                        .addValue("before", entry.before())
                        .addValue("after", entry.after()));
    }

    @Override
    public List<AuditEntry> entriesFor(String entity, String entityId) {
        return jdbc.query("""
                SELECT username, changed_at, entity, entity_id, before_text, after_text
                  FROM audit_entry
                 WHERE entity = :entity AND entity_id = :entityId
                 ORDER BY id""", new MapSqlParameterSource("entity", entity).addValue("entityId", entityId),
                (rs, i) -> new AuditEntry(rs.getString(1), rs.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
    }
}
