package se.ekonomiuppfoljning.testdata;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.ekonomiuppfoljning.apikeys.ApiKey;
import se.ekonomiuppfoljning.apikeys.ApiKeyPurpose;
import se.ekonomiuppfoljning.apikeys.ApiKeyStore;

/** The API key port over a map, keeping each key's hash beside it as the database does. */
public final class InMemoryApiKeys implements ApiKeyStore {

    private final Map<Long, ApiKey> keys = new LinkedHashMap<>();
    public final Map<Long, String> hashes = new LinkedHashMap<>();
    public int touches;

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
        long id = keys.size() + 1L;
        keys.put(id, new ApiKey(id, owner, label, prefix, expiresOn, createdBy, at, null, null, purpose));
        hashes.put(id, hash);
        return id;
    }

    @Override
    public List<ApiKey> all() {
        List<ApiKey> all = new ArrayList<>(keys.values());
        all.sort(Comparator.comparing(ApiKey::createdAt)
                .thenComparing(ApiKey::id)
                .reversed());
        return all;
    }

    @Override
    public Optional<ApiKey> find(long id) {
        return Optional.ofNullable(keys.get(id));
    }

    @Override
    public Optional<ApiKey> findByHash(String hash) {
        return hashes.entrySet().stream()
                .filter(e -> e.getValue().equals(hash))
                .map(e -> keys.get(e.getKey()))
                .findFirst();
    }

    @Override
    public boolean revoke(long id, Instant at) {
        ApiKey key = keys.get(id);
        if (key == null || key.revokedAt() != null) {
            return false;
        }
        keys.put(
                id,
                new ApiKey(
                        id,
                        key.owner(),
                        key.label(),
                        key.prefix(),
                        key.expiresOn(),
                        key.createdBy(),
                        key.createdAt(),
                        key.lastUsedAt(),
                        at,
                        key.purpose()));
        return true;
    }

    @Override
    public void touch(long id, Instant at) {
        ApiKey key = keys.get(id);
        touches++;
        keys.put(
                id,
                new ApiKey(
                        id,
                        key.owner(),
                        key.label(),
                        key.prefix(),
                        key.expiresOn(),
                        key.createdBy(),
                        key.createdAt(),
                        at,
                        key.revokedAt(),
                        key.purpose()));
    }
}
