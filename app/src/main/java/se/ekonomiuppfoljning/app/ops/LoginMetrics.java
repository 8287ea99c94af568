package se.ekonomiuppfoljning.app.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import se.ekonomiuppfoljning.security.LoginAudit;

/**
 * {@code portal.logins} (Prometheus {@code portal_logins_total}) by {@code outcome} and {@code channel} ({@code form}:
 * the login page, {@code api}: HTTP Basic on the API, where every request carries the password and so counts):
 * <ul>
 * <li>{@code ok}: a password check that succeeded (Spring Security's {@link AuthenticationSuccessEvent}; API keys are
 *     not passwords and are not counted);</li>
 * <li>{@code refused}: a wrong name or password ({@link LoginAudit#failed});</li>
 * <li>{@code throttled}: an attempt the login throttle refused unchecked ({@link LoginAudit#refused}).</li>
 * </ul>
 * The refusals are counted where the throttle reports them, around the {@link LoginAudit} bean, so that the security
 * classes stay as they are. No user name goes into a metric.
 */
@Configuration(proxyBeanMethods = false)
class LoginMetrics {

    static final String LOGINS = "portal.logins";

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor loginMetricsAdvisor(ObjectProvider<MeterRegistry> registry) {
        StaticMethodMatcherPointcut pointcut = new StaticMethodMatcherPointcut() {
            @Override
            public boolean matches(java.lang.reflect.Method method, Class<?> type) {
                return LoginAudit.class.isAssignableFrom(type)
                        && (method.getName().equals("failed")
                                || method.getName().equals("refused"));
            }
        };
        MethodInterceptor interceptor = invocation -> {
            Object result = invocation.proceed();
            MeterRegistry meters = registry.getIfAvailable();
            if (meters != null) {
                count(meters, invocation.getMethod().getName().equals("failed") ? "refused" : "throttled");
            }
            return result;
        };
        return new DefaultPointcutAdvisor(pointcut, interceptor);
    }

    @Bean
    SuccessListener loginSuccessListener(ObjectProvider<MeterRegistry> registry) {
        return new SuccessListener(registry);
    }

    static final class SuccessListener {
        private final ObjectProvider<MeterRegistry> registry;

        SuccessListener(ObjectProvider<MeterRegistry> registry) {
            this.registry = registry;
        }

        @EventListener
        void succeeded(AuthenticationSuccessEvent event) {
            MeterRegistry meters = registry.getIfAvailable();
            if (meters != null && event.getAuthentication() instanceof UsernamePasswordAuthenticationToken) {
                count(meters, "ok");
            }
        }
    }

    static void count(MeterRegistry meters, String outcome) {
        Counter.builder(LOGINS)
                .description("Login attempts by outcome")
                .tag("outcome", outcome)
                .tag("channel", channel())
                .register(meters)
                .increment();
    }

    /** The channel of the request being served: the API's paths, or else the login page. */
    static String channel() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            return path.startsWith("/api/") || path.equals("/api") ? "api" : "form";
        }
        return "form";
    }
}
