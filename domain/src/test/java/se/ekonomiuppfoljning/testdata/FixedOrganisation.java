package se.ekonomiuppfoljning.testdata;

import java.util.Collection;
import se.ekonomiuppfoljning.organisation.Account;
import se.ekonomiuppfoljning.organisation.Committee;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.organisation.Unit;

/** An organisation port that always answers the same tree. */
public record FixedOrganisation(Organisation organisation) implements OrganisationRepository {

    @Override
    public Organisation load() {
        return organisation;
    }

    @Override
    public void saveCommittees(Collection<Committee> committees) {
        throw new UnsupportedOperationException("read-only in tests");
    }

    @Override
    public void saveUnits(Collection<Unit> units) {
        throw new UnsupportedOperationException("read-only in tests");
    }

    @Override
    public java.util.List<Account> accounts() {
        return java.util.List.of();
    }

    @Override
    public void saveAccounts(Collection<Account> accounts) {
        throw new UnsupportedOperationException("read-only in tests");
    }
}
