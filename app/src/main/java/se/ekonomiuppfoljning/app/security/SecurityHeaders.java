package se.ekonomiuppfoljning.app.security;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of every answer, pages, API and error pages alike. The Content-Security-Policy is as strict
 * as Vaadin allows: Vaadin's client engine runs inline and eval'd scripts and sets inline styles, so scripts and
 * styles need 'unsafe-inline' (and scripts 'unsafe-eval'); everything else comes from the portal itself, nothing
 * may frame the portal, and forms post only to it. Spring Security's own header writers leave headers that are
 * set already alone, so nothing is sent twice.
 */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {}

    static void write(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    }
}
