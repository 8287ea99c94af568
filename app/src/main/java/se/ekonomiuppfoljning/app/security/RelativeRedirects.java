package se.ekonomiuppfoljning.app.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Redirects within the portal go out relative ({@code Location: /login}), so a forged {@code Host} header is never
 * echoed back as {@code http://evil.example/login} (a poisoned cache or a proxy would pass such a link on).
 * Spring Security's login entry point and saved request build absolute addresses from the request's host; this
 * filter, first of all and on every dispatch (error pages too), cuts such an address to its path when its host is the one the request named. Tomcat keeps
 * relative addresses relative ({@code server.tomcat.use-relative-redirects=true}); the browser resolves them
 * against the address it actually asked.
 */
final class RelativeRedirects implements Filter {

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws ServletException, IOException {
        if (!(servletRequest instanceof HttpServletRequest request)
                || !(servletResponse instanceof HttpServletResponse response)) {
            chain.doFilter(servletRequest, servletResponse);
            return;
        }
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) throws IOException {
                super.sendRedirect(relative(request, location));
            }

            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, "Location".equalsIgnoreCase(name) ? relative(request, value) : value);
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, "Location".equalsIgnoreCase(name) ? relative(request, value) : value);
            }
        });
    }

    /** An absolute address on the request's own host becomes its path, query and fragment; others are left. */
    static String relative(HttpServletRequest request, String location) {
        if (location == null
                || !(location.startsWith("http://") || location.startsWith("https://") || location.startsWith("//"))) {
            return location;
        }
        try {
            URI uri = new URI(location);
            if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(request.getServerName())) {
                return location;
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return path
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        } catch (URISyntaxException e) {
            return location;
        }
    }
}
