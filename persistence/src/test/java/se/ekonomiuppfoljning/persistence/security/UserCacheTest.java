package se.ekonomiuppfoljning.persistence.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.ekonomiuppfoljning.persistence.PersistenceTestApplication;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.security.UserAccountRepository;

/**
 * The caller is read on every service call and kept between calls: a change saved in one transaction is read by
 * the next, so a disabled account or a new role takes effect at once. Commits, unlike the other persistence tests,
 * and removes its user afterwards.
 */
@SpringBootTest(classes = PersistenceTestApplication.class)
class UserCacheTest {

    private static final String NAME = "cache-test";

    @Autowired
    UserAccountRepository users;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(status -> work.get());
    }

    @AfterEach
    void removeTheUser() {
        jdbc.update("DELETE FROM app_user_role WHERE username = ?", NAME);
        jdbc.update("DELETE FROM app_user WHERE username = ?", NAME);
        inTransaction(() -> {
            users.save(new UserAccount("cache-test-other", "x", Set.of(), Set.of(), Set.of(), false), "h");
            return null; // a save drops what was kept of the removed user
        });
        jdbc.update("DELETE FROM app_user WHERE username = 'cache-test-other'");
    }

    @Test
    void a_change_saved_in_one_transaction_is_read_in_the_next_after_a_kept_read() {
        inTransaction(() -> {
            users.save(new UserAccount(NAME, "Cache", Set.of(Role.CHEF), Set.of(), Set.of(), true), "h");
            return null;
        });
        assertThat(inTransaction(() -> users.findByUsername(NAME)))
                .get()
                .extracting(UserAccount::enabled)
                .isEqualTo(true);
        assertThat(inTransaction(() -> users.findByUsername(NAME)))
                .get()
                .extracting(UserAccount::roles)
                .isEqualTo(Set.of(Role.CHEF)); // kept

        inTransaction(() -> {
            users.save(new UserAccount(NAME, "Cache", Set.of(Role.EKONOM), Set.of(), Set.of(), false), "h");
            return null;
        });

        UserAccount after = inTransaction(() -> users.findByUsername(NAME)).orElseThrow();
        assertThat(after.enabled()).isFalse();
        assertThat(after.roles()).containsExactly(Role.EKONOM);
    }

    @Test
    void a_rolled_back_change_is_not_kept() {
        inTransaction(() -> {
            users.save(new UserAccount(NAME, "Cache", Set.of(Role.CHEF), Set.of(), Set.of(), true), "h");
            return null;
        });
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            users.save(new UserAccount(NAME, "Cache", Set.of(Role.ADMIN), Set.of(), Set.of(), true), "h");
            assertThat(users.findByUsername(NAME))
                    .get()
                    .extracting(UserAccount::roles)
                    .isEqualTo(Set.of(Role.ADMIN));
            status.setRollbackOnly();
        });

        assertThat(inTransaction(() -> users.findByUsername(NAME)))
                .get()
                .extracting(UserAccount::roles)
                .isEqualTo(Set.of(Role.CHEF));
    }
}
