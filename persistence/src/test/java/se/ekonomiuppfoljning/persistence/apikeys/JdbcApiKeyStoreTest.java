package se.ekonomiuppfoljning.persistence.apikeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import se.ekonomiuppfoljning.apikeys.ApiKey;
import se.ekonomiuppfoljning.apikeys.ApiKeyStore;
import se.ekonomiuppfoljning.persistence.PersistenceTest;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.security.UserAccountRepository;

@PersistenceTest
class JdbcApiKeyStoreTest {

    private static final String HASH = "a".repeat(64);
    private static final Instant CREATED = Instant.parse("2026-03-16T08:00:00.123Z");

    @Autowired
    ApiKeyStore keys;

    @Autowired
    UserAccountRepository users;

    @Autowired
    JdbcTemplate jdbc;

    private long storeKey() {
        users.save(new UserAccount("nattjobb", "Nattjobb", Set.of(Role.EKONOM), Set.of(), Set.of(), true), "{bcrypt}h");
        return keys.add("nattjobb", "Nattlig import", "eku_abcdef", HASH, LocalDate.of(2027, 3, 16), "admin", CREATED);
    }

    @Test
    void a_key_is_found_by_its_hash_with_every_field_as_stored() {
        long id = storeKey();

        ApiKey key = keys.findByHash(HASH).orElseThrow();

        assertThat(key)
                .isEqualTo(new ApiKey(
                        id,
                        "nattjobb",
                        "Nattlig import",
                        "eku_abcdef",
                        LocalDate.of(2027, 3, 16),
                        "admin",
                        CREATED,
                        null,
                        null));
        assertThat(keys.findByHash("b".repeat(64))).isEmpty();
        assertThat(keys.find(id)).contains(key);
        assertThat(keys.all()).containsExactly(key);
    }

    @Test
    void a_key_is_revoked_once_and_its_use_is_recorded() {
        long id = storeKey();
        Instant used = CREATED.plusSeconds(60);

        keys.touch(id, used);
        assertThat(keys.revoke(id, used.plusSeconds(1))).isTrue();
        assertThat(keys.revoke(id, used.plusSeconds(2))).isFalse();
        assertThat(keys.revoke(id + 1000, used)).isFalse();

        ApiKey key = keys.find(id).orElseThrow();
        assertThat(key.lastUsedAt()).isEqualTo(used);
        assertThat(key.revokedAt()).isEqualTo(used.plusSeconds(1));
    }

    @Test
    void two_keys_cannot_share_a_hash_and_only_the_hash_is_stored() {
        storeKey();

        assertThatThrownBy(() ->
                        keys.add("nattjobb", "Kopia", "eku_abcdef", HASH, LocalDate.of(2027, 1, 1), "admin", CREATED))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(jdbc.queryForObject("SELECT key_hash FROM api_key", String.class))
                .isEqualTo(HASH);
    }
}
