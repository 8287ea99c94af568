package se.ekonomiuppfoljning.app.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Set;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import se.ekonomiuppfoljning.common.ConcurrentEditException;
import se.ekonomiuppfoljning.common.RuleViolationException;
import se.ekonomiuppfoljning.imports.ImportException;
import se.ekonomiuppfoljning.imports.ImportRecord;
import se.ekonomiuppfoljning.imports.LedgerImportService;
import se.ekonomiuppfoljning.imports.OrganisationImportService;
import se.ekonomiuppfoljning.security.NotAuthenticatedException;
import se.ekonomiuppfoljning.security.OutOfScopeException;
import se.ekonomiuppfoljning.security.PermissionDeniedException;

/**
 * Metrics of the imports, measured around the domain's import services (the domain knows nothing of them), for the
 * page and the API alike, outside the service's transaction so that the time includes the commit:
 * <ul>
 * <li>{@code portal.imports} (Prometheus {@code portal_imports_total}), by {@code kind} (ledger, organisation) and
 *     {@code outcome}: {@code ok} for every saved import, {@code refused} for a file or a caller the rules refused
 *     (on reading or on saving), {@code failed} for anything else (the database, a bug);</li>
 * <li>{@code portal.import.rows}: the rows saved (a ledger import's amount lines, an organisation's units);</li>
 * <li>{@code portal.import.duration} (seconds), by {@code kind}, {@code step} ({@code read}: a preview,
 *     {@code save}: confirming a preview, {@code import}: the API's read and save in one) and {@code outcome}.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class ImportMetrics {

    static final String IMPORTS = "portal.imports";
    static final String ROWS = "portal.import.rows";
    static final String DURATION = "portal.import.duration";

    private static final Set<String> READ = Set.of("preview", "previewOrganisation");
    private static final Set<String> SAVE = Set.of("confirm", "confirmOrganisation");
    private static final Set<String> IMPORT = Set.of("importFile", "importOrganisation");

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor importMetricsAdvisor(ObjectProvider<MeterRegistry> registry) {
        StaticMethodMatcherPointcut pointcut = new StaticMethodMatcherPointcut() {
            @Override
            public boolean matches(java.lang.reflect.Method method, Class<?> type) {
                return (LedgerImportService.class.isAssignableFrom(type)
                                || OrganisationImportService.class.isAssignableFrom(type))
                        && step(method.getName()) != null;
            }
        };
        Recorder recorder = new Recorder(registry);
        MethodInterceptor interceptor = recorder::measure;
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(pointcut, interceptor);
        advisor.setOrder(-2); // outside the refused-access audit (-1) and the transaction (0)
        return advisor;
    }

    static @Nullable String step(String method) {
        if (READ.contains(method)) {
            return "read";
        }
        if (SAVE.contains(method)) {
            return "save";
        }
        if (IMPORT.contains(method)) {
            return "import";
        }
        return null;
    }

    static boolean isRefusal(Throwable e) {
        return e instanceof ImportException
                || e instanceof RuleViolationException
                || e instanceof OutOfScopeException
                || e instanceof PermissionDeniedException
                || e instanceof NotAuthenticatedException
                || e instanceof ConcurrentEditException;
    }

    static final class Recorder {
        private final ObjectProvider<MeterRegistry> registry;

        Recorder(ObjectProvider<MeterRegistry> registry) {
            this.registry = registry;
        }

        @Nullable
        Object measure(MethodInvocation invocation) throws Throwable {
            MeterRegistry meters = registry.getIfAvailable();
            String step = step(invocation.getMethod().getName());
            if (meters == null || step == null) {
                return invocation.proceed();
            }
            String kind = OrganisationImportService.class.isAssignableFrom(
                            invocation.getMethod().getDeclaringClass())
                    ? "organisation"
                    : "ledger";
            Timer.Sample sample = Timer.start(meters);
            String outcome = "ok";
            try {
                Object result = invocation.proceed();
                if (!step.equals("read")) {
                    count(meters, kind, "ok");
                    long rows = rows(result);
                    if (rows > 0) {
                        Counter.builder(ROWS)
                                .description("Rows saved by imports")
                                .tag("kind", kind)
                                .register(meters)
                                .increment(rows);
                    }
                }
                return result;
            } catch (RuntimeException | Error e) {
                outcome = isRefusal(e) ? "refused" : "failed";
                count(meters, kind, outcome);
                throw e;
            } finally {
                sample.stop(Timer.builder(DURATION)
                        .description("Time of an import's steps")
                        .tag("kind", kind)
                        .tag("step", step)
                        .tag("outcome", outcome)
                        .register(meters));
            }
        }

        private static void count(MeterRegistry meters, String kind, String outcome) {
            Counter.builder(IMPORTS)
                    .description("Imports by outcome")
                    .tag("kind", kind)
                    .tag("outcome", outcome)
                    .register(meters)
                    .increment();
        }

        private static long rows(@Nullable Object result) {
            if (result instanceof ImportRecord record) {
                return record.rows();
            }
            if (result instanceof LedgerImportService.Imported imported) {
                return imported.record().rows();
            }
            if (result instanceof OrganisationImportService.OrganisationImportResult organisation) {
                return organisation.units();
            }
            return 0;
        }
    }
}
