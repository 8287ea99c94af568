package se.ekonomiuppfoljning.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;
import se.ekonomiuppfoljning.app.base.ApiErrorAnswer;

/**
 * Keeps other sites from writing through the API with a browser's cached Basic credentials. The API has no CSRF
 * token (no session), so every write (POST, PUT, PATCH, DELETE) must be one a foreign page cannot send without the
 * browser asking the portal first (a CORS preflight, which the portal never grants):
 * <ul>
 * <li>a browser's {@code Sec-Fetch-Site: cross-site} or {@code same-site}, or {@code Origin: null}: 403;</li>
 * <li>a multipart form: 400 (the API takes the file as the request's body, never as a form);</li>
 * <li>no content type, {@code text/plain} or {@code application/x-www-form-urlencoded} (the types a form or a
 * plain fetch may send): 415, unless the request carries {@code X-Requested-With} or {@code X-Uppfoljning-Client},
 * headers only a program or the portal's own pages send.</li>
 * </ul>
 * Reads are not guarded: another site cannot read the answer, and a link to a report must keep working.
 * It runs before authentication, so a refused request costs no password check.
 */
final class ApiWriteGuard extends OncePerRequestFilter {

    static final Set<String> CLIENT_HEADERS = Set.of("X-Requested-With", "X-Uppfoljning-Client");
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> FOREIGN_SITES = Set.of("cross-site", "same-site");
    private static final Set<String> FORM_TYPES = Set.of("text/plain", "application/x-www-form-urlencoded");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (READS.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            chain.doFilter(request, response);
            return;
        }
        String site = lower(request.getHeader("Sec-Fetch-Site"));
        if (FOREIGN_SITES.contains(site) || "null".equals(lower(request.getHeader("Origin")))) {
            ApiErrorAnswer.write(
                    response,
                    HttpServletResponse.SC_FORBIDDEN,
                    "begäran kommer från en annan webbplats"
                            + " och tas inte emot: API:t ändrar bara uppgifter på begäran av ett program eller portalens egna sidor");
            return;
        }
        String type = mediaType(request.getContentType());
        if (type.startsWith("multipart/")) {
            ApiErrorAnswer.write(
                    response,
                    HttpServletResponse.SC_BAD_REQUEST,
                    "API:t tar emot filen som begärans"
                            + " innehåll (curl --data-binary @fil), inte som formulär (multipart)");
            return;
        }
        if ((type.isEmpty() || FORM_TYPES.contains(type)) && !hasClientHeader(request)) {
            ApiErrorAnswer.write(
                    response,
                    HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                    "ange filens typ i"
                            + " Content-Type (text/csv, application/octet-stream eller Excels typ) eller skicka huvudet"
                            + " X-Requested-With; en begäran utan typ, som text/plain eller som formulär tas inte emot,"
                            + " eftersom en annan webbplats kan skicka en sådan");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean hasClientHeader(HttpServletRequest request) {
        return CLIENT_HEADERS.stream().anyMatch(name -> {
            String value = request.getHeader(name);
            return value != null && !value.isBlank();
        });
    }

    /** The type without its parameters, lower case; empty when absent. */
    private static String mediaType(@Nullable String contentType) {
        String type = lower(contentType);
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).strip();
    }

    private static String lower(@Nullable String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}
