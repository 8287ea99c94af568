package se.ekonomiuppfoljning.app.security.ldap;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code uppfoljning.directory.ldap.*}: where the kommun's directory is, how a person is found in it and where their
 * groups are. Off unless {@code enabled=true}. A person is found either by DN patterns ({@code user-dn-patterns},
 * LDAP: {@code uid={0},ou=Personer}) or by a search ({@code user-search-base} and {@code user-search-filter}, AD:
 * {@code (sAMAccountName={0})} or {@code (userPrincipalName={0})}), as the manager ({@code manager-dn}, a read-only
 * service account) or anonymously; then the directory checks the password by a bind as that person. Groups are the
 * values of {@code group-attribute} ({@code memberOf}, AD's) and/or the DNs a group search finds
 * ({@code group-search-base} and {@code group-search-filter}, {@code {0}} the person's DN, {@code {1}} the login
 * name). Bases are relative to {@code base}.
 */
public class LdapProperties {

    private boolean enabled;
    private List<String> urls = new ArrayList<>();
    private String base = "";
    private boolean startTls;
    private List<String> userDnPatterns = new ArrayList<>();
    private String userSearchBase = "";
    private String userSearchFilter = "";
    private String managerDn = "";
    private String managerPassword = "";
    private String groupAttribute = "memberOf";
    private String groupSearchBase = "";
    private String groupSearchFilter = "";
    private String displayNameAttribute = "displayName";
    private String mailAttribute = "mail";
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration readTimeout = Duration.ofSeconds(10);

    /** Refuses a configuration the login could not work with, at start rather than at the first login. */
    void check() {
        if (!enabled) {
            return;
        }
        if (urls.isEmpty()) {
            throw new IllegalStateException(
                    "uppfoljning.directory.ldap.urls is empty: name the directory's ldap:// or" + " ldaps:// address");
        }
        for (String url : urls) {
            String scheme = url.strip().toLowerCase(Locale.ROOT);
            if (!scheme.startsWith("ldap://") && !scheme.startsWith("ldaps://")) {
                throw new IllegalStateException(
                        "uppfoljning.directory.ldap.urls: " + url + " is neither ldap:// nor ldaps://");
            }
            if (startTls && scheme.startsWith("ldaps://")) {
                throw new IllegalStateException(
                        "uppfoljning.directory.ldap.start-tls is for ldap:// addresses; ldaps:// is TLS already");
            }
            if (!startTls && scheme.startsWith("ldap://") && !isLoopback(url)) {
                throw new IllegalStateException("uppfoljning.directory.ldap.urls: " + url
                        + " is plain ldap:// to another machine: the passwords would cross the network unencrypted."
                        + " Use ldaps:// or set uppfoljning.directory.ldap.start-tls=true (plain ldap:// is only for"
                        + " 127.0.0.1, localhost or ::1)");
            }
        }
        if (userDnPatterns.isEmpty() && userSearchFilter.isBlank()) {
            throw new IllegalStateException("uppfoljning.directory.ldap: set user-dn-patterns (LDAP) or "
                    + "user-search-filter (AD: (sAMAccountName={0}) or (userPrincipalName={0}))");
        }
        if (groupAttribute.isBlank() && groupSearchFilter.isBlank()) {
            throw new IllegalStateException("uppfoljning.directory.ldap: set group-attribute (memberOf) or "
                    + "group-search-filter: the portal's rights come from the person's groups");
        }
        if (!managerDn.isBlank() && managerPassword.isEmpty()) {
            throw new IllegalStateException("uppfoljning.directory.ldap.manager-password is empty for manager-dn");
        }
    }

    /** Whether the address names this machine (the demo's and the tests' directory), by its host only. */
    private static boolean isLoopback(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            return host != null && LOOPBACK.contains(host.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public List<String> getUrls() {
        return urls;
    }

    public void setUrls(List<String> urls) {
        this.urls = new ArrayList<>(urls);
    }

    public String getBase() {
        return base;
    }

    public void setBase(String base) {
        this.base = base;
    }

    public boolean isStartTls() {
        return startTls;
    }

    public void setStartTls(boolean startTls) {
        this.startTls = startTls;
    }

    public List<String> getUserDnPatterns() {
        return userDnPatterns;
    }

    public void setUserDnPatterns(List<String> userDnPatterns) {
        this.userDnPatterns = new ArrayList<>(userDnPatterns);
    }

    public String getUserSearchBase() {
        return userSearchBase;
    }

    public void setUserSearchBase(String userSearchBase) {
        this.userSearchBase = userSearchBase;
    }

    public String getUserSearchFilter() {
        return userSearchFilter;
    }

    public void setUserSearchFilter(String userSearchFilter) {
        this.userSearchFilter = userSearchFilter;
    }

    public String getManagerDn() {
        return managerDn;
    }

    public void setManagerDn(String managerDn) {
        this.managerDn = managerDn;
    }

    public String getManagerPassword() {
        return managerPassword;
    }

    public void setManagerPassword(String managerPassword) {
        this.managerPassword = managerPassword;
    }

    public String getGroupAttribute() {
        return groupAttribute;
    }

    public void setGroupAttribute(String groupAttribute) {
        this.groupAttribute = groupAttribute;
    }

    public String getGroupSearchBase() {
        return groupSearchBase;
    }

    public void setGroupSearchBase(String groupSearchBase) {
        this.groupSearchBase = groupSearchBase;
    }

    public String getGroupSearchFilter() {
        return groupSearchFilter;
    }

    public void setGroupSearchFilter(String groupSearchFilter) {
        this.groupSearchFilter = groupSearchFilter;
    }

    public String getDisplayNameAttribute() {
        return displayNameAttribute;
    }

    public void setDisplayNameAttribute(String displayNameAttribute) {
        this.displayNameAttribute = displayNameAttribute;
    }

    public String getMailAttribute() {
        return mailAttribute;
    }

    public void setMailAttribute(String mailAttribute) {
        this.mailAttribute = mailAttribute;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Duration getReadTimeout() {
        return readTimeout;
    }

    public void setReadTimeout(Duration readTimeout) {
        this.readTimeout = readTimeout;
    }

    /** No password in a log line, should the properties ever be printed. */
    @Override
    public String toString() {
        return "LdapProperties[enabled=" + enabled + ", urls=" + urls + ", base=" + base + ", startTls=" + startTls
                + ", managerDn=" + managerDn + ", managerPassword=" + (managerPassword.isEmpty() ? "" : "***") + "]";
    }
}
