package se.ekonomiuppfoljning.apikeys;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An API key as the administrator sees it: never the key itself, which only its creator saw once.
 *
 * @param owner      the user whose roles and scope the key carries
 * @param label      what it is for, e.g. "Nattlig import från ekonomisystemet"
 * @param prefix     the key's first characters, to tell keys apart (not enough to use it)
 * @param expiresOn  the last day it is accepted
 * @param lastUsedAt when it was last accepted, to the minute; none when never used
 * @param revokedAt  when an administrator revoked it; none while it is not revoked
 * @param purpose    what it is for: the integration API, or the users API only
 */
public record ApiKey(
        long id,
        String owner,
        String label,
        String prefix,
        LocalDate expiresOn,
        String createdBy,
        Instant createdAt,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt,
        ApiKeyPurpose purpose) {

    /** A key for the integration API. */
    public ApiKey(
            long id,
            String owner,
            String label,
            String prefix,
            LocalDate expiresOn,
            String createdBy,
            Instant createdAt,
            @Nullable Instant lastUsedAt,
            @Nullable Instant revokedAt) {
        this(
                id,
                owner,
                label,
                prefix,
                expiresOn,
                createdBy,
                createdAt,
                lastUsedAt,
                revokedAt,
                ApiKeyPurpose.INTEGRATION);
    }

    /** Whether the key is accepted on the given day: not revoked and not past its last day. */
    public boolean validOn(LocalDate day) {
        return revokedAt == null && !day.isAfter(expiresOn);
    }
}
