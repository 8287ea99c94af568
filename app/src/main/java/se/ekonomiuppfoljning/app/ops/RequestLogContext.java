package se.ekonomiuppfoljning.app.ops;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every log line written while a request is served carries the request's id ({@value #REQUEST_ID}) and, once Spring
 * Security has authenticated it, the user's name ({@value #USER}), as MDC entries: with structured logs on
 * ({@code logging.structured.format.console=ecs}) they are the ECS fields {@code http.request.id} and
 * {@code user.name}; nothing else about the user, and no figures. The id is the proxy's {@code X-Request-Id} when it
 * sends a plain one (letters, digits, {@code .-_}, at most 64), else drawn here; the answer carries it back.
 *
 * <p>At DEBUG ({@code logging.level.se.ekonomiuppfoljning.app.ops.RequestLogContext=DEBUG}) a line per request
 * follows its answer: method, path without the query, status, milliseconds.
 *
 * <p>Work handed to another thread (a large import on {@code importExecutor}) logs without these entries.
 */
@Configuration(proxyBeanMethods = false)
class RequestLogContext {

    static final String REQUEST_ID = "http.request.id";
    static final String USER = "user.name";
    static final String HEADER = "X-Request-Id";

    private static final Logger log = LoggerFactory.getLogger(RequestLogContext.class);
    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** First of all filters but the relative redirects, so that Spring Security's own lines carry the id too. */
    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.addUrlPatterns("/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    /** Right after Spring Security's filter, which has then authenticated the request (either chain). */
    @Bean
    FilterRegistrationBean<UserFilter> requestUserFilter(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        FilterRegistrationBean<UserFilter> registration = new FilterRegistrationBean<>(
                new UserFilter(strategy.getIfUnique(SecurityContextHolder::getContextHolderStrategy)));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        registration.addUrlPatterns("/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    static String requestId(@Nullable String offered) {
        if (offered != null && PLAIN_ID.matcher(offered).matches()) {
            return offered;
        }
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static final class RequestIdFilter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String id = requestId(request.getHeader(HEADER));
            response.setHeader(HEADER, id);
            MDC.put(REQUEST_ID, id);
            try {
                chain.doFilter(request, response);
            } finally {
                MDC.remove(REQUEST_ID);
                MDC.remove(USER);
            }
        }
    }

    static final class UserFilter extends OncePerRequestFilter {
        private final SecurityContextHolderStrategy security;

        UserFilter(SecurityContextHolderStrategy security) {
            this.security = security;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Authentication authentication = security.getContext().getAuthentication();
            if (authentication != null
                    && authentication.isAuthenticated()
                    && !(authentication instanceof AnonymousAuthenticationToken)) {
                MDC.put(USER, authentication.getName());
            }
            long started = System.nanoTime();
            try {
                chain.doFilter(request, response);
            } finally {
                if (log.isDebugEnabled()) {
                    log.debug(
                            "{} {} -> {} in {} ms",
                            request.getMethod(),
                            request.getRequestURI(),
                            response.getStatus(),
                            (System.nanoTime() - started) / 1_000_000);
                }
                MDC.remove(USER);
            }
        }
    }
}
