package se.ekonomiuppfoljning.app.security;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import se.ekonomiuppfoljning.apikeys.ApiKeyService;
import se.ekonomiuppfoljning.app.base.ApiErrorAnswer;
import se.ekonomiuppfoljning.security.UserAccountRepository;

/**
 * The integration API: stateless, with an API key ({@code Authorization: Bearer}, {@link ApiKeyAuthenticationFilter})
 * for integrations or HTTP Basic against the same users for people, CSRF off only here (no browser session
 * to ride on); instead {@link ApiWriteGuard} refuses writes another site could make a browser send. Roles and
 * scope are checked by the domain services, as for the UI. Every refusal here is answered in the API's JSON
 * shape; nothing in this chain redirects to the login page.
 */
@Configuration
class ApiSecurityConfiguration {

    static final String REALM = "Ekonomiuppfoljning";

    /**
     * Unauthenticated API calls and wrong passwords get 401 with a Basic challenge and a Swedish JSON error, written
     * here rather than through the servlet error page (which belongs to the UI's chain and would redirect to the
     * login page). The Basic filter is given it too: its own default sent a wrong password to the error page. An
     * attempt the login throttle refused ({@link LoginBlockedException}) gets {@code 429} with {@code Retry-After}.
     */
    private static AuthenticationEntryPoint basicEntryPoint() {
        return (request, response, exception) -> {
            if (exception instanceof LoginBlockedException blocked) {
                response.setHeader("Retry-After", Long.toString(blocked.seconds()));
                ApiErrorAnswer.write(
                        response,
                        429,
                        "för många misslyckade inloggningar: försök igen om " + blocked.seconds() + " sekunder");
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
            ApiErrorAnswer.write(
                    response,
                    HttpServletResponse.SC_UNAUTHORIZED,
                    "logga in med användarnamn och lösenord (HTTP Basic); fel användarnamn eller lösenord ger samma svar");
        };
    }

    private static AccessDeniedHandler accessDenied() {
        return (request, response, exception) ->
                ApiErrorAnswer.write(response, HttpServletResponse.SC_FORBIDDEN, "din roll får inte göra detta");
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(
            HttpSecurity http,
            ApiKeyService keys,
            UserAccountRepository users,
            ObjectProvider<SecurityContextHolderStrategy> strategy)
            throws Exception {
        return http.securityMatcher(
                        "/api/**", "/api", "/v3/api-docs/**", "/v3/api-docs", "/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(basicEntryPoint()))
                .exceptionHandling(errors ->
                        errors.authenticationEntryPoint(basicEntryPoint()).accessDeniedHandler(accessDenied()))
                .addFilterBefore(new ApiWriteGuard(), BasicAuthenticationFilter.class)
                .addFilterAfter(
                        new ApiKeyAuthenticationFilter(
                                keys, users, strategy.getIfUnique(SecurityContextHolder::getContextHolderStrategy)),
                        ApiWriteGuard.class)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }
}
