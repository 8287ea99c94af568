package se.ekonomiuppfoljning.persistence.security;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import se.ekonomiuppfoljning.organisation.CommitteeCode;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.persistence.database.CommittedCache;
import se.ekonomiuppfoljning.security.EmailAddress;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.security.UserAccountRepository;

/**
 * Users over JPA, where they are edited. The user of every service call is read with one SQL query instead
 * (loading the entity with its three collections took several times as long as the follow-up query of one unit),
 * and kept until a user is saved (see {@link #cache}).
 */
@Repository
class JpaUserAccountRepository implements UserAccountRepository {

    /** The user and its roles, units and committees, one row each, in one round trip. */
    private static final String USER = """
            SELECT 'user' AS kind, display_name AS value, enabled, email FROM app_user WHERE username = :username
            UNION ALL
            SELECT 'role', role, NULL, NULL FROM app_user_role WHERE username = :username
            UNION ALL
            SELECT 'unit', unit_code, NULL, NULL FROM app_user_unit WHERE username = :username
            UNION ALL
            SELECT 'committee', committee_code, NULL, NULL FROM app_user_committee WHERE username = :username
            """;

    private final UserJpaRepository users;
    private final NamedParameterJdbcTemplate jdbc;

    /**
     * The users as read, by name (also those not found), with the {@code users} change counter they were read at.
     * Every service call reads its caller, and users change rarely; {@link #save} moves the counter on (see
     * {@link CommittedCache}).
     */
    private final CommittedCache<String, Optional<UserAccount>> cache;

    JpaUserAccountRepository(
            UserJpaRepository users, NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.users = users;
        this.jdbc = jdbc;
        this.cache = new CommittedCache<>("users", jdbc.getJdbcOperations(), transactions, 10_000);
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return cache.get(username, this::read);
    }

    private Optional<UserAccount> read(String username) {
        @Nullable String[] displayName = {null};
        boolean[] enabled = {false};
        @Nullable String[] email = {null};
        Set<Role> roles = new HashSet<>();
        Set<UnitCode> units = new HashSet<>();
        Set<CommitteeCode> committees = new HashSet<>();
        jdbc.query(USER, new MapSqlParameterSource("username", username), rs -> {
            String value = rs.getString(2);
            switch (rs.getString(1)) {
                case "user" -> {
                    displayName[0] = value;
                    enabled[0] = rs.getBoolean(3);
                    email[0] = rs.getString(4);
                }
                case "role" -> roles.add(Role.valueOf(value));
                case "unit" -> units.add(UnitCode.of(value));
                default -> committees.add(CommitteeCode.of(value));
            }
        });
        if (displayName[0] == null) {
            return Optional.empty();
        }
        // the name as asked for, as the entity lookup gave it
        UserAccount account = new UserAccount(username, displayName[0], roles, units, committees, enabled[0]);
        return Optional.of(email[0] == null ? account : account.withEmail(new EmailAddress(email[0])));
    }

    @Override
    public Optional<String> passwordHashOf(String username) {
        return users.findById(username).map(UserEntity::passwordHash);
    }

    @Override
    public List<UserAccount> findAll() {
        return users.findAll().stream().map(UserEntity::toDomain).toList();
    }

    /** The page's names in the database's order of names, then each user as every caller is read (cached). */
    @Override
    public List<UserAccount> findPage(int offset, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return jdbc
                .queryForList(
                        "SELECT username FROM app_user ORDER BY username, BINARY username LIMIT :limit OFFSET :offset",
                        new MapSqlParameterSource("limit", limit).addValue("offset", Math.max(0, offset)),
                        String.class)
                .stream()
                .map(this::findByUsername)
                .flatMap(Optional::stream)
                .toList();
    }

    @Override
    public void save(UserAccount account, String passwordHash) {
        cache.change(() -> {
            UserEntity entity = users.findById(account.username()).orElseGet(() -> new UserEntity(account.username()));
            entity.update(account, passwordHash);
            users.saveAndFlush(entity);
        });
    }

    @Override
    public long count() {
        return users.count();
    }
}
