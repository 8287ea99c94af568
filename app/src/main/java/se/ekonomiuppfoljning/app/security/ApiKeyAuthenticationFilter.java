package se.ekonomiuppfoljning.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;
import se.ekonomiuppfoljning.apikeys.ApiKeyService;
import se.ekonomiuppfoljning.app.base.ApiErrorAnswer;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.security.UserAccountRepository;

/**
 * {@code Authorization: Bearer <key>} on the integration API: the key's owner is the caller for this request only,
 * with the roles they hold now (the domain services check their scope as for anyone). A refused key is answered 401
 * at once, never passed on to HTTP Basic. One SHA-256 and two indexed reads per request; no bcrypt.
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    private static final String BEARER = "bearer ";

    private final ApiKeyService keys;
    private final UserAccountRepository users;
    private final SecurityContextHolderStrategy strategy;

    ApiKeyAuthenticationFilter(
            ApiKeyService keys, UserAccountRepository users, SecurityContextHolderStrategy strategy) {
        this.keys = keys;
        this.users = users;
        this.strategy = strategy;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<UserAccount> owner =
                keys.authenticate(header.substring(BEARER.length()).strip()).flatMap(users::findByUsername);
        if (owner.isEmpty()) {
            response.setHeader(
                    "WWW-Authenticate",
                    "Bearer realm=\"" + ApiSecurityConfiguration.REALM + "\", error=\"invalid_token\"");
            ApiErrorAnswer.write(
                    response,
                    HttpServletResponse.SC_UNAUTHORIZED,
                    "API-nyckeln gäller inte: den är okänd, återkallad eller har gått ut, eller så är dess användare inaktiverad");
            return;
        }
        List<SimpleGrantedAuthority> roles = owner.get().roles().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(owner.get().username(), null, roles));
        strategy.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            strategy.clearContext();
        }
    }
}
