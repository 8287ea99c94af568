package se.ekonomiuppfoljning.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KLS;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KOMMUN;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KS;
import static se.ekonomiuppfoljning.testdata.SeedKommun.SBF;
import static se.ekonomiuppfoljning.testdata.SeedKommun.TIA;
import static se.ekonomiuppfoljning.testdata.SeedKommun.TN;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.testdata.SeedKommun;

class OrganisationTest {

    private final Organisation organisation = SeedKommun.organisation();

    @Test
    void a_unit_inherits_its_committee_from_the_parent_unless_set() {
        assertThat(organisation.committeeOf(UnitCode.of("1100"))).contains(KS);
        assertThat(organisation.committeeOf(TIA)).contains(TN);
        assertThat(organisation.committeeOf(UnitCode.of("2110"))).contains(TN);
    }

    @Test
    void tia_is_listed_under_kls_but_counts_in_another_frame() {
        assertThat(organisation.children(KLS)).extracting(Unit::code).contains(TIA);
        assertThat(organisation.countsInFrame(TIA, KS)).isFalse();
        assertThat(organisation.countsInFrame(UnitCode.of("1150"), KS)).isTrue();
    }

    @Test
    void the_kommun_frame_holds_every_committee_below_it() {
        assertThat(organisation.units()).allMatch(u -> organisation.countsInFrame(u.code(), SeedKommun.KF));
    }

    @Test
    void the_topmost_units_reporting_to_a_committee_start_where_the_parent_reports_elsewhere() {
        assertThat(organisation.topmostReportingTo(KS)).extracting(Unit::code).containsExactly(KLS);
        assertThat(organisation.topmostReportingTo(TN)).extracting(Unit::code).containsExactlyInAnyOrder(SBF, TIA);
    }

    @Test
    void subtree_and_ancestors_follow_the_tree() {
        assertThat(organisation.subtree(KLS)).hasSize(11).contains(KLS, TIA);
        assertThat(organisation.ancestors(TIA)).extracting(Unit::code).containsExactly(KOMMUN, KLS, TIA);
        assertThat(organisation.children(KLS).get(0).name()).isEqualTo("Kommundirektör");
    }

    @Test
    void an_unknown_parent_or_a_cycle_is_refused() {
        Committee kf = new Committee(SeedKommun.KF, "KF", null);
        assertThatThrownBy(() -> new Organisation(
                        List.of(kf), List.of(new Unit(UnitCode.of("A"), "A", null, UnitCode.of("X"), null, 0))))
                .hasMessageContaining("unknown parent X");
        assertThatThrownBy(() -> new Organisation(
                        List.of(kf),
                        List.of(
                                new Unit(UnitCode.of("A"), "A", null, UnitCode.of("B"), null, 0),
                                new Unit(UnitCode.of("B"), "B", null, UnitCode.of("A"), null, 0))))
                .hasMessageContaining("cycle");
    }
}
