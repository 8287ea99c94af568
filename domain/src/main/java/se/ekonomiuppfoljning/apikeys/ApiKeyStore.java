package se.ekonomiuppfoljning.apikeys;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The port to stored API keys: only a key's hash is stored, never the key. */
public interface ApiKeyStore {

    /** Stores a new key with its purpose and returns its id. */
    long add(
            String owner,
            String label,
            String prefix,
            String hash,
            LocalDate expiresOn,
            String createdBy,
            Instant at,
            ApiKeyPurpose purpose);

    /** Stores a new key for the integration API and returns its id. */
    default long add(
            String owner, String label, String prefix, String hash, LocalDate expiresOn, String createdBy, Instant at) {
        return add(owner, label, prefix, hash, expiresOn, createdBy, at, ApiKeyPurpose.INTEGRATION);
    }

    /** Every key, newest first. */
    List<ApiKey> all();

    Optional<ApiKey> find(long id);

    /** The key with this hash, whatever its state. */
    Optional<ApiKey> findByHash(String hash);

    /** Marks the key revoked, once; false when it was already revoked or does not exist. */
    boolean revoke(long id, Instant at);

    /** Records that the key was accepted at this time. */
    void touch(long id, Instant at);
}
