package se.ekonomiuppfoljning.persistence;

import java.util.List;
import se.ekonomiuppfoljning.followup.FigureRepository;
import se.ekonomiuppfoljning.organisation.Account;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.testdata.SeedKommun;

/** The seed kommun of the reference document, stored through the repositories: its tree, accounts and figures. */
public final class StoredSeed {

    private StoredSeed() {}

    /** Stores the seed; the accounts of its figures plus any {@code more}. Returns the organisation stored. */
    public static Organisation store(OrganisationRepository organisations, FigureRepository figures, Account... more) {
        Organisation organisation = SeedKommun.organisation();
        organisations.saveCommittees(organisation.committees());
        organisations.saveUnits(organisation.units());
        List<Account> accounts = new java.util.ArrayList<>(
                List.of(new Account("3510", "Försäljning av tjänster"), new Account("5011", "Månadslöner")));
        accounts.addAll(List.of(more));
        organisations.saveAccounts(accounts);
        figures.saveBudget(SeedKommun.budget());
        figures.saveActuals(SeedKommun.actuals());
        return organisation;
    }
}
