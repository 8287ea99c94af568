package se.ekonomiuppfoljning.security;

import java.time.Duration;

/** Where the throttle reports refusals and lifted blocks (the log always; the audit trail as asked). */
public interface LoginAudit {

    /**
     * A login was refused because of earlier failures.
     *
     * @param toTrail whether to write it to the audit trail too (false for the further refusals of the same
     *                block within a minute: they are only logged)
     */
    void refused(String account, String address, LoginFailures.Kind kind, Duration retryAfter, boolean toTrail);

    void lifted(String administrator, LoginFailures block);

    /**
     * A wrong password (or an unknown name) was checked. The throttle bounds how often this can happen per account
     * and address; the audit trail may hold back repeats further.
     */
    default void failed(String account, String address) {}
}
