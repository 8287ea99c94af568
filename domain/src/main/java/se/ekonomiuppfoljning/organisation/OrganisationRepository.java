package se.ekonomiuppfoljning.organisation;

import java.util.Collection;

/** The port to the stored organisation: committees, units and accounts. */
public interface OrganisationRepository {

    Organisation load();

    void saveCommittees(Collection<Committee> committees);

    void saveUnits(Collection<Unit> units);

    /** The chart of accounts, ordered by code. */
    java.util.List<Account> accounts();

    void saveAccounts(Collection<Account> accounts);
}
