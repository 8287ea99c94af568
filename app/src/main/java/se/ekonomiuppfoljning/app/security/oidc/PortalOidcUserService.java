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
import se.ekonomiuppfoljning.directory.ProviderIdentity;
import se.ekonomiuppfoljning.directory.ProviderSignIn;
import se.ekonomiuppfoljning.security.UserAccount;

/**
 * The person the identity provider vouched for (its ID token, and its user info where it has an endpoint for it),
 * made a portal user: the claims read into a {@link DirectoryPerson}, the account created or updated from them and
 * the group mapping by {@link DirectoryLoginService}, and the principal given that account's name and roles. The
 * account is the one bound to the token's issuer and subject ({@code oid} for Entra ID), not to its changeable login
 * name. A person the portal refuses (no role from their groups, a disabled account, a local account of the same
 * name) gets {@link #REFUSED}, one whose login name is another identity's account {@link #NAME_TAKEN}; the login
 * answers each with the login page's message. The e-mail address is taken only when the provider verified it.
 */
final class PortalOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The error code of a person the identity provider let in and the portal did not. */
    static final String REFUSED = "portal_refused";

    /** The error code of a person whose login name is an account bound to another person at the provider. */
    static final String NAME_TAKEN = "portal_name_taken";

    /** Entra ID's object id of the person: the same in every application of the tenant, where {@code sub} is not. */
    static final String ENTRA_OBJECT_ID = "oid";

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
        ProviderIdentity identity = identity(vouched.getClaims());
        ProviderSignIn signIn = directory.signIn(person, identity);
        if (signIn.refusal() == ProviderSignIn.Refusal.NAME_BOUND_TO_ANOTHER) {
            log.warn(
                    "OIDC login of '{}' refused: the account of that name belongs to another identity of the"
                            + " provider (subject '{}' is not it)",
                    person.username(),
                    identity.subject());
            throw new OAuth2AuthenticationException(
                    new OAuth2Error(NAME_TAKEN, "The name belongs to another person's account", null));
        }
        UserAccount account = signIn.admittedAccount().orElseThrow(() -> {
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
        String email = trustedEmail(claims, properties);
        return new DirectoryPerson(
                username, name, email.isBlank() ? null : email, groups(claims.get(properties.groupsClaim())));
    }

    /**
     * The token's e-mail address when the provider says it verified it ({@code email_verified} true, as a boolean or
     * the text {@code true}); without the claim only when configured to trust it; else none, so the address the
     * portal holds stays.
     */
    static String trustedEmail(Map<String, Object> claims, OidcLoginProperties properties) {
        Object verified = claims.get("email_verified");
        boolean trusted = verified == null
                ? properties.trustEmailWithoutVerifiedClaim()
                : Boolean.TRUE.equals(verified) || "true".equalsIgnoreCase(text(verified));
        return trusted ? text(claims.get("email")) : "";
    }

    /**
     * Who the token names for good: its issuer and Entra ID's {@code oid} where the token has one, else its
     * {@code sub}, each stored with the claim's name ({@code oid:…}, {@code sub:…}) so that a token whose {@code oid}
     * carries another person's {@code sub} (a provider that lets a user shape a claim) never names that person.
     */
    static ProviderIdentity identity(Map<String, Object> claims) {
        Object issuer = claims.get("iss");
        String objectId = text(claims.get(ENTRA_OBJECT_ID));
        String subject = objectId.isBlank() ? prefixed("sub", text(claims.get("sub"))) : prefixed("oid", objectId);
        try {
            return new ProviderIdentity(issuer == null ? "" : issuer.toString(), subject);
        } catch (IllegalArgumentException unusable) {
            throw new OAuth2AuthenticationException(
                    new OAuth2Error(REFUSED, "The token names nobody the portal can bind", null));
        }
    }

    private static String prefixed(String claim, String value) {
        return value.isBlank() ? "" : claim + ":" + value.strip();
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
