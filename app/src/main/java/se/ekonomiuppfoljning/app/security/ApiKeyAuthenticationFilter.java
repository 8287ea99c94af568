package se.ekonomiuppfoljning.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;
import se.ekonomiuppfoljning.apikeys.AcceptedKey;
import se.ekonomiuppfoljning.apikeys.ApiKeyPurpose;
import se.ekonomiuppfoljning.apikeys.ApiKeyService;
import se.ekonomiuppfoljning.app.base.ApiErrorAnswer;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.security.UserAccountRepository;

/**
 * {@code Authorization: Bearer <key>} on the integration API: the key's owner is the caller for this request only,
 * with the roles they hold now (the domain services check their scope as for anyone). A refused key is answered 401
 * at once, never passed on to HTTP Basic. One SHA-256 and two indexed reads per request; no bcrypt.
 * <p>
 * The key's purpose decides its doors, here and again in the domain ({@link SpringSecurityCurrentUser}): a user
 * administration key opens the users API ({@value #USERS_API} and below) and nothing else; an integration key opens
 * everything but the users API and never carries {@code ROLE_ADMIN}. A key at a door it does not open gets 403.
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    private static final String BEARER = "bearer ";

    /** The users API, the only door of a user administration key. */
    static final String USERS_API = "/api/v1/users";

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
        Optional<AcceptedKey> key =
                keys.accept(header.substring(BEARER.length()).strip());
        Optional<UserAccount> owner = key.map(AcceptedKey::owner).flatMap(users::findByUsername);
        if (key.isEmpty() || owner.isEmpty()) {
            response.setHeader(
                    "WWW-Authenticate",
                    "Bearer realm=\"" + ApiSecurityConfiguration.REALM + "\", error=\"invalid_token\"");
            ApiErrorAnswer.write(
                    response,
                    HttpServletResponse.SC_UNAUTHORIZED,
                    "API-nyckeln gäller inte: den är okänd, återkallad eller har gått ut, eller så är dess användare inaktiverad");
            return;
        }
        ApiKeyPurpose purpose = key.get().purpose();
        boolean usersApi = isUsersApi(request);
        if (usersApi != (purpose == ApiKeyPurpose.USER_ADMINISTRATION)) {
            ApiErrorAnswer.write(
                    response,
                    HttpServletResponse.SC_FORBIDDEN,
                    usersApi
                            ? "en API-nyckel för integrationer gäller inte användar-API:t; använd en nyckel för användaradministration"
                            : "nyckeln gäller bara användaradministrationen (" + USERS_API + ")");
            return;
        }
        List<SimpleGrantedAuthority> roles = purpose == ApiKeyPurpose.USER_ADMINISTRATION
                ? List.of()
                : owner.get().roles().stream()
                        .filter(role -> role != Role.ADMIN)
                        .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                        .toList();
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(new ApiKeyAuthentication(owner.get().username(), purpose, roles));
        strategy.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            strategy.clearContext();
        }
    }

    /**
     * Whether the request is for the users API. The path is the one the firewall let through (no {@code ..}, no
     * {@code ;}, no encoded slash or dot), compared exactly, case and all, as it was sent: an encoded letter
     * ({@code /api/v1/u%73ers}) is not the users API here although Spring MVC maps it there, which fails closed (a
     * user-administration key is refused; an integration key reaches a service that asks for a user administrator).
     */
    static boolean isUsersApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(USERS_API) || path.startsWith(USERS_API + "/");
    }
}
