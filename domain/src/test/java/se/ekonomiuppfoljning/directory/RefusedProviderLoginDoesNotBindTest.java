package se.ekonomiuppfoljning.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ekonomiuppfoljning.testdata.SeedKommun.IT;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.testdata.InMemoryGroupMappings;
import se.ekonomiuppfoljning.testdata.InMemoryUsers;
import se.ekonomiuppfoljning.testdata.SeedKommun;

/**
 * Found in review: an identity the portal refuses (no mapped group) with the login name of an unbound directory
 * account still strips that account's roles and binds the account to itself, so the real owner is locked out of the
 * provider login for good (NAME_BOUND_TO_ANOTHER). Failed before the fix.
 */
class RefusedProviderLoginDoesNotBindTest {

    private static final String IT_CHIEFS = "CN=Chefer IT,OU=Grupper,DC=kommun,DC=se";
    private final InMemoryUsers users = new InMemoryUsers(SeedKommun.admin("admin"));
    private final InMemoryGroupMappings mappings = new InMemoryGroupMappings();
    private final DirectoryLoginService service = new DirectoryLoginService(
            users,
            mappings,
            mappings,
            mappings,
            (a, t, k, s, b, af) -> {},
            Clock.fixed(Instant.parse("2026-03-16T08:00:00Z"), ZoneOffset.UTC),
            "{bcrypt}$2a$10$unusable");

    private static final ProviderIdentity INGRID = new ProviderIdentity("https://idp.kommun.example", "sub-ingrid");
    private static final ProviderIdentity STRANGER = new ProviderIdentity("https://idp.kommun.example", "sub-x");

    @Test
    void a_refused_identity_neither_binds_nor_changes_an_unbound_directory_account() {
        mappings.save(new GroupMapping(IT_CHIEFS, Set.of(Role.CHEF), Set.of(IT), Set.of()));
        // itell logged in through LDAP before V44 (or has not used OIDC yet): unbound
        service.signIn(new DirectoryPerson("itell", "Ingrid Tell", null, Set.of(IT_CHIEFS)))
                .orElseThrow();

        // someone else at the provider whose preferred_username is 'itell' and who has no portal group
        ProviderSignIn stranger = service.signIn(new DirectoryPerson("itell", "X", null, Set.of()), STRANGER);
        assertThat(stranger.admittedAccount()).isEmpty();

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(users.findByUsername("itell").orElseThrow().roles())
                .as("a refused stranger took itell's roles away")
                .containsExactly(Role.CHEF);
        soft.assertThat(mappings.ofAccount("itell"))
                .as("a refused stranger's identity was bound to itell's account")
                .isEmpty();
        soft.assertThat(service.signIn(new DirectoryPerson("itell", "Ingrid Tell", null, Set.of(IT_CHIEFS)), INGRID)
                        .refusal())
                .as("the real itell is locked out of the provider login")
                .isNull();
        soft.assertAll();
    }
}
