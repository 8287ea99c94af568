package se.ekonomiuppfoljning.cycle;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.ekonomiuppfoljning.testdata.SeedKommun.IT;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KLS;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KOMMUN;
import static se.ekonomiuppfoljning.testdata.SeedKommun.OVERFORMYNDAR;
import static se.ekonomiuppfoljning.testdata.SeedKommun.SBF;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.followup.FollowUpCsv;
import se.ekonomiuppfoljning.followup.FollowUpService;
import se.ekonomiuppfoljning.followup.FollowUpTable;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.OutOfScopeException;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.testdata.FixedOrganisation;
import se.ekonomiuppfoljning.testdata.InMemoryFigures;
import se.ekonomiuppfoljning.testdata.InMemoryUnitReports;
import se.ekonomiuppfoljning.testdata.SeedKommun;

class UnitsCycleServiceTest {

    static final Period FEBRUARY = new Period(2026, 2);
    static final UserAccount KOMMUNDIREKTOR = SeedKommun.chief("johan", KOMMUN);

    private final InMemoryFigures figures = new InMemoryFigures();
    private final InMemoryUnitReports reports = new InMemoryUnitReports();
    private final AtomicReference<UserAccount> caller = new AtomicReference<>(KOMMUNDIREKTOR);
    private final UnitsCycleService service =
            new UnitsCycleService(new FixedOrganisation(SeedKommun.organisation()), figures, reports, caller::get);

    @BeforeEach
    void seed() {
        figures.saveBudget(SeedKommun.budget());
        figures.saveActuals(SeedKommun.actuals());
    }

    private void month(UnitCode unit, ReportState state, @Nullable String forecast) {
        reports.insert(new UnitReport(
                unit,
                FEBRUARY,
                state,
                FollowUpStatus.ENLIGT_PLAN,
                "",
                "",
                forecast == null ? null : new BigDecimal(forecast),
                "",
                "eva",
                Instant.EPOCH,
                1));
    }

    @Test
    void a_node_without_saved_forecasts_sums_its_units_proposals_and_says_all_are_proposals() {
        UnitsCycle kls = service.of(List.of(KLS), FEBRUARY).get(KLS);

        // Σ over KLS's ten units of YTD actual + annual budget − YTD budget, the seed's 70 702 tkr.
        assertThat(kls.forecast()).isEqualByComparingTo("70702210");
        assertThat(kls.annualBudget()).isEqualByComparingTo("70922200");
        assertThat(kls.forecastDeviation()).isEqualByComparingTo("219990");
        assertThat(kls.units()).isEqualTo(10);
        assertThat(kls.ownForecasts()).isZero();
        assertThat(kls.anyProposal()).isTrue();
    }

    @Test
    void a_units_own_forecast_changes_its_nodes_row_by_the_difference_to_its_proposal() {
        // Överförmyndarvht's proposal: 444 829 + 2 580 186 − 393 052 = 2 631 963.
        month(OVERFORMYNDAR, ReportState.DRAFT, "2700000");

        Map<UnitCode, UnitsCycle> rows = service.of(List.of(KLS, OVERFORMYNDAR), FEBRUARY);

        assertThat(rows.get(OVERFORMYNDAR).forecast()).isEqualByComparingTo("2700000");
        assertThat(rows.get(OVERFORMYNDAR).anyProposal()).isFalse();
        assertThat(rows.get(KLS).forecast()).isEqualByComparingTo("70770247");
        assertThat(rows.get(KLS).ownForecasts()).isEqualTo(1);
        assertThat(rows.get(KLS).anyProposal()).isTrue();
    }

    @Test
    void a_nodes_row_counts_its_units_months_that_are_ready_and_approved_not_the_nodes_own() {
        month(KLS, ReportState.APPROVED, null);
        month(OVERFORMYNDAR, ReportState.READY, null);
        month(IT, ReportState.APPROVED, "9000000");
        month(SeedKommun.TIA, ReportState.DRAFT, null);

        UnitsCycle kls = service.of(List.of(KLS), FEBRUARY).get(KLS);

        assertThat(kls.units()).isEqualTo(10);
        assertThat(kls.ready()).isEqualTo(2);
        assertThat(kls.approved()).isEqualTo(1);
    }

    @Test
    void the_kommun_level_sums_every_unit_below_each_node_and_rows_add_up() {
        month(IT, ReportState.READY, "9000000");

        Map<UnitCode, UnitsCycle> rows = service.of(List.of(KLS, SBF, KOMMUN), FEBRUARY);

        assertThat(rows.keySet()).containsExactly(KLS, SBF, KOMMUN);
        assertThat(rows.get(KLS).plus(rows.get(SBF))).isEqualTo(rows.get(KOMMUN));
        assertThat(rows.get(KOMMUN).units()).isEqualTo(12);
    }

    @Test
    void a_chief_of_one_unit_cannot_read_the_cycle_of_the_node_above() {
        caller.set(SeedKommun.chief("eva", OVERFORMYNDAR));

        assertThatThrownBy(() -> service.of(List.of(KLS), FEBRUARY)).isInstanceOf(OutOfScopeException.class);
        assertThat(service.of(List.of(OVERFORMYNDAR), FEBRUARY)
                        .get(OVERFORMYNDAR)
                        .units())
                .isEqualTo(1);
    }

    @Test
    void the_tables_total_sums_the_units_in_the_frame_and_each_row_its_own_units() {
        month(OVERFORMYNDAR, ReportState.READY, "2700000");
        FollowUpTable table = new FollowUpService(
                        new FixedOrganisation(SeedKommun.organisation()),
                        figures,
                        caller::get,
                        Clock.fixed(Instant.parse("2026-03-10T08:00:00Z"), ZoneId.of("Europe/Stockholm")))
                .table(KLS, FEBRUARY);

        UnitsCycleService.TableCycle cycle = service.of(table);

        // TIA (1130) reports to TN: its proposal 2 702 825 + 17 922 831 − 2 667 124 is left out of KLS's total.
        assertThat(requireNonNull(cycle.total()).forecast()).isEqualByComparingTo("52811715");
        assertThat(requireNonNull(cycle.total()).units()).isEqualTo(9);
        assertThat(cycle.row(OVERFORMYNDAR).forecast()).isEqualByComparingTo("2700000");
        assertThat(cycle.rows()).hasSize(10);
    }

    @Test
    void the_follow_up_csv_adds_each_rows_forecast_after_its_last_column() {
        month(OVERFORMYNDAR, ReportState.READY, "2700000");
        FollowUpTable table = new FollowUpService(
                        new FixedOrganisation(SeedKommun.organisation()),
                        figures,
                        caller::get,
                        Clock.fixed(Instant.parse("2026-03-10T08:00:00Z"), ZoneId.of("Europe/Stockholm")))
                .table(KLS, FEBRUARY);

        String[] lines = FollowUpCsv.write(table, service.of(table).forCsv()).split("\r\n");

        assertThat(lines[0]).endsWith(";ingår i totalen;helårsprognos;prognosavvikelse;prognos delvis förslag;ansvar");
        assertThat(lines[6]).startsWith("Överförmyndarvht;137;409;-272;").endsWith(";ja;2700;-120;nej;1150");
        assertThat(lines[11]).startsWith("Totalt KLS;").endsWith(";;52812;188;ja;");
    }
}
