package se.ekonomiuppfoljning.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.ekonomiuppfoljning.common.AuditEntry;
import se.ekonomiuppfoljning.common.AuditLog;
import se.ekonomiuppfoljning.security.LoginAudit;
import se.ekonomiuppfoljning.security.LoginFailures;

/**
 * The throttle's refusals in the log (each one) and in the audit trail (entity {@value #ENTITY}, at most one entry
 * a minute per block, as the throttle decides), and every lifted block in the audit trail.
 */
@Component
class AuditedLoginAudit implements LoginAudit {

    static final String ENTITY = "inloggning";
    private static final Logger log = LoggerFactory.getLogger(AuditedLoginAudit.class);

    private final AuditLog audit;
    private final Clock clock;

    AuditedLoginAudit(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void refused(String account, String address, LoginFailures.Kind kind, Duration retryAfter, boolean toTrail) {
        log.warn(
                "Login refused for '{}' from {}: too many failed logins ({} block, {} s left)",
                account,
                address,
                kind,
                retryAfter.toSeconds());
        if (toTrail) {
            audit.record(new AuditEntry(
                    account,
                    clock.instant(),
                    ENTITY,
                    account,
                    null,
                    "Inloggning nekad från " + address + ": för många misslyckade inloggningar (" + describe(kind)
                            + "), spärrad i " + Math.max(1, retryAfter.toSeconds()) + " s till. Fler nekade försök "
                            + "inom en minut loggas men skrivs inte här."));
        }
    }

    @Override
    public void lifted(String administrator, LoginFailures block) {
        log.info(
                "Login block {} '{}' '{}' lifted by {}", block.kind(), block.account(), block.address(), administrator);
        String key = block.account().isEmpty()
                ? block.address()
                : block.address().isEmpty() ? block.account() : block.account() + " från " + block.address();
        audit.record(new AuditEntry(
                administrator,
                clock.instant(),
                ENTITY,
                key,
                "Spärrad (" + describe(block.kind()) + ") efter " + block.failures() + " misslyckade inloggningar",
                "Spärren hävd av administratören"));
    }

    /**
     * A wrong password in the audit trail, at most once a minute per account and address on this node (the throttle
     * already bounds how many passwords are checked at all).
     */
    @Override
    public void failed(String account, String address) {
        log.info("Login failed for '{}' from {}", account, address);
        Instant now = clock.instant();
        String key = account + "|" + address;
        Instant last = lastFailure.get(key);
        if (last != null && last.plusSeconds(60).isAfter(now)) {
            return;
        }
        lastFailure.put(key, now);
        if (lastFailure.size() > 10_000) {
            lastFailure.entrySet().removeIf(e -> e.getValue().plusSeconds(60).isBefore(now));
        }
        audit.record(new AuditEntry(
                account,
                now,
                ENTITY,
                account,
                null,
                "Misslyckad inloggning från " + address
                        + ": fel användarnamn eller lösenord. Fler inom en minut loggas men skrivs inte här."));
    }

    private final Map<String, Instant> lastFailure = new ConcurrentHashMap<>();

    private static String describe(LoginFailures.Kind kind) {
        return switch (kind) {
            case PAIR -> "kontot från adressen";
            case ACCOUNT -> "kontot";
            case ADDRESS -> "adressen";
        };
    }
}
