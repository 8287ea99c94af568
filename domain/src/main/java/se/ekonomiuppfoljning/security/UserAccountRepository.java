package se.ekonomiuppfoljning.security;

import java.util.List;
import java.util.Optional;

/** The port to stored users. Password hashes pass through but are never part of {@link UserAccount}. */
public interface UserAccountRepository {

    Optional<UserAccount> findByUsername(String username);

    Optional<String> passwordHashOf(String username);

    List<UserAccount> findAll();

    void save(UserAccount account, String passwordHash);

    long count();
}
