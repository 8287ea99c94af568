package se.ekonomiuppfoljning.app.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import se.ekonomiuppfoljning.app.security.ldap.LdapLogin;
import se.ekonomiuppfoljning.directory.DirectoryAccountRegistry;
import se.ekonomiuppfoljning.security.LoginThrottle;
import se.ekonomiuppfoljning.security.Usernames;

/**
 * The one check of a user name and password, for the login page and HTTP Basic alike: bcrypt against the stored
 * hash ({@link DatabaseUserDetailsService}), every wrong password counted by the {@link LoginThrottle}. The throttle
 * decides here, on the name as Spring Security read it from the form or the {@code Authorization} header, before
 * any password is checked: a refused attempt ends in {@link LoginBlockedException}, and an attempt to be checked is
 * counted before bcrypt runs ({@link LoginThrottle#begin}), so that parallel guesses cannot all pass.
 *
 * <p>HTTP Basic sends the password with every request, and bcrypt costs tens of milliseconds of a core each time:
 * a client with a correct password could keep both cores busy. So a successful check is remembered for
 * {@code uppfoljning.security.credential-cache} (5 minutes), keyed by an HMAC of the canonical name and the
 * password under a key drawn at start (never the password itself), together with the hash it was checked
 * against. The user is still read anew on every request, and the remembered check counts only while the stored
 * hash is the same and the account is enabled: a changed password, a disabled account or changed roles take
 * effect at the next request, on every node.
 *
 * <p>With the directory login on ({@link LdapLogin}), a name that is not a local account's (unknown to the portal, or
 * an account the directory made) is checked by the directory instead: the same throttle before it, a wrong password
 * counted, and the portal account that {@code DirectoryLoginService} made or updated logged in with the principal and
 * roles the database gives. A local account (the administrator's, for when the directory is down) is always checked
 * here by bcrypt, whatever the directory holds. Directory logins are never remembered: the remembered check compares
 * the stored hash, and a directory account's never changes, so it would let a password changed or a group removed in
 * the directory pass for minutes; HTTP Basic with a directory account asks the directory on every request.
 */
@Component
class PortalAuthenticationProvider implements AuthenticationProvider {

    private static final int MAX_REMEMBERED = 10_000;

    private record Verified(String hash, Instant until) {}

    private final DaoAuthenticationProvider passwords;
    private final DatabaseUserDetailsService users;
    private final LdapLogin directory;
    private final DirectoryAccountRegistry directoryAccounts;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final Duration remember;
    private final SecretKeySpec key;
    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

    PortalAuthenticationProvider(
            DatabaseUserDetailsService users,
            PasswordEncoder passwordEncoder,
            LoginThrottle throttle,
            Clock clock,
            @Value("${uppfoljning.security.credential-cache:5m}") Duration remember,
            LdapLogin directory,
            DirectoryAccountRegistry directoryAccounts) {
        this.users = users;
        this.directory = directory;
        this.directoryAccounts = directoryAccounts;
        this.throttle = throttle;
        this.clock = clock;
        this.remember = remember;
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(passwordEncoder);
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String typed = authentication.getName();
        Object credentials = authentication.getCredentials();
        String password = credentials == null ? "" : credentials.toString();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                        && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : "";
        Optional<Duration> refused = throttle.refusal(typed, address);
        if (refused.isPresent()) {
            throw new LoginBlockedException(refused.get());
        }
        String mac = mac(Usernames.canonical(typed), password);
        Authentication remembered = remembered(mac, authentication);
        if (remembered != null) {
            throttle.succeeded(typed, address);
            return remembered;
        }
        LoginThrottle.Attempt attempt = throttle.begin(typed, address);
        if (attempt.refusal().isPresent()) {
            throw new LoginBlockedException(attempt.refusal().get());
        }
        Authentication result;
        LoginThrottle.Outcome outcome = LoginThrottle.Outcome.NOT_CHECKED;
        boolean throughDirectory = directory.enabled() && !isLocalAccount(typed);
        try {
            result = throughDirectory
                    ? throughDirectory(typed, password, authentication)
                    : passwords.authenticate(authentication);
            outcome = LoginThrottle.Outcome.SUCCEEDED;
        } catch (BadCredentialsException wrong) {
            outcome = LoginThrottle.Outcome.WRONG_PASSWORD;
            throw wrong;
        } finally {
            throttle.end(attempt, outcome);
        }
        if (result != null
                && !throughDirectory
                && result.getPrincipal() instanceof UserDetails user
                && user.getPassword() != null
                && !remember.isZero()) {
            if (verified.size() >= MAX_REMEMBERED) {
                verified.clear();
            }
            verified.put(mac, new Verified(user.getPassword(), clock.instant().plus(remember)));
        }
        return result;
    }

    private boolean isLocalAccount(String typed) {
        try {
            return !directoryAccounts.isDirectoryAccount(
                    users.loadUserByUsername(typed).getUsername());
        } catch (UsernameNotFoundException unknown) {
            return false;
        }
    }

    /**
     * The directory checks the password; the account it made or updated is logged in as the database would log it
     * in. A person the portal refuses (disabled, no mapped group) is refused as a disabled account is.
     */
    private Authentication throughDirectory(String typed, String password, Authentication authentication) {
        String username = directory
                .signIn(typed, password)
                .orElseThrow(() -> new DisabledException("refused by the portal"))
                .username();
        UserDetails user = users.loadUserByUsername(username);
        if (!user.isEnabled()) {
            throw new DisabledException("refused by the portal");
        }
        UsernamePasswordAuthenticationToken result =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        result.setDetails(authentication.getDetails());
        return result;
    }

    private @Nullable Authentication remembered(String mac, Authentication authentication) {
        Verified check = verified.get(mac);
        if (check == null) {
            return null;
        }
        if (!clock.instant().isBefore(check.until())) {
            verified.remove(mac, check);
            return null;
        }
        UserDetails user;
        try {
            user = users.loadUserByUsername(authentication.getName());
        } catch (UsernameNotFoundException gone) {
            verified.remove(mac, check);
            return null;
        }
        if (!check.hash().equals(user.getPassword())
                || !user.isEnabled()
                || !user.isAccountNonLocked()
                || !user.isAccountNonExpired()
                || !user.isCredentialsNonExpired()) {
            verified.remove(mac, check);
            return null;
        }
        UsernamePasswordAuthenticationToken result =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        result.setDetails(authentication.getDetails());
        return result;
    }

    private String mac(String canonicalName, String password) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            hmac.update(canonicalName.getBytes(StandardCharsets.UTF_8));
            hmac.update((byte) 0);
            return HexFormat.of().formatHex(hmac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", impossible);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
