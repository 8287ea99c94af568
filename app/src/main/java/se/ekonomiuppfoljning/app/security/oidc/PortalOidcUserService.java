package se.ekonomiuppfoljning.app.security.oidc;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import se.ekonomiuppfoljning.directory.DirectoryLoginService;
import se.ekonomiuppfoljning.directory.DirectoryPerson;
import se.ekonomiuppfoljning.security.UserAccount;

/**
 * The person the identity provider vouched for (its ID token, and its user info where it has an endpoint for it),
 * made a portal user: the claims read into a {@link DirectoryPerson}, the account created or updated from them and
 * the group mapping by {@link DirectoryLoginService}, and the principal given that account's name and roles. A
 * person the portal refuses (no role from their groups, a disabled account, a local account of the same name) gets
 * {@link #REFUSED}, which the login answers with the login page's message.
 */
final class PortalOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The error code of a person the identity provider let in and the portal did not. */
    static final String REFUSED = "portal_refused";

    private static final Logger log = LoggerFactory.getLogger(PortalOidcUserService.class);

    private final OidcUserService provider = new OidcUserService();
    private final DirectoryLoginService directory;
    private final OidcLoginProperties properties;

    PortalOidcUserService(DirectoryLoginService directory, OidcLoginProperties properties) {
        this.directory = directory;
        this.properties = properties;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser vouched = provider.loadUser(request);
        DirectoryPerson person = person(vouched.getClaims(), properties);
        UserAccount account = directory.signIn(person).orElseThrow(() -> {
            log.info(
                    "OIDC login of '{}' refused: no portal role from the {} group(s) in claim '{}', the account is"
                            + " disabled, or a local account has the name",
                    person.username(),
                    person.groups().size(),
                    properties.groupsClaim());
            return new OAuth2AuthenticationException(
                    new OAuth2Error(REFUSED, "The portal gives this person no access", null));
        });
        List<GrantedAuthority> authorities = account.roles().stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
        log.info("OIDC login of '{}' with roles {}", account.username(), account.roles());
        return new PortalOidcUser(authorities, vouched.getIdToken(), vouched.getUserInfo(), account.username());
    }

    /** The person as the claims describe them; a missing claim is an empty name, no e-mail, no group. */
    static DirectoryPerson person(Map<String, Object> claims, OidcLoginProperties properties) {
        String username = text(claims.get(properties.usernameClaim()));
        String name = text(claims.get("name"));
        if (name.isBlank()) {
            name = (text(claims.get("given_name")) + " " + text(claims.get("family_name"))).strip();
        }
        String email = text(claims.get("email"));
        return new DirectoryPerson(
                username, name, email.isBlank() ? null : email, groups(claims.get(properties.groupsClaim())));
    }

    /** A list of groups or roles (Entra ID, Keycloak), or one as a single text. */
    private static Set<String> groups(@Nullable Object claim) {
        Set<String> groups = new LinkedHashSet<>();
        if (claim instanceof Collection<?> values) {
            for (Object value : values) {
                String group = text(value);
                if (!group.isBlank()) {
                    groups.add(group);
                }
            }
        } else {
            String group = text(claim);
            if (!group.isBlank()) {
                groups.add(group);
            }
        }
        return groups;
    }

    private static String text(@Nullable Object claim) {
        return claim instanceof String value ? value.strip() : "";
    }
}
