package se.ekonomiuppfoljning.testdata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.security.UserAccountRepository;

/** The user port over a map; every user's password hash is kept beside them. */
public final class InMemoryUsers implements UserAccountRepository {

    private final Map<String, UserAccount> accounts = new LinkedHashMap<>();
    private final Map<String, String> hashes = new LinkedHashMap<>();

    public InMemoryUsers(UserAccount... users) {
        for (UserAccount user : users) {
            save(user, "{noop}" + user.username());
        }
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return Optional.ofNullable(accounts.get(username));
    }

    @Override
    public Optional<String> passwordHashOf(String username) {
        return Optional.ofNullable(hashes.get(username));
    }

    @Override
    public List<UserAccount> findAll() {
        return new ArrayList<>(accounts.values());
    }

    @Override
    public void save(UserAccount account, String passwordHash) {
        accounts.put(account.username(), account);
        hashes.put(account.username(), passwordHash);
    }

    @Override
    public long count() {
        return accounts.size();
    }
}
