package se.ekonomiuppfoljning.app.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.AuthenticationEntryPoint;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The integration API: stateless HTTP Basic against the same users, CSRF off only here (no browser session
 * to ride on). Roles and scope are checked by the domain services, as for the UI.
 */
@Configuration
class ApiSecurityConfiguration {

    static final String REALM = "Ekonomiuppfoljning";

    /**
     * Unauthenticated API calls get 401 with a Basic challenge and a Swedish JSON error, written here rather than
     * through the servlet error page (which belongs to the UI's chain and would redirect to the login page).
     */
    private static AuthenticationEntryPoint basicEntryPoint() {
        return (request, response, exception) -> {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"errors\":[{\"file\":\"\",\"line\":0,\"field\":\"\","
                    + "\"message\":\"logga in med användarnamn och lösenord (HTTP Basic)\"}]}");
        };
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName(REALM))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(basicEntryPoint()))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }
}
