package se.ekonomiuppfoljning.app.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import se.ekonomiuppfoljning.common.AuditEntry;
import se.ekonomiuppfoljning.common.AuditLog;
import se.ekonomiuppfoljning.security.OutOfScopeException;
import se.ekonomiuppfoljning.security.PermissionDeniedException;

/**
 * Every refusal of a domain service (a unit outside the caller's scope, an act their roles do not allow) goes into
 * the audit trail, whatever door it came through (page, address, API, upload): at most once a minute per user,
 * operation and unit on this node, so that a page that asks again and again, or an attacker, cannot fill the table.
 * It runs outside the service's transaction (which the refusal rolls back) and writes in a transaction of its own.
 */
@Configuration(proxyBeanMethods = false)
class RefusedAccessAudit {

    /** The audit trail's kind for a refused access. */
    static final String ENTITY = "REFUSED_ACCESS";

    private static final Logger log = LoggerFactory.getLogger(RefusedAccessAudit.class);
    private static final Duration QUIET = Duration.ofMinutes(1);

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor refusedAccessAuditAdvisor(
            ObjectProvider<AuditLog> audit,
            ObjectProvider<PlatformTransactionManager> transactions,
            ObjectProvider<SecurityContextHolderStrategy> security,
            ObjectProvider<Clock> clock) {
        Recorder recorder = new Recorder(audit, transactions, security, clock);
        MethodInterceptor interceptor = invocation -> recorder.watch(invocation);
        ClassFilter domainServices = DomainServiceTransactions::isDomainService;
        DefaultPointcutAdvisor advisor =
                new DefaultPointcutAdvisor(new ComposablePointcut(domainServices), interceptor);
        advisor.setOrder(-1); // outside the transaction advisor (order 0): the service's transaction has ended
        return advisor;
    }

    static final class Recorder {
        private final ObjectProvider<AuditLog> audit;
        private final ObjectProvider<PlatformTransactionManager> transactions;
        private final ObjectProvider<SecurityContextHolderStrategy> security;
        private final ObjectProvider<Clock> clock;
        private final Map<String, Instant> lastRecorded = new ConcurrentHashMap<>();

        Recorder(
                ObjectProvider<AuditLog> audit,
                ObjectProvider<PlatformTransactionManager> transactions,
                ObjectProvider<SecurityContextHolderStrategy> security,
                ObjectProvider<Clock> clock) {
            this.audit = audit;
            this.transactions = transactions;
            this.security = security;
            this.clock = clock;
        }

        @Nullable
        Object watch(MethodInvocation invocation) throws Throwable {
            try {
                return invocation.proceed();
            } catch (OutOfScopeException refused) {
                record(invocation, refused.unit().value(), refused.getMessage());
                throw refused;
            } catch (PermissionDeniedException refused) {
                record(invocation, null, refused.getMessage());
                throw refused;
            }
        }

        private void record(MethodInvocation invocation, @Nullable String unit, @Nullable String why) {
            String operation = invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                    + invocation.getMethod().getName();
            String user = caller();
            Instant now = clock.getObject().instant();
            String key = user + "|" + operation + "|" + unit;
            Instant last = lastRecorded.get(key);
            if (last != null && last.plus(QUIET).isAfter(now)) {
                return;
            }
            lastRecorded.put(key, now);
            if (lastRecorded.size() > 10_000) {
                lastRecorded.entrySet().removeIf(e -> e.getValue().plus(QUIET).isBefore(now));
            }
            log.info("Refused: {} {} (unit {})", user, operation, unit == null ? "–" : unit);
            try {
                TransactionTemplate own = new TransactionTemplate(transactions.getObject());
                own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
                own.executeWithoutResult(status -> audit.getObject()
                        .record(new AuditEntry(
                                        user,
                                        now,
                                        ENTITY,
                                        operation,
                                        null,
                                        "åtgärd=" + operation + "\nenhet=" + (unit == null ? "" : unit) + "\nskäl="
                                                + (why == null ? "" : why))
                                .withUnit(unit)));
            } catch (RuntimeException e) {
                log.warn("A refused access could not be audited: {}", e.toString());
            }
        }

        private String caller() {
            Authentication authentication = security.getIfUnique(SecurityContextHolder::getContextHolderStrategy)
                    .getContext()
                    .getAuthentication();
            return authentication == null ? "(anonym)" : authentication.getName();
        }
    }
}
