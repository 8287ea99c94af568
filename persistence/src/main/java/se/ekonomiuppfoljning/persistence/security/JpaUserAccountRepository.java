package se.ekonomiuppfoljning.persistence.security;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Repository;

import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.security.UserAccountRepository;

@Repository
class JpaUserAccountRepository implements UserAccountRepository {

    private final UserJpaRepository users;

    JpaUserAccountRepository(UserJpaRepository users) {
        this.users = users;
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return users.findById(username).map(UserEntity::toDomain);
    }

    @Override
    public Optional<String> passwordHashOf(String username) {
        return users.findById(username).map(UserEntity::passwordHash);
    }

    @Override
    public List<UserAccount> findAll() {
        return users.findAll().stream().map(UserEntity::toDomain).toList();
    }

    @Override
    public void save(UserAccount account, String passwordHash) {
        UserEntity entity = users.findById(account.username()).orElseGet(() -> new UserEntity(account.username()));
        entity.update(account, passwordHash);
        users.saveAndFlush(entity);
    }

    @Override
    public long count() {
        return users.count();
    }
}
