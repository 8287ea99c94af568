package se.ekonomiuppfoljning.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.testdata.SeedKommun;

class KommunWideAccessTest {

    private final Organisation organisation = SeedKommun.organisation();

    @Test
    void anEconomistOfOneCommitteesUnitsDoesNotActForTheWholeKommun() {
        UserAccount kls = SeedKommun.economist("martin", SeedKommun.KLS);
        assertThat(KommunWideAccess.isWholeKommunEconomist(organisation, kls)).isFalse();
        assertThat(KommunWideAccess.maySetKommunSettings(organisation, kls)).isFalse();
        assertThatThrownBy(() -> KommunWideAccess.requireKommunSettings(organisation, kls, "set the deadlines"))
                .isInstanceOf(PermissionDeniedException.class);
        // both committees' parts, but not the root unit itself (its own line is not theirs): not the whole kommun
        UserAccount both = SeedKommun.economist("båda", SeedKommun.KLS, SeedKommun.SBF);
        assertThat(KommunWideAccess.isWholeKommunEconomist(organisation, both)).isFalse();
    }

    @Test
    void theRootsEconomistAndTheFirstAdministratorActForTheWholeKommunAndAnAdministratorKeepsTheSettings() {
        assertThat(KommunWideAccess.isWholeKommunEconomist(
                        organisation, SeedKommun.economist("kommunekonom", SeedKommun.KOMMUN)))
                .isTrue();
        UserAccount first =
                new UserAccount("forvaltare", "Förvaltare", Set.of(Role.ADMIN, Role.EKONOM), Set.of(), Set.of(), true);
        assertThat(KommunWideAccess.isWholeKommunEconomist(organisation, first)).isTrue();
        UserAccount admin = SeedKommun.admin("admin");
        assertThat(KommunWideAccess.isWholeKommunEconomist(organisation, admin)).isFalse(); // writes no figures
        assertThat(KommunWideAccess.maySetKommunSettings(organisation, admin)).isTrue();
        UserAccount chief = SeedKommun.chief("kommundirektor", SeedKommun.KOMMUN);
        assertThat(KommunWideAccess.maySetKommunSettings(organisation, chief)).isFalse();
        UserAccount disabled = new UserAccount("gammal", "Gammal", Set.of(Role.ADMIN), Set.of(), Set.of(), false);
        assertThat(KommunWideAccess.maySetKommunSettings(organisation, disabled))
                .isFalse();
    }

    @Test
    void onAnEmptyPortalEveryEconomistIsTheWholeKommunsForThereIsNothingToTake() {
        assertThat(KommunWideAccess.isWholeKommunEconomist(
                        Organisation.empty(), SeedKommun.economist("martin", SeedKommun.KLS)))
                .isTrue();
    }
}
