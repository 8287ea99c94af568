package se.ekonomiuppfoljning.app.security;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import se.ekonomiuppfoljning.security.LoginThrottle;

/**
 * Runs before Spring Security, for both security chains: every answer gets the security headers
 * ({@link SecurityHeaders}); a login form posted from another site is refused (login CSRF: the login page's POST
 * must come from the portal's own pages, by {@code Sec-Fetch-Site} or {@code Origin}); and a login attempt, on the
 * login page or by HTTP Basic, that the {@link LoginThrottle} refuses is answered without checking the password:
 * the login page again with the wait ({@code /login?blocked=seconds}), or {@code 429} with {@code Retry-After} and
 * a Swedish JSON error for the API.
 */
class LoginGuardFilter extends OncePerRequestFilter {

    static final String LOGIN = "/login";
    private static final Logger log = LoggerFactory.getLogger(LoginGuardFilter.class);

    private final LoginThrottle throttle;

    LoginGuardFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityHeaders.write(response);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("POST".equals(request.getMethod()) && LOGIN.equals(path)) {
            if (!fromOwnPage(request)) {
                log.warn("Login form posted from another site refused (Origin {}, Sec-Fetch-Site {}, from {})",
                        request.getHeader("Origin"), request.getHeader("Sec-Fetch-Site"), request.getRemoteAddr());
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().write("Inloggningen nekas: formuläret kom inte från portalens egen "
                        + "inloggningssida. Öppna portalen och logga in där.");
                return;
            }
            String typed = request.getParameter("username");
            Optional<Duration> wait = typed == null ? Optional.empty() : throttle.refusal(typed, request.getRemoteAddr());
            if (wait.isPresent()) {
                long seconds = seconds(wait.get());
                response.setStatus(HttpServletResponse.SC_FOUND);
                response.setHeader("Retry-After", Long.toString(seconds));
                response.setHeader("Location", request.getContextPath() + LOGIN + "?blocked=" + seconds);
                return;
            }
        }
        String basicName = basicUsername(request.getHeader("Authorization"));
        if (basicName != null) {
            Optional<Duration> wait = throttle.refusal(basicName, request.getRemoteAddr());
            if (wait.isPresent()) {
                long seconds = seconds(wait.get());
                response.setStatus(429);
                response.setHeader("Retry-After", Long.toString(seconds));
                response.setContentType("application/json;charset=UTF-8");
                response.getWriter().write("{\"errors\":[{\"file\":\"\",\"line\":0,\"field\":\"\",\"message\":"
                        + "\"för många misslyckade inloggningar: försök igen om " + seconds + " sekunder\"}]}");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    /**
     * A browser says where a POST comes from: {@code Sec-Fetch-Site} (current browsers), else {@code Origin}, which
     * must name this server as the browser reached it ({@code Host}, or {@code X-Forwarded-Host} behind a proxy; a
     * form on another site can set neither). A client that sends neither header is no browser and cannot be
     * led by another site.
     */
    static boolean fromOwnPage(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return "same-origin".equalsIgnoreCase(site.strip());
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        URI uri;
        try {
            uri = URI.create(origin.strip());
        } catch (IllegalArgumentException notAnOrigin) {
            return false;
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            return false; // "null": a sandboxed frame, a file, a redirect from elsewhere
        }
        // a Host without a port is the default port of the scheme the browser used, the Origin's (also behind a
        // proxy that ends TLS)
        String scheme = uri.getScheme();
        String authority = uri.getHost().toLowerCase(Locale.ROOT) + ":"
                + (uri.getPort() >= 0 ? uri.getPort() : defaultPort(scheme));
        return authority.equals(normalise(request.getHeader("Host"), scheme))
                || authority.equals(normalise(request.getHeader("X-Forwarded-Host"), scheme));
    }

    private static @Nullable String normalise(@Nullable String host, String scheme) {
        if (host == null || host.isBlank()) {
            return null;
        }
        String first = host.split(",")[0].strip().toLowerCase(Locale.ROOT);
        int colon = first.lastIndexOf(':');
        boolean hasPort = colon > first.lastIndexOf(']');
        return hasPort ? first : first + ":" + defaultPort(scheme);
    }

    private static int defaultPort(String scheme) {
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }

    private static @Nullable String basicUsername(@Nullable String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
