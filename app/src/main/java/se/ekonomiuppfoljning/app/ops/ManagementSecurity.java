package se.ekonomiuppfoljning.app.ops;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * The management server's own security chain. Actuator runs on its own port ({@code management.server.port}, bound to
 * {@code management.server.address}, 127.0.0.1 by default), and Spring Boot hands that server the portal's security
 * filter too: without this chain the Vaadin chain would send a probe to the login page. This chain takes every
 * request that reaches the management server, and only those (never one on the users' port), lets anybody who can
 * reach the port read health and the Prometheus scrape with GET, and refuses everything else there (403), even an
 * endpoint someone later exposes by a property. No session, no login: the port's protection is that it listens on
 * loopback (or on an address only the monitoring network reaches), as README "Drift" says.
 */
@Configuration(proxyBeanMethods = false)
class ManagementSecurity {

    /** Spring Boot's name for the management server's web server namespace. */
    static final String NAMESPACE = "management";

    /** Whether the request came in through the management server (its own servlet context and application context). */
    static boolean onManagementServer(HttpServletRequest request) {
        WebApplicationContext context =
                WebApplicationContextUtils.getWebApplicationContext(request.getServletContext());
        return context != null && WebServerApplicationContext.hasServerNamespace(context, NAMESPACE);
    }

    @Bean
    @Order(0)
    SecurityFilterChain managementSecurityChain(HttpSecurity http) throws Exception {
        RequestMatcher management = ManagementSecurity::onManagementServer;
        RequestMatcher readable = EndpointRequest.to("health", "prometheus");
        return http.securityMatcher(management)
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                request -> HttpMethod.GET.matches(request.getMethod()) && readable.matches(request))
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .anonymous(anonymous -> {})
                .build();
    }
}
