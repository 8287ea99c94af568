package se.ekonomiuppfoljning.app.security.ldap;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.ldap.NamingException;
import org.springframework.ldap.core.DirContextOperations;
import org.springframework.ldap.core.support.DefaultTlsDirContextAuthenticationStrategy;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.ldap.DefaultSpringSecurityContextSource;
import org.springframework.security.ldap.SpringSecurityLdapTemplate;
import org.springframework.security.ldap.authentication.BindAuthenticator;
import org.springframework.security.ldap.search.FilterBasedLdapUserSearch;
import se.ekonomiuppfoljning.directory.DirectoryPerson;

/**
 * The kommun's directory as spring-security-ldap reaches it: the person found by DN pattern or search, the typed
 * password checked by a bind as that person ({@link BindAuthenticator}), their name, e-mail and groups read. The
 * passwords (the person's and the manager's) are handed to JNDI only; nothing here logs them.
 */
public class LdapDirectory {

    private static final String DN = SpringSecurityLdapTemplate.DN_KEY;

    private final LdapProperties settings;
    private final BindAuthenticator authenticator;
    private final SpringSecurityLdapTemplate groups;

    public LdapDirectory(LdapProperties settings) {
        this.settings = settings;
        DefaultSpringSecurityContextSource source = new DefaultSpringSecurityContextSource(
                settings.getUrls().stream().map(String::strip).toList(), settings.getBase());
        if (!settings.getManagerDn().isBlank()) {
            source.setUserDn(settings.getManagerDn());
            source.setPassword(settings.getManagerPassword());
        }
        source.setBaseEnvironmentProperties(Map.of(
                "com.sun.jndi.ldap.connect.timeout",
                Long.toString(settings.getConnectTimeout().toMillis()),
                "com.sun.jndi.ldap.read.timeout",
                Long.toString(settings.getReadTimeout().toMillis())));
        if (settings.isStartTls()) {
            // StartTLS upgrades each connection after it opens, which a pooled connection cannot be
            source.setAuthenticationStrategy(new DefaultTlsDirContextAuthenticationStrategy());
            source.setPooled(false);
        }
        source.afterPropertiesSet();
        this.authenticator = new BindAuthenticator(source);
        if (!settings.getUserDnPatterns().isEmpty()) {
            authenticator.setUserDnPatterns(settings.getUserDnPatterns().toArray(String[]::new));
        }
        if (!settings.getUserSearchFilter().isBlank()) {
            authenticator.setUserSearch(new FilterBasedLdapUserSearch(
                    settings.getUserSearchBase(), settings.getUserSearchFilter(), source));
        }
        this.groups = new SpringSecurityLdapTemplate(source);
        groups.setIgnorePartialResultException(true); // AD's referrals when searching from the domain's root
    }

    /**
     * The person whose password the directory has just accepted.
     *
     * @throws BadCredentialsException no such person, or the directory refused the password
     * @throws DirectoryUnavailableException the directory did not answer, or answered with an error
     */
    public DirectoryPerson authenticate(String username, String password) {
        if (username.isEmpty() || password.isEmpty()) {
            // an LDAP bind with an empty password is an anonymous bind, which succeeds: never try one
            throw new BadCredentialsException("Bad credentials");
        }
        DirContextOperations entry;
        try {
            entry = authenticator.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
        } catch (UsernameNotFoundException unknown) {
            throw new BadCredentialsException("Bad credentials");
        } catch (NamingException failed) {
            throw unavailable(failed);
        }
        String dn = entry.getNameInNamespace();
        return new DirectoryPerson(
                username,
                Objects.requireNonNullElse(text(entry, settings.getDisplayNameAttribute()), username),
                text(entry, settings.getMailAttribute()),
                groupsOf(entry, dn, username));
    }

    private Set<String> groupsOf(DirContextOperations entry, String dn, String username) {
        Set<String> found = new LinkedHashSet<>();
        if (!settings.getGroupAttribute().isBlank()) {
            String[] values = entry.getStringAttributes(settings.getGroupAttribute());
            if (values != null) {
                found.addAll(List.of(values));
            }
        }
        if (!settings.getGroupSearchFilter().isBlank()) {
            try {
                for (Map<String, List<String>> group : groups.searchForMultipleAttributeValues(
                        settings.getGroupSearchBase(),
                        settings.getGroupSearchFilter(),
                        new Object[] {dn, username},
                        new String[] {"cn"})) {
                    found.addAll(group.getOrDefault(DN, List.of()));
                }
            } catch (NamingException failed) {
                throw unavailable(failed);
            }
        }
        return found;
    }

    private static @Nullable String text(DirContextOperations entry, String attribute) {
        if (attribute.isBlank()) {
            return null;
        }
        String value = entry.getStringAttribute(attribute);
        return value == null || value.isBlank() ? null : value;
    }

    private DirectoryUnavailableException unavailable(NamingException failed) {
        return new DirectoryUnavailableException(
                "The directory " + settings.getUrls() + " did not answer: "
                        + failed.getClass().getSimpleName() + ": " + failed.getMessage(),
                failed);
    }
}
