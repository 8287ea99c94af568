package se.ekonomiuppfoljning.app.base;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * The API's error shape, {@code {"errors":[{"file":"","line":0,"field":"","message":"…","code":"…"}]}}, written straight to
 * the response by the filters and handlers in front of the controllers (they run before Spring MVC, so
 * {@link ApiExceptionHandler} cannot answer for them, and the servlet error page belongs to the pages' chain).
 */
public final class ApiErrorAnswer {

    private ApiErrorAnswer() {}

    /** Whether the request is one of the integration API's (answered in JSON, never with a page or a redirect). */
    public static boolean isApi(HttpServletRequest request) {
        String path = decoded(
                request.getRequestURI().substring(request.getContextPath().length()));
        return path.equals("/api") || path.startsWith("/api/") || path.startsWith("/api;");
    }

    /** The path as the router reads it ({@code /%61pi} is {@code /api}), only to choose the answer's format. */
    private static String decoded(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return path;
        }
    }

    /**
     * Writes the status and one Swedish message, with the code {@code HTTP_<status>}; nothing else of the request or
     * the server is in it.
     */
    public static void write(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter()
                .write("{\"errors\":[{\"file\":\"\",\"line\":0,\"field\":\"\",\"message\":\"" + json(message)
                        + "\",\"code\":\"HTTP_" + status + "\"}]}");
        response.getWriter().flush();
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
