package se.ekonomiuppfoljning.app.audit;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.ekonomiuppfoljning.audit.AuditService;
import se.ekonomiuppfoljning.audit.AuditTrail;
import se.ekonomiuppfoljning.common.AuditEntry;
import se.ekonomiuppfoljning.common.AuditLog;
import se.ekonomiuppfoljning.security.CurrentUser;
import se.ekonomiuppfoljning.security.SecurityAudit;

/** Reading the audit trail (administrators), and writing the security use cases' entries into it. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    AuditService auditService(AuditTrail trail, CurrentUser currentUser, Clock clock) {
        return new AuditService(trail, currentUser, clock);
    }

    /** The domain's security package cannot reach the audit store in {@code cycle}; this joins them. */
    @Bean
    SecurityAudit securityAudit(AuditLog log) {
        return (actor, at, kind, subject, before, after) ->
                log.record(new AuditEntry(actor, at, kind, subject, before, after));
    }
}
