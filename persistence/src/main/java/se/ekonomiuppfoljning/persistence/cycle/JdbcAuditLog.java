package se.ekonomiuppfoljning.persistence.cycle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import se.ekonomiuppfoljning.audit.AuditQuery;
import se.ekonomiuppfoljning.audit.AuditRecord;
import se.ekonomiuppfoljning.audit.AuditTrail;
import se.ekonomiuppfoljning.common.AuditEntry;
import se.ekonomiuppfoljning.common.AuditLog;

/**
 * The audit trail in {@code audit_entry}, append-only; read back per entity (a month's history) and, filtered and
 * paged in SQL, by the administrator (newest first, by {@code (changed_at, id)}, which the indexes of V26 serve).
 */
@Repository
class JdbcAuditLog implements AuditLog, AuditTrail {

    private static final String COLUMNS =
            "id, username, changed_at, entity, entity_id, before_text, after_text, unit_code, on_behalf_of";

    private final NamedParameterJdbcTemplate jdbc;

    JdbcAuditLog(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(AuditEntry entry) {
        jdbc.update(
                """
                INSERT INTO audit_entry
                       (username, on_behalf_of, changed_at, entity, entity_id, unit_code, before_text, after_text)
                VALUES (:username, :onBehalfOf, :at, :entity, :entityId, :unit, :before, :after)""",
                new MapSqlParameterSource("username", entry.username())
                        .addValue("onBehalfOf", entry.onBehalfOf())
                        .addValue("at", LocalDateTime.ofInstant(entry.at(), ZoneOffset.UTC))
                        .addValue("entity", entry.entity())
                        .addValue("entityId", entry.entityId())
                        .addValue("unit", entry.unitCode())
                        .addValue("before", entry.before())
                        .addValue("after", entry.after()));
    }

    @Override
    public List<AuditEntry> entriesFor(String entity, String entityId) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM audit_entry WHERE entity = :entity AND entity_id = :entityId"
                        + " ORDER BY id",
                new MapSqlParameterSource("entity", entity).addValue("entityId", entityId),
                (rs, i) -> entry(rs));
    }

    @Override
    public long count(AuditQuery query) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        Long count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_entry" + where(query, parameters), parameters, Long.class);
        return count == null ? 0 : count;
    }

    @Override
    public List<AuditRecord> find(AuditQuery query, long offset, int limit) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("limit", limit).addValue("offset", offset);
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM audit_entry" + where(query, parameters)
                        + " ORDER BY changed_at DESC, id DESC LIMIT :limit OFFSET :offset",
                parameters,
                (rs, i) -> new AuditRecord(rs.getLong("id"), entry(rs)));
    }

    @Override
    public List<String> kinds() {
        return jdbc.getJdbcTemplate()
                .queryForList("SELECT DISTINCT entity FROM audit_entry ORDER BY entity", String.class);
    }

    /** The filter as a WHERE clause over bound parameters; the table's collation compares without case. */
    private static String where(AuditQuery query, MapSqlParameterSource parameters) {
        List<String> conditions = new ArrayList<>();
        if (query.actor() != null) {
            conditions.add("username = :actor");
            parameters.addValue("actor", query.actor());
        }
        if (query.unit() != null) {
            conditions.add("unit_code = :unit");
            parameters.addValue("unit", query.unit());
        }
        if (query.kind() != null) {
            conditions.add("entity = :kind");
            parameters.addValue("kind", query.kind());
        }
        if (query.from() != null) {
            conditions.add("changed_at >= :from");
            parameters.addValue("from", LocalDateTime.ofInstant(query.from(), ZoneOffset.UTC));
        }
        if (query.until() != null) {
            conditions.add("changed_at < :until");
            parameters.addValue("until", LocalDateTime.ofInstant(query.until(), ZoneOffset.UTC));
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(
                rs.getString("username"),
                rs.getObject("changed_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                rs.getString("entity"),
                rs.getString("entity_id"),
                rs.getString("before_text"),
                rs.getString("after_text"),
                rs.getString("unit_code"),
                rs.getString("on_behalf_of"));
    }
}
