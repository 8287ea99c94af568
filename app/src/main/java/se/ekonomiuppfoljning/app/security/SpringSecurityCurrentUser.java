package se.ekonomiuppfoljning.app.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import se.ekonomiuppfoljning.security.CurrentUser;
import se.ekonomiuppfoljning.security.NotAuthenticatedException;
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
        Authentication authentication = strategy.getIfUnique(SecurityContextHolder::getContextHolderStrategy)
                .getContext()
                .getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            throw new NotAuthenticatedException();
        }
        return users.findByUsername(authentication.getName())
                .filter(UserAccount::enabled)
                .map(acting::acting)
                .orElseThrow(NotAuthenticatedException::new);
    }
}
