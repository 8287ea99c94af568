package se.ekonomiuppfoljning.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.security.UserAccountRepository;

/**
 * Ends the session of a user the administrator disabled, or whose every role was taken, at the user's next
 * request: the session is invalidated and the request goes on as anonymous, so that a page is answered with the
 * login page and Vaadin's next round trip finds its session gone. The user is read through the users port, which
 * serves them from its cache only while no user change was committed since, on any node; so this holds on every
 * node, wherever the administrator made the change, with no session registry to share.
 * <p>
 * A session opened with a password that has been changed since ends the same way ({@link PasswordStamps}): a
 * changed password ends the user's other sessions, while the session that changed it was handed the new stamp.
 */
class EndedAccountFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(EndedAccountFilter.class);

    private final UserAccountRepository users;
    private final ObjectProvider<SecurityContextHolderStrategy> strategy;
    private final PasswordStamps stamps;

    EndedAccountFilter(
            UserAccountRepository users,
            ObjectProvider<SecurityContextHolderStrategy> strategy,
            PasswordStamps stamps) {
        this.users = users;
        this.strategy = strategy;
        this.stamps = stamps;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContextHolderStrategy holder = strategy.getIfUnique(SecurityContextHolder::getContextHolderStrategy);
        Authentication authentication = holder.getContext().getAuthentication();
        if (authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            HttpSession session = request.getSession(false);
            if (!mayStay(authentication.getName())) {
                end(session, holder);
                log.info("Ended the session of '{}': the account is disabled or has no role", authentication.getName());
            } else if (session != null && !stamps.mayGoOn(session, authentication.getName())) {
                end(session, holder);
                log.info(
                        "Ended a session of '{}': the password was changed in another session",
                        authentication.getName());
            }
        }
        chain.doFilter(request, response);
    }

    private static void end(@Nullable HttpSession session, SecurityContextHolderStrategy holder) {
        if (session != null) {
            session.invalidate();
        }
        holder.clearContext();
    }

    private boolean mayStay(String username) {
        return users.findByUsername(username)
                .filter(UserAccount::enabled)
                .filter(u -> !u.roles().isEmpty())
                .isPresent();
    }
}
