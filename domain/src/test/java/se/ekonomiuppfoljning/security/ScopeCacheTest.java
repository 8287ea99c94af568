package se.ekonomiuppfoljning.security;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ekonomiuppfoljning.testdata.SeedKommun.IT;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KOMMUN;
import static se.ekonomiuppfoljning.testdata.SeedKommun.OVERFORMYNDAR;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.Unit;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.testdata.SeedKommun;

class ScopeCacheTest {

    private final ScopeCache cache = new ScopeCache();
    private final Organisation organisation = SeedKommun.organisation();

    @Test
    void the_same_user_on_the_same_tree_gets_the_scope_resolved_once() {
        UserAccount eva = SeedKommun.chief("eva", OVERFORMYNDAR);
        AccessScope first = cache.resolve(organisation, eva);
        assertThat(cache.resolve(organisation, SeedKommun.chief("eva", OVERFORMYNDAR)))
                .isSameAs(first);
        assertThat(first.visibleUnits()).containsExactly(OVERFORMYNDAR);
    }

    @Test
    void a_changed_user_or_a_new_tree_is_resolved_again() {
        UserAccount eva = SeedKommun.chief("eva", OVERFORMYNDAR);
        cache.resolve(organisation, eva);
        assertThat(cache.resolve(organisation, SeedKommun.chief("eva", IT)).visibleUnits())
                .containsExactly(IT);
        UserAccount disabled =
                new UserAccount("eva", eva.displayName(), eva.roles(), eva.units(), eva.committees(), false);
        assertThat(cache.resolve(organisation, disabled).isEmpty()).isTrue();

        List<Unit> units = new ArrayList<>(organisation.units());
        units.add(new Unit(UnitCode.of("1151"), "Ny enhet", null, OVERFORMYNDAR, null, 1));
        Organisation grown = new Organisation(organisation.committees(), units);
        assertThat(cache.resolve(grown, eva).visibleUnits())
                .containsExactlyInAnyOrder(OVERFORMYNDAR, UnitCode.of("1151"));
        assertThat(cache.resolve(grown, SeedKommun.chief("johan", KOMMUN)).visibleUnits())
                .hasSize(units.size());
    }
}
