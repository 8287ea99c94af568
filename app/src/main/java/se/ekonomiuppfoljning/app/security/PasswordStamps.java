package se.ekonomiuppfoljning.app.security;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import se.ekonomiuppfoljning.security.OwnSessions;
import se.ekonomiuppfoljning.security.UserAccountRepository;

/**
 * Which password a login session was opened with, so that a changed password ends the user's other sessions. A
 * session keeps a stamp of the stored password hash it logged in with (a digest of the hash, never the hash or the
 * password); {@link EndedAccountFilter} ends a session whose stamps no longer include the stored hash's, as it ends a
 * disabled user's: at the next request, on whichever node, with no session registry. The session that changed the
 * password is handed the new stamp inside the change's transaction, before it commits ({@link OwnSessions}), so it
 * never looks like another. A directory account's stored hash never changes, so its sessions are never ended here.
 */
@Component
class PasswordStamps implements OwnSessions {

    /** The session attribute: the accepted stamps, newest last, separated by a space. */
    static final String ATTRIBUTE = PasswordStamps.class.getName();

    /** How many stamps a session keeps: the login's and the session's own latest changes. */
    private static final int KEPT = 3;

    private final UserAccountRepository users;

    PasswordStamps(UserAccountRepository users) {
        this.users = users;
    }

    /** A login with a session (the form, OIDC) stamps it with the password it logged in with; the API has none. */
    @EventListener
    void loggedIn(AuthenticationSuccessEvent event) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            HttpSession session = request.getSession(false);
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            if (session != null && !path.startsWith("/api")) {
                current(event.getAuthentication().getName()).ifPresent(stamp -> session.setAttribute(ATTRIBUTE, stamp));
            }
        }
    }

    /**
     * Whether the session may go on: its stamps include the stored password's. A session without stamps (opened
     * before stamps existed) is stamped now.
     */
    boolean mayGoOn(HttpSession session, String username) {
        Optional<String> current = current(username);
        if (current.isEmpty()) {
            return true; // no stored account: EndedAccountFilter ends the session for that already
        }
        Object stamps = session.getAttribute(ATTRIBUTE);
        if (!(stamps instanceof String accepted) || accepted.isBlank()) {
            session.setAttribute(ATTRIBUTE, current.get());
            return true;
        }
        return Arrays.asList(accepted.split(" ")).contains(current.get());
    }

    @Override
    public void keepThisSessionOnly(String username, String newPasswordHash) {
        VaadinSession vaadin = VaadinSession.getCurrent();
        if (vaadin != null && vaadin.getSession() != null) {
            WrappedSession session = vaadin.getSession();
            session.setAttribute(ATTRIBUTE, with(session.getAttribute(ATTRIBUTE), stamp(newPasswordHash)));
            return;
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
            HttpSession session = servlet.getRequest().getSession(false);
            if (session != null) {
                session.setAttribute(ATTRIBUTE, with(session.getAttribute(ATTRIBUTE), stamp(newPasswordHash)));
            }
        }
        // no session (a call outside a page): every session of the user ends
    }

    private static String with(@Nullable Object stamps, String added) {
        List<String> kept = new ArrayList<>();
        if (stamps instanceof String accepted && !accepted.isBlank()) {
            kept.addAll(Arrays.asList(accepted.split(" ")));
        }
        kept.add(added);
        return String.join(" ", kept.subList(Math.max(0, kept.size() - KEPT), kept.size()));
    }

    private Optional<String> current(String username) {
        return users.passwordHashOf(username).map(PasswordStamps::stamp);
    }

    /** A digest of the stored hash: tells hashes apart, and a session holds nothing a password could be tried on. */
    static String stamp(String passwordHash) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("password-stamp:" + passwordHash).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
