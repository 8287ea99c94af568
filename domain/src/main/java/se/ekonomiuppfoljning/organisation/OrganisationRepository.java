package se.ekonomiuppfoljning.organisation;

import java.util.Collection;
import java.util.List;

/** The port to the stored organisation: committees, units and accounts. */
public interface OrganisationRepository {

    Organisation load();

    void saveCommittees(Collection<Committee> committees);

    void saveUnits(Collection<Unit> units);

    /** The chart of accounts, ordered by code. */
    List<Account> accounts();

    void saveAccounts(Collection<Account> accounts);
}
