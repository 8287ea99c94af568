package se.ekonomiuppfoljning.app.security;

import java.util.Collection;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import se.ekonomiuppfoljning.apikeys.ApiKeyPurpose;

/**
 * A request authenticated by an API key: its owner's name and the key's purpose, so that {@link
 * SpringSecurityCurrentUser} can tell the domain what the caller may do through it (decision 34). Holds neither the
 * key nor its hash. Lives for one request only; the API chain is stateless.
 */
final class ApiKeyAuthentication extends AbstractAuthenticationToken {

    private final String owner;
    private final ApiKeyPurpose purpose;

    ApiKeyAuthentication(String owner, ApiKeyPurpose purpose, Collection<? extends GrantedAuthority> authorities) {
        super(authorities);
        this.owner = owner;
        this.purpose = purpose;
        setAuthenticated(true);
    }

    ApiKeyPurpose purpose() {
        return purpose;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return owner;
    }

    @Override
    public String getName() {
        return owner;
    }
}
