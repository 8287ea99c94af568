package se.ekonomiuppfoljning.security;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The port to stored users. Password hashes pass through but are never part of {@link UserAccount}. */
public interface UserAccountRepository {

    Optional<UserAccount> findByUsername(String username);

    Optional<String> passwordHashOf(String username);

    List<UserAccount> findAll();

    /**
     * One page of the users ordered by user name, for a lazy list: {@code limit} users after the first
     * {@code offset}. Stores order by their own comparison of names; this default orders as Java compares them.
     */
    default List<UserAccount> findPage(int offset, int limit) {
        return findAll().stream()
                .sorted(Comparator.comparing(UserAccount::username))
                .skip(Math.max(0, offset))
                .limit(Math.max(0, limit))
                .toList();
    }

    void save(UserAccount account, String passwordHash);

    long count();
}
