package se.ekonomiuppfoljning.app.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import se.ekonomiuppfoljning.app.security.ldap.DirectoryUnavailableException;

/**
 * The login page's form, as Spring Security's form login reads it. Both checks run only when that filter takes a
 * request for a login, whatever the address looked like before it was decoded ({@code /%6Cogin} is {@code /login}):
 * <ul>
 * <li>the details of every attempt are read here first, and a form posted from another site (login CSRF: by
 * {@code Sec-Fetch-Site} or {@code Origin}) is refused before any password is looked at: {@code 403};</li>
 * <li>a failed attempt goes back to the login page: with the wait when the login throttle refused it
 * ({@code /login?blocked=seconds} and {@code Retry-After}), when the kommun's directory did not answer
 * {@code /login?directory} (the page says so, and that a local account still logs in), else
 * {@code /login?error}.</li>
 * </ul>
 */
final class LoginForm extends WebAuthenticationDetailsSource implements AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(LoginForm.class);

    private final SimpleUrlAuthenticationFailureHandler wrong =
            new SimpleUrlAuthenticationFailureHandler(LoginGuardFilter.LOGIN + "?error");

    @Override
    public WebAuthenticationDetails buildDetails(HttpServletRequest request) {
        if (!fromOwnPage(request)) {
            log.warn(
                    "Login form posted from another site refused (Origin {}, Sec-Fetch-Site {}, from {})",
                    request.getHeader("Origin"),
                    request.getHeader("Sec-Fetch-Site"),
                    request.getRemoteAddr());
            throw new ForeignLoginFormException();
        }
        return super.buildDetails(request);
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, ServletException {
        if (exception instanceof ForeignLoginFormException) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter()
                    .write("Inloggningen nekas: formuläret kom inte från portalens egen "
                            + "inloggningssida. Öppna portalen och logga in där.");
            return;
        }
        if (exception instanceof LoginBlockedException blocked) {
            response.setStatus(HttpServletResponse.SC_FOUND);
            response.setHeader("Retry-After", Long.toString(blocked.seconds()));
            response.setHeader(
                    "Location", request.getContextPath() + LoginGuardFilter.LOGIN + "?blocked=" + blocked.seconds());
            return;
        }
        if (exception instanceof DirectoryUnavailableException) {
            response.setStatus(HttpServletResponse.SC_FOUND);
            response.setHeader("Location", request.getContextPath() + LoginGuardFilter.LOGIN + "?directory");
            return;
        }
        wrong.onAuthenticationFailure(request, response, exception);
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
}
