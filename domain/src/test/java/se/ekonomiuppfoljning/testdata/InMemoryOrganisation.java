package se.ekonomiuppfoljning.testdata;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import se.ekonomiuppfoljning.organisation.Account;
import se.ekonomiuppfoljning.organisation.Committee;
import se.ekonomiuppfoljning.organisation.CommitteeCode;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.organisation.Unit;
import se.ekonomiuppfoljning.organisation.UnitCode;

/** An organisation port over maps, for domain tests that change the organisation. */
public final class InMemoryOrganisation implements OrganisationRepository {

    private final Map<CommitteeCode, Committee> committees = new LinkedHashMap<>();
    private final Map<UnitCode, Unit> units = new LinkedHashMap<>();
    public final Map<String, Account> accounts = new LinkedHashMap<>();

    public InMemoryOrganisation(Organisation initial) {
        saveCommittees(initial.committees());
        saveUnits(initial.units());
    }

    @Override
    public Organisation load() {
        return new Organisation(committees.values(), units.values());
    }

    @Override
    public void saveCommittees(Collection<Committee> toSave) {
        toSave.forEach(c -> committees.put(c.code(), c));
    }

    @Override
    public void saveUnits(Collection<Unit> toSave) {
        toSave.forEach(u -> units.put(u.code(), u));
    }

    @Override
    public java.util.List<Account> accounts() {
        return accounts.values().stream()
                .sorted(java.util.Comparator.comparing(Account::code))
                .toList();
    }

    @Override
    public void saveAccounts(Collection<Account> toSave) {
        toSave.forEach(a -> accounts.put(a.code(), a));
    }
}
