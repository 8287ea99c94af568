package se.ekonomiuppfoljning.app.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.directory.ProviderIdentity;

/** What the portal reads from a token's claims for the identity and the e-mail address. */
class PortalOidcClaimsTest {

    private static final OidcLoginProperties DEFAULTS =
            new OidcLoginProperties("kommun", "preferred_username", "groups", null, false);
    private static final OidcLoginProperties TRUSTING =
            new OidcLoginProperties("kommun", "preferred_username", "groups", null, true);

    @Test
    void entra_ids_object_id_names_the_person_rather_than_its_per_application_subject() {
        assertThat(PortalOidcUserService.identity(Map.of(
                        "iss", "https://login.example/tenant/v2.0", "sub", "per-app-subject", "oid", "object-id")))
                .isEqualTo(new ProviderIdentity("https://login.example/tenant/v2.0", "oid:object-id"));
        assertThat(PortalOidcUserService.identity(Map.of("iss", "https://idp.example", "sub", "subject")))
                .isEqualTo(new ProviderIdentity("https://idp.example", "sub:subject"));
    }

    @Test
    void a_token_whose_oid_carries_another_persons_sub_names_somebody_else() {
        assertThat(PortalOidcUserService.identity(Map.of("iss", "https://idp.example", "sub", "x", "oid", "victim")))
                .isNotEqualTo(PortalOidcUserService.identity(Map.of("iss", "https://idp.example", "sub", "victim")));
    }

    @Test
    void
            an_e_mail_address_is_taken_when_verified_never_when_said_unverified_and_without_the_claim_only_if_configured() {
        String address = "anna@kommun.example";
        assertThat(PortalOidcUserService.trustedEmail(Map.of("email", address, "email_verified", true), DEFAULTS))
                .isEqualTo(address);
        assertThat(PortalOidcUserService.trustedEmail(Map.of("email", address, "email_verified", "true"), DEFAULTS))
                .isEqualTo(address);
        assertThat(PortalOidcUserService.trustedEmail(Map.of("email", address, "email_verified", false), TRUSTING))
                .isEmpty();
        assertThat(PortalOidcUserService.trustedEmail(Map.of("email", address), DEFAULTS))
                .isEmpty();
        assertThat(PortalOidcUserService.trustedEmail(Map.of("email", address), TRUSTING))
                .isEqualTo(address);
    }
}
