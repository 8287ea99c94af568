package se.ekonomiuppfoljning.persistence.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KLS;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KS;
import static se.ekonomiuppfoljning.testdata.SeedKommun.TIA;
import static se.ekonomiuppfoljning.testdata.SeedKommun.TN;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.organisation.Unit;
import se.ekonomiuppfoljning.persistence.PersistenceTest;
import se.ekonomiuppfoljning.testdata.SeedKommun;

@PersistenceTest
class JpaOrganisationRepositoryTest {

    @Autowired
    OrganisationRepository organisations;

    @Test
    void the_tree_and_the_committees_survive_a_round_trip() {
        Organisation seed = SeedKommun.organisation();
        organisations.saveCommittees(seed.committees());
        organisations.saveUnits(seed.units());

        Organisation loaded = organisations.load();
        assertThat(loaded.units()).hasSize(seed.units().size());
        assertThat(loaded.children(KLS))
                .extracting(Unit::name)
                .startsWith("Kommundirektör", "Ekonomi o planering", "IT");
        assertThat(loaded.committeeOf(TIA)).contains(TN);
        assertThat(loaded.committeeOf(KLS)).contains(KS);
        assertThat(loaded.unit(KLS).orElseThrow().displayShortName()).isEqualTo("KLS");
    }

    @Test
    void saving_a_unit_again_updates_it() {
        Organisation seed = SeedKommun.organisation();
        organisations.saveCommittees(seed.committees());
        organisations.saveUnits(seed.units());
        Unit tia = seed.require(TIA);
        organisations.saveUnits(java.util.List.of(new Unit(TIA, "TIA", null, tia.parent(), KS, tia.sortOrder())));

        assertThat(organisations.load().require(TIA).name()).isEqualTo("TIA");
        assertThat(organisations.load().committeeOf(TIA)).contains(KS);
    }

    @Test
    void saving_accounts_renames_the_known_and_adds_the_new_in_one_call() {
        organisations.saveAccounts(
                java.util.List.of(new se.ekonomiuppfoljning.organisation.Account("3510", "Försäljning")));

        organisations.saveAccounts(java.util.List.of(
                new se.ekonomiuppfoljning.organisation.Account("3510", "Försäljning av tjänster"),
                new se.ekonomiuppfoljning.organisation.Account("5011", "Månadslöner"),
                new se.ekonomiuppfoljning.organisation.Account("6110", "Kontorsmateriel")));

        assertThat(organisations.accounts())
                .containsExactly(
                        new se.ekonomiuppfoljning.organisation.Account("3510", "Försäljning av tjänster"),
                        new se.ekonomiuppfoljning.organisation.Account("5011", "Månadslöner"),
                        new se.ekonomiuppfoljning.organisation.Account("6110", "Kontorsmateriel"));
    }
}
