package se.ekonomiuppfoljning.app.security.oidc;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import se.ekonomiuppfoljning.directory.DirectoryLoginService;
import se.ekonomiuppfoljning.ui.security.KommunAccountLogin;

/**
 * The login with the kommun's identity provider, on only when Spring Boot has a client registration of the id
 * {@code uppfoljning.directory.oidc.registration-id} ({@code kommun}); without one the portal's login is exactly the
 * password form. When on: the login page links to {@code /oauth2/authorization/<id>}, the provider sends the browser
 * back to {@code /login/oauth2/code/<id>}, {@link PortalOidcUserService} makes the person a portal user, a refusal goes
 * back to the login page ({@code ?oidc=refused}, {@code ?oidc=taken} or {@code ?oidc=failed}), and logging out also ends the session at
 * the provider where it publishes an {@code end_session_endpoint}, coming back to the login page.
 */
public final class OidcLogin implements KommunAccountLogin {

    private static final Logger log = LoggerFactory.getLogger(OidcLogin.class);
    private static final String LOGIN = "/login";

    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private final OidcLoginProperties properties;
    private final DirectoryLoginService directory;

    OidcLogin(
            ObjectProvider<ClientRegistrationRepository> registrations,
            OidcLoginProperties properties,
            DirectoryLoginService directory) {
        this.registrations = registrations;
        this.properties = properties;
        this.directory = directory;
    }

    private @Nullable ClientRegistrationRepository repository() {
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        if (repository == null || repository.findByRegistrationId(properties.registrationId()) == null) {
            return null;
        }
        return repository;
    }

    /** Whether the kommun's identity provider is configured. */
    public boolean configured() {
        return repository() != null;
    }

    @Override
    public Optional<String> address() {
        return configured() ? Optional.of("oauth2/authorization/" + properties.registrationId()) : Optional.empty();
    }

    @Override
    public Optional<String> label() {
        return Optional.ofNullable(properties.label());
    }

    /** Adds the login through the identity provider to the page chain, when it is configured. */
    public void configure(HttpSecurity http) throws Exception {
        if (registrations.getIfAvailable() != null && !configured()) {
            log.warn(
                    "OIDC login off: no client registration '{}' (uppfoljning.directory.oidc.registration-id)",
                    properties.registrationId());
        }
        if (!configured()) {
            return;
        }
        ClientRegistration registration = registrations.getObject().findByRegistrationId(properties.registrationId());
        log.info(
                "OIDC login on: registration '{}', user name from claim '{}', groups from claim '{}'",
                registration.getRegistrationId(),
                properties.usernameClaim(),
                properties.groupsClaim());
        // PKCE (S256) also for the confidential client, as OAuth 2.1 and the provider's best practice ask
        DefaultOAuth2AuthorizationRequestResolver authorizationRequests = new DefaultOAuth2AuthorizationRequestResolver(
                registrations.getObject(),
                OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        http.oauth2Login(login -> login.loginPage(LOGIN)
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(authorizationRequests))
                .userInfoEndpoint(
                        userInfo -> userInfo.oidcUserService(new PortalOidcUserService(directory, properties)))
                .failureHandler(new Refusal()));
    }

    /**
     * The logout answer when the identity provider is configured: the provider's end-session endpoint with the ID
     * token and the way back to the login page, for a person who logged in there and whose provider has one; else the
     * portal's own start, as for a password login.
     */
    public Optional<LogoutSuccessHandler> logoutSuccessHandler() {
        ClientRegistrationRepository repository = repository();
        if (repository == null) {
            return Optional.empty();
        }
        OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(repository);
        handler.setPostLogoutRedirectUri("{baseUrl}" + LOGIN);
        handler.setDefaultTargetUrl("/");
        return Optional.of(handler);
    }

    /** A login the portal refused, or one that failed at the provider, back to the login page with its message. */
    private static final class Refusal implements AuthenticationFailureHandler {

        private final RedirectStrategy redirect = new DefaultRedirectStrategy();

        @Override
        public void onAuthenticationFailure(
                HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
                throws IOException {
            String code = exception instanceof OAuth2AuthenticationException oauth2
                    ? oauth2.getError().getErrorCode()
                    : exception.getClass().getSimpleName();
            String kind;
            if (PortalOidcUserService.REFUSED.equals(code)) {
                kind = "refused";
            } else if (PortalOidcUserService.NAME_TAKEN.equals(code)) {
                kind = "taken";
            } else {
                log.warn("OIDC login failed: {}", code);
                kind = "failed";
            }
            redirect.sendRedirect(request, response, LOGIN + "?oidc=" + kind);
        }
    }
}
