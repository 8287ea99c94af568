package se.ekonomiuppfoljning.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs before Spring Security, for both security chains: every answer gets the security headers
 * ({@link SecurityHeaders}). The login itself is guarded inside Spring Security, where the request is read as its
 * login filters read it: a login form from another site is refused by {@link LoginForm}, and the login throttle
 * decides in {@link PortalAuthenticationProvider}, for the login page and HTTP Basic alike.
 */
class LoginGuardFilter extends OncePerRequestFilter {

    static final String LOGIN = "/login";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityHeaders.write(response);
        chain.doFilter(request, response);
    }
}
