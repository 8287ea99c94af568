package se.ekonomiuppfoljning.app.security;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import se.ekonomiuppfoljning.apikeys.ApiKeyPurpose;
import se.ekonomiuppfoljning.security.CurrentUser;
import se.ekonomiuppfoljning.security.NotAuthenticatedException;
import se.ekonomiuppfoljning.security.PermissionDeniedException;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.security.UserAccountRepository;
import se.ekonomiuppfoljning.substitutes.ActingAccounts;

/**
 * The domain's caller: the authenticated user of this request, read from the users port on every call (which
 * serves it from its cache only while no user change has been committed since, on any node), so that a changed
 * scope or a disabled account takes effect at once. The authentication is read through this context's own
 * security context holder strategy, the one its security filters write (Vaadin's bean), not through the JVM-wide
 * static holder, which the last-started context in a JVM owns.
 * <p>
 * The account is the one the user acts with today ({@link ActingAccounts}): their own, plus the units of the chiefs
 * they stand in for as ersättare. This is the one place a substitution enters the access rules: every service
 * resolves its scope from the account it gets here, so every door follows, and the substitution ends by the clock.
 * <p>
 * A caller through an API key ({@link ApiKeyAuthentication}) is held to the key's purpose here as well as in its
 * filter: an integration key's caller is their account without {@code ADMIN} (so no administrator's right, even if the
 * owner became one) and {@link #requireAdministrator} refuses them; a user administration key's caller is refused by
 * {@link #require()} and {@link #requireAdministrator}, so no other service (figures, imports, audit, keys) serves them,
 * and is accepted only by {@link #requireUserAdministrator}, as the enabled administrator who owns the key.
 */
@Component
class SpringSecurityCurrentUser implements CurrentUser {

    private final UserAccountRepository users;
    private final ObjectProvider<SecurityContextHolderStrategy> strategy;
    private final ActingAccounts acting;

    SpringSecurityCurrentUser(
            UserAccountRepository users,
            ObjectProvider<SecurityContextHolderStrategy> strategy,
            ActingAccounts acting) {
        this.users = users;
        this.strategy = strategy;
        this.acting = acting;
    }

    @Override
    public UserAccount require() {
        Authentication authentication = authentication();
        if (authentication instanceof ApiKeyAuthentication key) {
            if (key.purpose() == ApiKeyPurpose.USER_ADMINISTRATION) {
                throw new PermissionDeniedException(key.getName(), "anything but user administration with its key");
            }
            UserAccount owner = stored(key);
            Set<Role> roles = EnumSet.noneOf(Role.class);
            roles.addAll(owner.roles());
            roles.remove(Role.ADMIN);
            return acting.acting(new UserAccount(
                    owner.username(),
                    owner.displayName(),
                    roles,
                    owner.units(),
                    owner.committees(),
                    owner.enabled(),
                    owner.email()));
        }
        return users.findByUsername(authentication.getName())
                .filter(UserAccount::enabled)
                .map(acting::acting)
                .orElseThrow(NotAuthenticatedException::new);
    }

    @Override
    public UserAccount requireAdministrator(String operation) {
        Authentication authentication = authentication();
        if (authentication instanceof ApiKeyAuthentication) {
            // no key carries an administrator's rights; a user administration key only those of
            // requireUserAdministrator
            throw new PermissionDeniedException(authentication.getName(), operation);
        }
        return CurrentUser.super.requireAdministrator(operation);
    }

    @Override
    public UserAccount requireUserAdministrator(String operation) {
        Authentication authentication = authentication();
        if (authentication instanceof ApiKeyAuthentication key && key.purpose() == ApiKeyPurpose.USER_ADMINISTRATION) {
            UserAccount owner = stored(key);
            if (!owner.has(Role.ADMIN)) {
                throw new PermissionDeniedException(owner.username(), operation);
            }
            return owner;
        }
        return requireAdministrator(operation);
    }

    @Override
    public boolean throughUserAdministrationKey() {
        return authentication() instanceof ApiKeyAuthentication key
                && key.purpose() == ApiKeyPurpose.USER_ADMINISTRATION;
    }

    private Authentication authentication() {
        Authentication authentication = strategy.getIfUnique(SecurityContextHolder::getContextHolderStrategy)
                .getContext()
                .getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            throw new NotAuthenticatedException();
        }
        return authentication;
    }

    /** A key's owner as stored now. */
    private UserAccount stored(ApiKeyAuthentication key) {
        return users.findByUsername(key.getName())
                .filter(UserAccount::enabled)
                .orElseThrow(NotAuthenticatedException::new);
    }
}
