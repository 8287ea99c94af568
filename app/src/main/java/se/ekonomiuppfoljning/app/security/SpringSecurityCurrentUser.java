package se.ekonomiuppfoljning.app.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import se.ekonomiuppfoljning.security.CurrentUser;
import se.ekonomiuppfoljning.security.NotAuthenticatedException;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.security.UserAccountRepository;

/**
 * The domain's caller: the authenticated user of this request, read fresh from the database on every call
 * so that a changed scope or a disabled account takes effect at once.
 */
@Component
class SpringSecurityCurrentUser implements CurrentUser {

    private final UserAccountRepository users;

    SpringSecurityCurrentUser(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    public UserAccount require() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            throw new NotAuthenticatedException();
        }
        return users.findByUsername(authentication.getName())
                .filter(UserAccount::enabled)
                .orElseThrow(NotAuthenticatedException::new);
    }
}
