package se.ekonomiuppfoljning.persistence.apikeys;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import se.ekonomiuppfoljning.apikeys.ApiKey;
import se.ekonomiuppfoljning.apikeys.ApiKeyPurpose;
import se.ekonomiuppfoljning.apikeys.ApiKeyStore;

/** The API keys in {@code api_key}; a key is found by its hash through the table's unique index. */
@Repository
class JdbcApiKeyStore implements ApiKeyStore {

    private static final String COLUMNS =
            "id, owner, label, prefix, expires_on, created_by, created_at, last_used_at, revoked_at, purpose";

    private final NamedParameterJdbcTemplate jdbc;

    JdbcApiKeyStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long add(
            String owner,
            String label,
            String prefix,
            String hash,
            LocalDate expiresOn,
            String createdBy,
            Instant at,
            ApiKeyPurpose purpose) {
        GeneratedKeyHolder id = new GeneratedKeyHolder();
        jdbc.update(
                "INSERT INTO api_key (owner, label, prefix, key_hash, expires_on, created_by, created_at, purpose)"
                        + " VALUES (:owner, :label, :prefix, :hash, :expiresOn, :createdBy, :at, :purpose)",
                new MapSqlParameterSource("owner", owner)
                        .addValue("label", label)
                        .addValue("prefix", prefix)
                        .addValue("hash", hash)
                        .addValue("expiresOn", expiresOn)
                        .addValue("createdBy", createdBy)
                        .addValue("at", utc(at))
                        .addValue("purpose", purpose.name()),
                id,
                new String[] {"id"});
        return id.getKeyAs(Number.class).longValue();
    }

    @Override
    public List<ApiKey> all() {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM api_key ORDER BY created_at DESC, id DESC",
                new MapSqlParameterSource(),
                JdbcApiKeyStore::key);
    }

    @Override
    public Optional<ApiKey> find(long id) {
        return jdbc
                .query(
                        "SELECT " + COLUMNS + " FROM api_key WHERE id = :id",
                        new MapSqlParameterSource("id", id),
                        JdbcApiKeyStore::key)
                .stream()
                .findFirst();
    }

    @Override
    public Optional<ApiKey> findByHash(String hash) {
        return jdbc
                .query(
                        "SELECT " + COLUMNS + " FROM api_key WHERE key_hash = :hash",
                        new MapSqlParameterSource("hash", hash),
                        JdbcApiKeyStore::key)
                .stream()
                .findFirst();
    }

    @Override
    public boolean revoke(long id, Instant at) {
        return jdbc.update(
                        "UPDATE api_key SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL",
                        new MapSqlParameterSource("id", id).addValue("at", utc(at)))
                == 1;
    }

    @Override
    public void touch(long id, Instant at) {
        jdbc.update(
                "UPDATE api_key SET last_used_at = :at WHERE id = :id",
                new MapSqlParameterSource("id", id).addValue("at", utc(at)));
    }

    private static ApiKey key(ResultSet rs, int row) throws SQLException {
        return new ApiKey(
                rs.getLong("id"),
                rs.getString("owner"),
                rs.getString("label"),
                rs.getString("prefix"),
                rs.getObject("expires_on", LocalDate.class),
                rs.getString("created_by"),
                instant(rs.getObject("created_at", LocalDateTime.class)),
                nullableInstant(rs.getObject("last_used_at", LocalDateTime.class)),
                nullableInstant(rs.getObject("revoked_at", LocalDateTime.class)),
                ApiKeyPurpose.valueOf(rs.getString("purpose")));
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime at) {
        return at.toInstant(ZoneOffset.UTC);
    }

    private static @Nullable Instant nullableInstant(@Nullable LocalDateTime at) {
        return at == null ? null : instant(at);
    }
}
