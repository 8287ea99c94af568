package se.ekonomiuppfoljning.app.security;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.security.UserAccountRepository;
import se.ekonomiuppfoljning.security.Usernames;

/**
 * Spring Security's view of the portal's users: username, bcrypt hash, enabled (and holding a role), roles as ROLE_*. The typed name is
 * taken in its canonical form ({@link Usernames}) and must equal the canonical form of a stored name exactly: the
 * database's case- and accent-insensitive collation only finds the candidates. Whoever logs in is known by the
 * stored name, whatever was typed, so that one person's acts are recorded under one name.
 */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final NamedParameterJdbcTemplate jdbc;

    DatabaseUserDetailsService(UserAccountRepository users, NamedParameterJdbcTemplate jdbc) {
        this.users = users;
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String typed) {
        String canonical = Usernames.canonical(typed);
        if (canonical.isEmpty() || canonical.length() > Usernames.MAX_LENGTH) {
            throw new UsernameNotFoundException("no such user");
        }
        String stored = jdbc
                .queryForList(
                        "SELECT username FROM app_user WHERE username = :username",
                        new MapSqlParameterSource("username", canonical),
                        String.class)
                .stream()
                .filter(name -> Usernames.canonical(name).equals(canonical))
                .findFirst()
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        UserAccount account = users.findByUsername(stored).orElseThrow(() -> new UsernameNotFoundException(stored));
        String hash = users.passwordHashOf(stored).orElseThrow(() -> new UsernameNotFoundException(stored));
        return User.withUsername(stored)
                .password(hash)
                // a user without a role may not log in: they would see nothing but the refusals of every page
                .disabled(!account.enabled() || account.roles().isEmpty())
                .roles(account.roles().stream().map(Role::name).toArray(String[]::new))
                .build();
    }
}
