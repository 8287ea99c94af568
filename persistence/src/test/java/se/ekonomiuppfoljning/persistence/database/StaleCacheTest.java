package se.ekonomiuppfoljning.persistence.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.organisation.Unit;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.persistence.PersistenceTestApplication;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.security.UserAccountRepository;

/**
 * The organisation and user caches against MariaDB's REPEATABLE READ snapshots, deterministically: a transaction
 * opens its snapshot, another one commits a change, and the first then reads (after the change was announced) and
 * would put what its old snapshot shows into the cache. The next request must still see the change. A second
 * repository over the same database plays a second application node. Commits, and removes what it saved.
 */
@SpringBootTest(classes = PersistenceTestApplication.class)
class StaleCacheTest {

    private static final UnitCode UNIT = UnitCode.of("9901");
    private static final String USER = "snapshot-test";

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    UserAccountRepository users;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    private <T> T inTransaction(Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(status -> work.get());
    }

    /** Runs {@code work} in a transaction of its own that commits, while the caller's transaction waits. */
    private void commitMeanwhile(Runnable work) {
        TransactionTemplate separate = new TransactionTemplate(transactions);
        separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        separate.executeWithoutResult(status -> work.run());
    }

    private void openSnapshot() {
        jdbc.queryForObject("SELECT COUNT(*) FROM unit", Long.class); // MariaDB fixes the snapshot at the first read
    }

    private static Unit unit(String name) {
        return new Unit(UNIT, name, null, null, null, 0);
    }

    private static UserAccount user(Set<Role> roles, boolean enabled) {
        return new UserAccount(USER, "Ögonblicksbild", roles, Set.of(), Set.of(), enabled);
    }

    @AfterEach
    void removeWhatWasSaved() {
        jdbc.update("DELETE FROM unit WHERE code = ?", UNIT.value());
        jdbc.update("DELETE FROM app_user_role WHERE username = ?", USER);
        jdbc.update("DELETE FROM app_user WHERE username = ?", USER);
        inTransaction(
                () -> { // saving nothing still tells the caches that the database changed
                    organisations.saveUnits(List.of());
                    users.save(new UserAccount("snapshot-test-other", "x", Set.of(), Set.of(), Set.of(), false), "h");
                    return null;
                });
        jdbc.update("DELETE FROM app_user WHERE username = 'snapshot-test-other'");
    }

    @Test
    void aReadWhoseSnapshotPredatesACommittedUnitChangeCannotLeaveTheOldTreeForTheNextRequest() {
        inTransaction(() -> {
            organisations.saveUnits(List.of(unit("Före")));
            return null;
        });
        assertThat(inTransaction(() -> organisations.load().require(UNIT).name()))
                .isEqualTo("Före"); // now kept

        String seenByTheOldSnapshot = inTransaction(() -> {
            openSnapshot();
            commitMeanwhile(() -> organisations.saveUnits(List.of(unit("Efter"))));
            return organisations.load().require(UNIT).name();
        });

        assertThat(seenByTheOldSnapshot).isEqualTo("Före"); // its own snapshot, consistent within its transaction
        assertThat(inTransaction(() -> organisations.load().require(UNIT).name()))
                .isEqualTo("Efter");
        assertThat(organisations.load().require(UNIT).name()).isEqualTo("Efter"); // outside a transaction too
    }

    @Test
    void aReadWhoseSnapshotPredatesACommittedUserChangeCannotKeepTheOldRolesForTheNextRequest() {
        inTransaction(() -> {
            users.save(user(Set.of(Role.CHEF), true), "h");
            return null;
        });
        assertThat(inTransaction(() -> users.findByUsername(USER)))
                .get()
                .extracting(UserAccount::enabled)
                .isEqualTo(true);

        inTransaction(() -> {
            openSnapshot();
            commitMeanwhile(() -> users.save(user(Set.of(Role.POLITIKER), false), "h"));
            return users.findByUsername(USER);
        });

        UserAccount next = inTransaction(() -> users.findByUsername(USER)).orElseThrow();
        assertThat(next.enabled()).isFalse();
        assertThat(next.roles()).containsExactly(Role.POLITIKER);
        assertThat(users.findByUsername(USER))
                .get()
                .extracting(UserAccount::enabled)
                .isEqualTo(false);
    }

    @Test
    void aChangeSavedThroughAnotherNodeIsSeenByThisNodesNextRead() {
        OrganisationRepository otherNode = (OrganisationRepository)
                context.getAutowireCapableBeanFactory().createBean(AopUtils.getTargetClass(organisations));
        UserAccountRepository otherNodesUsers = (UserAccountRepository)
                context.getAutowireCapableBeanFactory().createBean(AopUtils.getTargetClass(users));
        inTransaction(() -> {
            organisations.saveUnits(List.of(unit("Före")));
            users.save(user(Set.of(Role.CHEF), true), "h");
            return null;
        });
        assertThat(inTransaction(() -> organisations.load().require(UNIT).name()))
                .isEqualTo("Före"); // kept here
        assertThat(inTransaction(() -> users.findByUsername(USER)))
                .get()
                .extracting(UserAccount::enabled)
                .isEqualTo(true);

        inTransaction(() -> {
            otherNode.saveUnits(List.of(unit("Efter")));
            otherNodesUsers.save(user(Set.of(Role.CHEF), false), "h");
            return null;
        });

        assertThat(inTransaction(() -> organisations.load().require(UNIT).name()))
                .isEqualTo("Efter");
        assertThat(inTransaction(() -> users.findByUsername(USER)))
                .get()
                .extracting(UserAccount::enabled)
                .isEqualTo(false);
    }
}
