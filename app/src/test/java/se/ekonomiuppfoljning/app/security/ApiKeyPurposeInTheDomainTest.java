package se.ekonomiuppfoljning.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import se.ekonomiuppfoljning.apikeys.ApiKeyPurpose;
import se.ekonomiuppfoljning.apikeys.ApiKeyService;
import se.ekonomiuppfoljning.app.PortalTest;
import se.ekonomiuppfoljning.followup.FollowUpService;
import se.ekonomiuppfoljning.security.CurrentUser;
import se.ekonomiuppfoljning.security.PermissionDeniedException;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.security.UserAdministrationService;

/**
 * The key's purpose is held in the domain too, not only by the API's filter: whatever door a request came through,
 * a caller through a user administration key is served by user administration alone, and a caller through an
 * integration key never gets an administrator's rights, even when its owner is one.
 */
@PortalTest
class ApiKeyPurposeInTheDomainTest {

    @Autowired
    CurrentUser currentUser;

    @Autowired
    UserAdministrationService administration;

    @Autowired
    FollowUpService followUp;

    @Autowired
    ApiKeyService keys;

    @Test
    void a_user_administration_key_is_served_by_user_administration_and_by_nothing_else() {
        throughKey(ApiKeyPurpose.USER_ADMINISTRATION, "admin", () -> {
            assertThat(administration.listUsers())
                    .extracting(UserAccount::username)
                    .contains("admin");
            assertThatThrownBy(currentUser::require).isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(followUp::overview).isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(keys::list).isInstanceOf(PermissionDeniedException.class);
            return null;
        });
    }

    @Test
    void a_user_administration_key_whose_owner_is_no_administrator_administers_nothing() {
        throughKey(ApiKeyPurpose.USER_ADMINISTRATION, "overformyndare", () -> {
            assertThatThrownBy(administration::listUsers).isInstanceOf(PermissionDeniedException.class);
            return null;
        });
    }

    @Test
    void an_integration_key_never_carries_an_administrators_rights() {
        throughKey(ApiKeyPurpose.INTEGRATION, "admin", () -> {
            assertThat(currentUser.require().roles()).doesNotContain(Role.ADMIN);
            assertThatThrownBy(administration::listUsers).isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(keys::list).isInstanceOf(PermissionDeniedException.class);
            return null;
        });
    }

    private static <T> T throughKey(ApiKeyPurpose purpose, String owner, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new ApiKeyAuthentication(owner, purpose, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
