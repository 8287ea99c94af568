package se.ekonomiuppfoljning.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.ekonomiuppfoljning.testdata.SeedKommun.IT;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KLS;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KOMMUN;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KS;
import static se.ekonomiuppfoljning.testdata.SeedKommun.OVERFORMYNDAR;
import static se.ekonomiuppfoljning.testdata.SeedKommun.SBF;
import static se.ekonomiuppfoljning.testdata.SeedKommun.TIA;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.security.OutOfScopeException;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.testdata.FixedOrganisation;
import se.ekonomiuppfoljning.testdata.InMemoryFigures;
import se.ekonomiuppfoljning.testdata.SeedKommun;

class FollowUpServiceTest {

    private static final Period FEBRUARY = new Period(2026, 2);

    /** The seed's table, as printed (spaces in numbers are no-break spaces, minus is U+2212). */
    static final List<String> SEED_ROWS = List.of(
            "Kommundirektör|197|162|35|82,4 %|3 560|380|343|37|90,2 %",
            "Ekonomi o planering|493|440|53|89,3 %|6 703|1 076|880|196|81,7 %",
            "IT|194|62|132|32,0 %|8 841|378|302|76|79,8 %",
            "TIA-avdelningen|1 326|1 309|17|98,7 %|17 923|2 667|2 703|−36|101,3 %",
            "Administrativa avdelningen|933|684|249|73,3 %|11 134|1 781|1 831|−50|102,8 %",
            "Överförmyndarvht|137|409|−272|298,2 %|2 580|393|445|−52|113,2 %",
            "Politisk verksamhet|256|217|40|84,6 %|3 705|493|427|66|86,6 %",
            "Oförutsett|0|0|0|0,0 %|504|0|0|0|0,0 %",
            "HR-avdelning|1 149|1 212|−63|105,5 %|14 541|2 218|2 249|−31|101,4 %",
            "Näringslivsenheten|124|154|−30|124,0 %|1 431|241|229|12|95,0 %");

    static final String SEED_TOTAL = "3 483|3 340|143|95,9 %|52 999|6 960|6 704|256|96,3 %";

