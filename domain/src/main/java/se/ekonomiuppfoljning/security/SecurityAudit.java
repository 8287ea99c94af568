package se.ekonomiuppfoljning.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where the security use cases write the audit trail. {@code app} adapts it to the cycle's {@code AuditLog}
 * (the audit store lives in {@code cycle}, which depends on this package, so this one cannot call it directly).
 */
@FunctionalInterface
public interface SecurityAudit {

    /** The kind of the entries about a user account; the subject is the account's user name. */
    String USER = "USER";

    /**
     * @param actor   who did it
     * @param kind    what kind of entity, e.g. {@link #USER}
     * @param subject which one, e.g. the user name
     * @param before  its text before, null when it was created
     * @param after   its text after, null when it was removed
     */
    void record(String actor, Instant at, String kind, String subject, @Nullable String before, @Nullable String after);
}
