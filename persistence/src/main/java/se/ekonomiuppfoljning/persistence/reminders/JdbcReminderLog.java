package se.ekonomiuppfoljning.persistence.reminders;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import se.ekonomiuppfoljning.reminders.ReminderKey;
import se.ekonomiuppfoljning.reminders.ReminderLog;
import se.ekonomiuppfoljning.security.EmailAddress;

/**
 * The reminders sent, in {@code reminder_sent}. A claim is an INSERT on the primary key, so two runs at the same
 * moment (two servers) cannot both send: the second waits for the first's transaction and then finds the row.
 */
@Repository
class JdbcReminderLog implements ReminderLog {

    private final NamedParameterJdbcTemplate jdbc;

    JdbcReminderLog(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean claim(ReminderKey key, EmailAddress address, Instant at) {
        try {
            jdbc.update(
                    """
                    INSERT INTO reminder_sent (username, period_year, period_month, deadline, days_before, email, sent_at)
                    VALUES (:username, :year, :month, :deadline, :days, :email, :at)
                    """,
                    params(key)
                            .addValue("email", address.value())
                            .addValue("at", LocalDateTime.ofInstant(at, ZoneOffset.UTC)));
            return true;
        } catch (DuplicateKeyException alreadySent) {
            return false;
        }
    }

    @Override
    public void release(ReminderKey key) {
        jdbc.update("""
                DELETE FROM reminder_sent WHERE username = :username AND period_year = :year
                AND period_month = :month AND deadline = :deadline AND days_before = :days
                """, params(key));
    }

    private static MapSqlParameterSource params(ReminderKey key) {
        return new MapSqlParameterSource()
                .addValue("username", key.username())
                .addValue("year", key.period().year())
                .addValue("month", key.period().month())
                .addValue("deadline", Date.valueOf(key.deadline()))
                .addValue("days", key.daysBefore());
    }
}