    private final InMemoryFigures figures = new InMemoryFigures();
    private final AtomicReference<UserAccount> caller = new AtomicReference<>();
    private final FollowUpService service = new FollowUpService(
            new FixedOrganisation(SeedKommun.organisation()),
            figures,
            caller::get,
            Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneId.of("Europe/Stockholm")));

    FollowUpServiceTest() {
        figures.saveBudget(SeedKommun.budget());
        figures.saveActuals(SeedKommun.actuals());
    }

    private static String printed(String name, Figures f) {
        return name + "|" + String.join("|", DisplayedFigures.of(f).cells()).replace('\u00A0', ' ');
    }

    @Test
    void the_kommundirektor_gets_the_seed_table_for_kls_february_to_the_digit() {
        caller.set(SeedKommun.chief("johan", KOMMUN));
        FollowUpTable table = service.table(KLS, FEBRUARY);

        assertThat(table.rows())
                .extracting(r -> printed(r.unit().name(), r.figures()))
                .containsExactlyElementsOf(SEED_ROWS);
        assertThat(table.totalName()).contains("KLS");
        assertThat(printed("", table.total()).substring(1)).isEqualTo(SEED_TOTAL);
    }

    @Test
    void the_kls_total_leaves_out_tia_which_reports_to_another_committee() {
        caller.set(SeedKommun.economist("martin", KLS));
        FollowUpTable table = service.table(KLS, FEBRUARY);

        FollowUpRow tia = table.rows().stream()
                .filter(r -> r.unit().code().equals(TIA))
                .findFirst()
                .orElseThrow();
        assertThat(tia.inTotal()).isFalse();
        assertThat(tia.reportsTo().name()).isEqualTo("Tekniska nämnden");
        assertThat(table.rows()).filteredOn(r -> !r.unit().code().equals(TIA)).allMatch(FollowUpRow::inTotal);
        BigDecimal sumOfRows =
                table.rows().stream().map(r -> r.figures().monthBudget()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sumOfRows.subtract(table.total().monthBudget())).isEqualByComparingTo("1325954");
        assertThat(table.hasRowsOutsideTotal()).isTrue();
    }

    @Test
    void ytd_is_the_sum_of_january_and_february() {
        caller.set(SeedKommun.chief("johan", KOMMUN));
        Figures january = service.table(KLS, new Period(2026, 1)).total();
        Figures february = service.table(KLS, FEBRUARY).total();
        assertThat(february.ytdActual())
                .isEqualByComparingTo(january.monthActual().add(february.monthActual()));
        assertThat(february.ytdBudget())
                .isEqualByComparingTo(january.monthBudget().add(february.monthBudget()));
        assertThat(february.annualBudget()).isEqualByComparingTo(january.annualBudget());
    }

    @Test
    void the_kommun_level_lists_its_offices_and_counts_every_unit_once() {
        caller.set(SeedKommun.chief("johan", KOMMUN));
        FollowUpTable table = service.table(KOMMUN, FEBRUARY);

        assertThat(table.rows()).extracting(r -> r.unit().code()).containsExactly(KLS, SBF);
        assertThat(table.rows()).allMatch(FollowUpRow::inTotal).allMatch(FollowUpRow::hasChildren);
        BigDecimal rows =
                table.rows().stream().map(r -> r.figures().ytdActual()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(table.total().ytdActual()).isEqualByComparingTo(rows);
    }

    @Test
    void a_unit_chief_gets_their_one_line_and_no_total() {
        caller.set(SeedKommun.chief("eva", OVERFORMYNDAR));
        FollowUpTable table = service.myTable(FEBRUARY);

        assertThat(table.rows())
                .extracting(r -> printed(r.unit().name(), r.figures()))
                .containsExactly("Överförmyndarvht|137|409|−272|298,2 %|2 580|393|445|−52|113,2 %");
        assertThat(table.total()).isNull();
        assertThat(figures.requestedUnits).allMatch(units -> units.equals(java.util.Set.of(OVERFORMYNDAR)));
    }

    @Test
    void a_unit_chief_asking_for_kls_or_another_unit_is_refused() {
        caller.set(SeedKommun.chief("eva", OVERFORMYNDAR));
        assertThatThrownBy(() -> service.table(KLS, FEBRUARY)).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> service.unitDetail(IT, FEBRUARY)).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> service.pathTo(IT)).isInstanceOf(OutOfScopeException.class);
        assertThat(figures.requestedUnits).isEmpty();
    }

    @Test
    void a_ks_politician_gets_the_kls_table_with_its_total() {
        caller.set(SeedKommun.politician("anna", KS));
        FollowUpTable table = service.myTable(FEBRUARY);
        assertThat(table.node().code()).isEqualTo(KLS);
        assertThat(table.rows()).hasSize(10);
        assertThat(printed("", table.total()).substring(1)).isEqualTo(SEED_TOTAL);
        assertThatThrownBy(() -> service.table(KOMMUN, FEBRUARY)).isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void the_unit_detail_has_twelve_months_with_cumulative_sums_and_the_accounts() {
        caller.set(SeedKommun.chief("eva", OVERFORMYNDAR));
        UnitDetail detail = service.unitDetail(OVERFORMYNDAR, FEBRUARY);

        assertThat(detail.months()).hasSize(12);
        assertThat(detail.months().get(1).actual()).isEqualByComparingTo("409283");
        assertThat(detail.months().get(1).cumulativeActual()).isEqualByComparingTo("444829");
        assertThat(detail.months().get(11).cumulativeBudget()).isEqualByComparingTo("2580186");
        // March has no actuals imported yet: no actual and no deviation, not 0 and the whole budget as deviation.
        assertThat(detail.months().get(2).actual()).isNull();
        assertThat(detail.months().get(2).deviation()).isNull();
        assertThat(detail.months().get(11).cumulativeDeviation()).isNull();
        assertThat(detail.months().get(2).budget()).isPositive();
        assertThat(detail.accounts()).extracting(a -> a.account().code()).containsExactly("3510", "5011");
        assertThat(detail.accounts().stream()
                        .map(a -> a.figures().ytdActual())
                        .reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("444829");
        assertThat(detail.path()).extracting(u -> u.code()).containsExactly(OVERFORMYNDAR);
    }

    @Test
    void the_overview_offers_nodes_in_scope_and_the_latest_period_with_actuals() {
        caller.set(SeedKommun.chief("johan", KOMMUN));
        FollowUpOverview overview = service.overview();
        assertThat(overview.defaultPeriod()).isEqualTo(FEBRUARY);
        assertThat(overview.defaultNode()).isEqualTo(KOMMUN);
        assertThat(overview.nodes())
                .extracting(FollowUpOverview.NodeOption::code)
                .containsExactly(KOMMUN, KLS, SBF);
        assertThat(overview.periods()).first().isEqualTo(new Period(2026, 12));
        assertThat(overview.periods()).last().isEqualTo(new Period(2026, 1));

        caller.set(SeedKommun.chief("eva", OVERFORMYNDAR));
        assertThat(service.overview().nodes())
                .extracting(FollowUpOverview.NodeOption::code)
                .containsExactly(OVERFORMYNDAR);
    }
}
