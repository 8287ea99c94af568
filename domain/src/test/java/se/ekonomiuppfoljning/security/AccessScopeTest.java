package se.ekonomiuppfoljning.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.ekonomiuppfoljning.testdata.SeedKommun.IT;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KLS;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KOMMUN;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KS;
import static se.ekonomiuppfoljning.testdata.SeedKommun.OVERFORMYNDAR;
import static se.ekonomiuppfoljning.testdata.SeedKommun.SBF;
import static se.ekonomiuppfoljning.testdata.SeedKommun.TIA;
import static se.ekonomiuppfoljning.testdata.SeedKommun.TN;

import java.util.Set;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.testdata.SeedKommun;

class AccessScopeTest {

    private final Organisation organisation = SeedKommun.organisation();

    @Test
    void a_unit_chief_sees_only_their_unit() {
        AccessScope scope = AccessScope.resolve(organisation, SeedKommun.chief("eva", OVERFORMYNDAR));
        assertThat(scope.visibleUnits()).containsExactly(OVERFORMYNDAR);
        assertThat(scope.canRead(KLS)).isFalse();
        assertThat(scope.canRead(IT)).isFalse();
    }

    @Test
    void the_kommundirektor_is_a_chief_of_the_root_and_sees_everything() {
        AccessScope scope = AccessScope.resolve(organisation, SeedKommun.chief("johan", KOMMUN));
        assertThat(scope.roots()).containsExactly(KOMMUN);
        assertThat(scope.visibleUnits()).hasSize(organisation.units().size());
    }

    @Test
    void a_ks_politician_sees_the_kls_table_as_printed_tia_included() {
        AccessScope scope = AccessScope.resolve(organisation, SeedKommun.politician("anna", KS));
        assertThat(scope.roots()).containsExactly(KLS);
        assertThat(scope.canRead(TIA)).isTrue();
        assertThat(scope.canRead(SBF)).isFalse();
        assertThat(scope.canRead(KOMMUN)).isFalse();
    }

    @Test
    void a_tn_politician_sees_their_office_and_tia() {
        AccessScope scope = AccessScope.resolve(organisation, SeedKommun.politician("per", TN));
        assertThat(scope.roots()).containsExactly(SBF, TIA);
        assertThat(scope.canRead(KLS)).isFalse();
        assertThat(scope.canRead(OVERFORMYNDAR)).isFalse();
    }

    @Test
    void nested_assignments_collapse_to_the_topmost() {
        AccessScope scope = AccessScope.resolve(organisation, SeedKommun.economist("martin", KLS, IT));
        assertThat(scope.roots()).containsExactly(KLS);
    }

    @Test
    void an_administrator_who_is_an_economist_reads_the_whole_organisation_without_units_and_only_theirs_with_units() {
        UserAccount first =
                new UserAccount("admin", "Administratör", Set.of(Role.ADMIN, Role.EKONOM), Set.of(), Set.of(), true);
        assertThat(AccessScope.resolve(organisation, first).visibleUnits())
                .isEqualTo(AccessScope.system(organisation).visibleUnits())
                .hasSize(organisation.units().size());
        UserAccount withUnits =
                new UserAccount("admin", "Administratör", Set.of(Role.ADMIN, Role.EKONOM), Set.of(IT), Set.of(), true);
        assertThat(AccessScope.resolve(organisation, withUnits).roots()).containsExactly(IT);
        UserAccount economistOnly = new UserAccount("e", "E", Set.of(Role.EKONOM), Set.of(), Set.of(), true);
        assertThat(AccessScope.resolve(organisation, economistOnly).isEmpty()).isTrue();
    }

    @Test
    void an_administrator_or_a_disabled_user_reads_no_unit() {
        assertThat(AccessScope.resolve(organisation, SeedKommun.admin("admin")).isEmpty())
                .isTrue();
        UserAccount disabled = new UserAccount("x", "x", Set.of(Role.CHEF), Set.of(KOMMUN), Set.of(), false);
        assertThat(AccessScope.resolve(organisation, disabled).isEmpty()).isTrue();
    }

    @Test
    void reading_outside_the_scope_is_refused_with_the_unit_named() {
        AccessScope scope = AccessScope.resolve(organisation, SeedKommun.chief("eva", OVERFORMYNDAR));
        assertThatThrownBy(() -> scope.requireReadable(IT))
                .isInstanceOf(OutOfScopeException.class)
                .hasMessageContaining("1120");
        assertThat(scope.restrict(Set.of(IT, OVERFORMYNDAR, KLS))).containsExactly(OVERFORMYNDAR);
    }

    @Test
    void the_systems_scope_is_the_whole_organisation_and_belongs_to_no_user() {
        AccessScope scope = AccessScope.system(organisation);
        assertThat(scope.roots()).containsExactly(KOMMUN);
        assertThat(scope.visibleUnits()).hasSize(organisation.units().size()).contains(TIA, IT, SBF);
        assertThat(scope.username()).isEqualTo(AccessScope.SYSTEM);
    }
}
