package se.ekonomiuppfoljning.persistence.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import se.ekonomiuppfoljning.security.LoginAttemptStore;
import se.ekonomiuppfoljning.security.LoginFailures;

/**
 * The counted failed logins in {@code login_failure}. Each statement is atomic on its own (an upsert, a
 * conditional update), so two nodes counting at once lose no failure and write no audit entry twice.
 */
@Repository
class JdbcLoginAttemptStore implements LoginAttemptStore {

    private final NamedParameterJdbcTemplate jdbc;

    JdbcLoginAttemptStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<LoginFailures> find(String account, String address) {
        return jdbc.query(
                """
                SELECT kind, account, address, failures, last_failure_at FROM login_failure
                 WHERE (kind = 'PAIR' AND account = :account AND address = :address)
                    OR (kind = 'ACCOUNT' AND account = :account AND address = '')
                    OR (kind = 'ADDRESS' AND account = '' AND address = :address)""",
                new MapSqlParameterSource("account", account).addValue("address", address),
                JdbcLoginAttemptStore::row);
    }

    @Override
    public void recordFailure(String account, String address, Instant at, Instant forgetBefore) {
        MapSqlParameterSource params = new MapSqlParameterSource("account", account)
                .addValue("address", address)
                .addValue("at", utc(at))
                .addValue("forget", utc(forgetBefore));
        // counts nobody needs any more go, so that names made up by the thousand do not fill the table
        jdbc.update("DELETE FROM login_failure WHERE last_failure_at < :forget LIMIT 1000", params);
        jdbc.update("""
                INSERT INTO login_failure (kind, account, address, failures, last_failure_at)
                VALUES ('PAIR', :account, :address, 1, :at), ('ACCOUNT', :account, '', 1, :at),
                       ('ADDRESS', '', :address, 1, :at)
                ON DUPLICATE KEY UPDATE
                       failures = IF(last_failure_at < :forget, 1, failures + 1),
                       last_failure_at = VALUES(last_failure_at)""", params);
    }

    @Override
    public void release(
            LoginFailures.Kind kind, String account, String address, Instant at, @Nullable Instant previous) {
        MapSqlParameterSource params = new MapSqlParameterSource("kind", kind.name())
                .addValue("account", account)
                .addValue("address", address)
                .addValue("at", utc(at))
                .addValue("previous", previous == null ? null : utc(previous), Types.TIMESTAMP);
        jdbc.update("""
                UPDATE login_failure
                   SET last_failure_at = IF(:previous IS NOT NULL AND last_failure_at = :at, :previous,
                                            last_failure_at),
                       failures = failures - 1
                 WHERE kind = :kind AND account = :account AND address = :address""", params);
        jdbc.update("""
                DELETE FROM login_failure
                 WHERE kind = :kind AND account = :account AND address = :address AND failures <= 0""", params);
    }

    @Override
    public void remove(LoginFailures.Kind kind, String account, String address) {
        jdbc.update(
                "DELETE FROM login_failure WHERE kind = :kind AND account = :account AND address = :address",
                new MapSqlParameterSource("kind", kind.name())
                        .addValue("account", account)
                        .addValue("address", address));
    }

    @Override
    public List<LoginFailures> since(Instant since) {
        return jdbc.query("""
                SELECT kind, account, address, failures, last_failure_at FROM login_failure
                 WHERE last_failure_at >= :since""", new MapSqlParameterSource("since", utc(since)), JdbcLoginAttemptStore::row);
    }

    @Override
    public boolean claimAudit(LoginFailures.Kind kind, String account, String address, Instant at, Instant notBefore) {
        return jdbc.update(
                        """
                UPDATE login_failure SET audited_at = :at
                 WHERE kind = :kind AND account = :account AND address = :address
                   AND (audited_at IS NULL OR audited_at < :notBefore)""",
                        new MapSqlParameterSource("kind", kind.name())
                                .addValue("account", account)
                                .addValue("address", address)
                                .addValue("at", utc(at))
                                .addValue("notBefore", utc(notBefore)))
                == 1;
    }

    private static LoginFailures row(ResultSet rs, int i) throws SQLException {
        return new LoginFailures(
                LoginFailures.Kind.valueOf(rs.getString(1)),
                rs.getString(2),
                rs.getString(3),
                rs.getInt(4),
                rs.getObject(5, LocalDateTime.class).toInstant(ZoneOffset.UTC));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
