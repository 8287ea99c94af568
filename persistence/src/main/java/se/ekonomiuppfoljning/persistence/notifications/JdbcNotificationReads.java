package se.ekonomiuppfoljning.persistence.notifications;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;
import se.ekonomiuppfoljning.notifications.NotificationReads;

@Repository
class JdbcNotificationReads implements NotificationReads {

    private final NamedParameterJdbcTemplate jdbc;

    JdbcNotificationReads(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> readAmong(String username, Collection<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.queryForList(
                "SELECT notification_key FROM notification_read WHERE username = :user AND notification_key IN (:keys)",
                new MapSqlParameterSource().addValue("user", username).addValue("keys", List.copyOf(keys)),
                String.class));
    }

    @Override
    public void markRead(String username, Collection<String> keys, Instant at) {
        if (keys.isEmpty()) {
            return;
        }
        SqlParameterSource[] rows = keys.stream()
                .distinct()
                .map(key -> new MapSqlParameterSource()
                        .addValue("user", username)
                        .addValue("key", key)
                        .addValue("at", Timestamp.from(at)))
                .toArray(SqlParameterSource[]::new);
        jdbc.batchUpdate(
                "INSERT IGNORE INTO notification_read (username, notification_key, read_at) VALUES (:user, :key, :at)",
                rows);
    }
}
