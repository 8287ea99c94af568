package se.ekonomiuppfoljning.app.security.oidc;

import java.util.Collection;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A person logged in through the kommun's identity provider, as the portal knows them: named by their portal
 * account's user name (what {@code Authentication.getName()} answers, so the current user, the audit trail and the
 * ended-account filter read the same name as after a password login) with the account's roles as {@code ROLE_*}.
 * The ID token stays with it, so logging out can end the provider's session too.
 */
final class PortalOidcUser extends DefaultOidcUser {

    private static final long serialVersionUID = 1L;

    private final String portalName;

    PortalOidcUser(
            Collection<? extends GrantedAuthority> authorities,
            OidcIdToken idToken,
            @Nullable OidcUserInfo userInfo,
            String portalName) {
        super(authorities, idToken, userInfo, IdTokenClaimNames.SUB);
        this.portalName = portalName;
    }

    @Override
    public String getName() {
        return portalName;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PortalOidcUser that && portalName.equals(that.portalName) && super.equals(other);
    }

    @Override
    public int hashCode() {
        return Objects.hash(portalName, super.hashCode());
    }
}
