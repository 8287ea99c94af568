package se.ekonomiuppfoljning.persistence.security;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import se.ekonomiuppfoljning.organisation.CommitteeCode;
import se.ekonomiuppfoljning.organisation.UnitCode;
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

    JpaUserAccountRepository(UserJpaRepository users, NamedParameterJdbcTemplate jdbc) {
        this.users = users;
        this.jdbc = jdbc;
    }

    /**
     * The users as read, by name, with the generation they were read in. Every service call reads its caller, and
     * users change rarely and only through {@link #save}: a save drops the cache now and again when its transaction
     * ends, and moves the generation on, so a read that began before the change is never kept. Inside a
     * transaction that saved a user, reads go to the database and see the change.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, Cached> cache = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
    private static final Object CHANGED = new Object();

    private record Cached(long generation, Optional<UserAccount> account) {
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        boolean changedHere = TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.hasResource(CHANGED);
        long before = generation.get();
        Cached cached = cache.get(username);
        if (!changedHere && cached != null && cached.generation() == before) {
            return cached.account();
        }
        Optional<UserAccount> account = read(username);
        if (!changedHere && generation.get() == before) {
            cache.put(username, new Cached(before, account));
        }
        return account;
    }

    private Optional<UserAccount> read(String username) {
        @org.jspecify.annotations.Nullable String[] displayName = {null};
        boolean[] enabled = {false};
        @org.jspecify.annotations.Nullable String[] email = {null};
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

    @Override
    public void save(UserAccount account, String passwordHash) {
        changed();
        UserEntity entity = users.findById(account.username()).orElseGet(() -> new UserEntity(account.username()));
        entity.update(account, passwordHash);
        users.saveAndFlush(entity);
    }

    /** Drops the cache now and after the transaction ends; inside it, reads see its own changes. */
    private void changed() {
        generation.incrementAndGet();
        cache.clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && !TransactionSynchronizationManager.hasResource(CHANGED)) {
            TransactionSynchronizationManager.bindResource(CHANGED, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(CHANGED);
                    generation.incrementAndGet();
                    cache.clear();
                }
            });
        }
    }

    @Override
    public long count() {
        return users.count();
    }
}
