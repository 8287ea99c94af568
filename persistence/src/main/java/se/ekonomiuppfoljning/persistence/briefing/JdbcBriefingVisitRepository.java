package se.ekonomiuppfoljning.persistence.briefing;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;
import se.ekonomiuppfoljning.briefing.BriefingVisitRepository;

/** {@code briefing_visit} (V42): one row per user and case, the time in UTC with milliseconds. */
@Repository
class JdbcBriefingVisitRepository implements BriefingVisitRepository {

    private final NamedParameterJdbcTemplate jdbc;

    JdbcBriefingVisitRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, Instant> lastVisits(String username, Collection<Long> caseIds) {
        Map<Long, Instant> visits = new HashMap<>();
        if (caseIds.isEmpty()) {
            return visits;
        }
        jdbc.query(
                "SELECT case_id, visited_at FROM briefing_visit WHERE username = :user AND case_id IN (:ids)",
                new MapSqlParameterSource().addValue("user", username).addValue("ids", List.copyOf(caseIds)),
                rs -> {
                    visits.put(
                            rs.getLong(1), rs.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC));
                });
        return visits;
    }

    @Override
    public void record(String username, Collection<Long> caseIds, Instant at) {
        LocalDateTime utc = LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
        SqlParameterSource[] rows = caseIds.stream()
                .map(id -> new MapSqlParameterSource()
                        .addValue("user", username)
                        .addValue("id", id)
                        .addValue("at", utc))
                .toArray(SqlParameterSource[]::new);
        jdbc.batchUpdate(
                "INSERT INTO briefing_visit (username, case_id, visited_at) VALUES (:user, :id, :at)"
                        + " ON DUPLICATE KEY UPDATE visited_at = VALUES(visited_at)",
                rows);
    }
}
