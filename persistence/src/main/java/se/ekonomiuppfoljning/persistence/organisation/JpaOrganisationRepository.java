package se.ekonomiuppfoljning.persistence.organisation;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import se.ekonomiuppfoljning.organisation.Account;
import se.ekonomiuppfoljning.organisation.Committee;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.organisation.Unit;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.persistence.database.CommittedCache;

/** The organisation port over JPA. The tree is small (hundreds of units): it is loaded whole. */
@Repository
class JpaOrganisationRepository implements OrganisationRepository {

    private final CommitteeJpaRepository committees;
    private final UnitJpaRepository units;
    private final AccountJpaRepository accounts;
    private final JdbcOperations jdbc;
    /**
     * The tree is read on every service call and changes rarely: it is kept with the {@code organisation} change
     * counter it was read at, which every save moves on (see {@link CommittedCache}).
     */
    private final CommittedCache<String, Organisation> cache;

    JpaOrganisationRepository(
            CommitteeJpaRepository committees,
            UnitJpaRepository units,
            AccountJpaRepository accounts,
            JdbcOperations jdbc,
            PlatformTransactionManager transactions) {
        this.committees = committees;
        this.units = units;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.cache = new CommittedCache<>("organisation", jdbc, transactions, 1);
    }

    @Override
    public Organisation load() {
        return cache.get(
                "tree",
                tree -> new Organisation(
                        committees.findAll().stream()
                                .map(CommitteeEntity::toDomain)
                                .toList(),
                        units.findAll().stream().map(UnitEntity::toDomain).toList()));
    }

    @Override
    public void saveCommittees(Collection<Committee> toSave) {
        cache.change(() -> save(toSave));
    }

    private void save(Collection<Committee> toSave) {
        Map<String, Committee> byCode = new HashMap<>();
        toSave.forEach(c -> byCode.put(c.code().value(), c));
        for (Committee committee : parentsFirst(toSave, byCode)) {
            committees
                    .findById(committee.code().value())
                    .ifPresentOrElse(e -> e.update(committee), () -> committees.save(new CommitteeEntity(committee)));
        }
        committees.flush();
    }

    private static List<Committee> parentsFirst(Collection<Committee> toSave, Map<String, Committee> byCode) {
        List<Committee> ordered = new ArrayList<>(toSave);
        ordered.sort(Comparator.comparingInt(
                c -> depth(c, x -> x.parent() == null ? null : x.parent().value(), byCode)));
        return ordered;
    }

    /** How many of the saved items stand above this one: parents are saved before their children. */
    private static <T, K> int depth(T item, Function<T, K> parentOf, Map<K, T> byKey) {
        int depth = 0;
        T current = item;
        K parent = parentOf.apply(current);
        while (parent != null && byKey.containsKey(parent) && depth < 10_000) {
            current = byKey.get(parent);
            parent = parentOf.apply(current);
            depth++;
        }
        return depth;
    }

    @Override
    public void saveUnits(Collection<Unit> toSave) {
        cache.change(() -> saveInOrder(toSave));
    }

    private void saveInOrder(Collection<Unit> toSave) {
        Map<UnitCode, Unit> byCode = new HashMap<>();
        toSave.forEach(u -> byCode.put(u.code(), u));
        List<Unit> ordered = new ArrayList<>(toSave);
        ordered.sort(Comparator.comparingInt(u -> depth(u, Unit::parent, byCode)));
        for (Unit unit : ordered) {
            units.findById(unit.code().value())
                    .ifPresentOrElse(e -> e.update(unit), () -> units.save(new UnitEntity(unit)));
            units.flush(); // parents reach the database before their children
        }
    }

    @Override
    public List<Account> accounts() {
        return accounts.findAll().stream()
                .map(AccountEntity::toDomain)
                .sorted(Comparator.comparing(Account::code))
                .toList();
    }

    /**
     * Renames the known accounts and inserts the new ones: the known are read in one query, the new go in one JDBC
     * batch (an import of a new ledger brings hundreds; saving them one by one through JPA took 0.3 s for 400).
     */
    @Override
    public void saveAccounts(Collection<Account> toSave) {
        Map<String, Account> wanted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER); // as the column compares
        toSave.forEach(account -> wanted.put(account.code(), account));
        for (AccountEntity known : accounts.findAllById(wanted.keySet())) {
            known.rename(requireNonNull(wanted.remove(known.toDomain().code())).name());
        }
        accounts.flush();
        jdbc.batchUpdate(
                "INSERT INTO account (code, name) VALUES (?, ?)",
                List.copyOf(wanted.values()),
                1_000,
                (ps, account) -> {
                    ps.setString(1, account.code());
                    ps.setString(2, account.name());
                });
    }
}
