package se.ekonomiuppfoljning.app.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.security.UserAccountRepository;

/** Spring Security's view of the portal's users: username, bcrypt hash, enabled, roles as ROLE_*. */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;

    DatabaseUserDetailsService(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("no user " + username));
        String hash = users.passwordHashOf(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(account.username())
                .password(hash)
                .disabled(!account.enabled())
                .roles(account.roles().stream().map(Role::name).toArray(String[]::new))
                .build();
    }
}
