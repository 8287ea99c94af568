package se.ekonomiuppfoljning.app.security.oidc;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code uppfoljning.directory.oidc.*}: which of Spring Boot's client registrations
 * ({@code spring.security.oauth2.client.registration.<id>.*}) is the kommun's identity provider, and which claims
 * of its tokens carry what the portal needs. Nothing here turns the login on: the registration does.
 *
 * @param registrationId the registration's id; the login starts at {@code /oauth2/authorization/<id>}
 * @param usernameClaim  the claim with the login name (Entra ID: {@code preferred_username} or {@code upn})
 * @param groupsClaim    the claim with the groups or app roles mapped on the group mapping (Entra ID's app roles:
 *                       {@code roles}; its groups: {@code groups}, object ids)
 * @param label          the login page's link text, when not the portal's own
 * @param trustEmailWithoutVerifiedClaim whether the token's {@code email} is taken when the token has no
 *                       {@code email_verified} claim (Entra ID sends none). Off by default: an address the provider
 *                       does not say it verified is not taken (the administrator sets it on Användare), and an
 *                       address the provider says is not verified is never taken, whatever this says
 */
@ConfigurationProperties("uppfoljning.directory.oidc")
public record OidcLoginProperties(
        String registrationId,
        String usernameClaim,
        String groupsClaim,
        @Nullable String label,
        boolean trustEmailWithoutVerifiedClaim) {

    public OidcLoginProperties {
        registrationId = orDefault(registrationId, "kommun");
        usernameClaim = orDefault(usernameClaim, "preferred_username");
        groupsClaim = orDefault(groupsClaim, "groups");
        label = label == null || label.isBlank() ? null : label.strip();
    }

    private static String orDefault(@Nullable String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
