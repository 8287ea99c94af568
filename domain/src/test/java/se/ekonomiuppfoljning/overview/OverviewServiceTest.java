package se.ekonomiuppfoljning.overview;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static se.ekonomiuppfoljning.testdata.SeedKommun.IT;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KLS;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KOMMUN;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KS;
import static se.ekonomiuppfoljning.testdata.SeedKommun.OVERFORMYNDAR;
import static se.ekonomiuppfoljning.testdata.SeedKommun.SBF;
import static se.ekonomiuppfoljning.testdata.SeedKommun.TIA;
import static se.ekonomiuppfoljning.testdata.SeedKommun.TN;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.actions.Action;
import se.ekonomiuppfoljning.actions.ActionService;
import se.ekonomiuppfoljning.actions.ActionStatus;
import se.ekonomiuppfoljning.actions.DecisionLevel;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.cycle.FollowUpStatus;
import se.ekonomiuppfoljning.cycle.ReportState;
import se.ekonomiuppfoljning.cycle.Thresholds;
import se.ekonomiuppfoljning.cycle.UnitReport;
import se.ekonomiuppfoljning.cycle.UnitsCycleService;
import se.ekonomiuppfoljning.followup.AmountLine;
import se.ekonomiuppfoljning.followup.FollowUpService;
import se.ekonomiuppfoljning.followup.FollowUpTable;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.testdata.FixedOrganisation;
import se.ekonomiuppfoljning.testdata.InMemoryActions;
import se.ekonomiuppfoljning.testdata.InMemoryAuditLog;
import se.ekonomiuppfoljning.testdata.InMemoryFigures;
import se.ekonomiuppfoljning.testdata.InMemoryThresholds;
import se.ekonomiuppfoljning.testdata.InMemoryUnitReports;
import se.ekonomiuppfoljning.testdata.SeedKommun;

class OverviewServiceTest {

    static final Period JANUARY = new Period(2026, 1);
    static final Period FEBRUARY = new Period(2026, 2);
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    /** 16 March 2026, the demo's day. */
    static final Instant NOW = Instant.parse("2026-03-16T08:00:00Z");

    static final UserAccount KOMMUNDIREKTOR = SeedKommun.chief("johan", KOMMUN);

    private final FixedOrganisation organisation = new FixedOrganisation(SeedKommun.organisation());
    private final InMemoryFigures figures = new InMemoryFigures();
    private final InMemoryUnitReports reports = new InMemoryUnitReports();
    private final InMemoryActions actions = new InMemoryActions();
    private final InMemoryThresholds thresholds = new InMemoryThresholds();
    private final AtomicReference<UserAccount> caller = new AtomicReference<>(KOMMUNDIREKTOR);
    private final Clock clock = Clock.fixed(NOW, STOCKHOLM);
    private final UnitsCycleService cycles = new UnitsCycleService(organisation, figures, reports, caller::get);
    private final FollowUpService followUp = new FollowUpService(organisation, figures, caller::get, clock);
    private final OverviewService service = new OverviewService(
            organisation,
            figures,
            cycles,
            new ActionService(organisation, figures, reports, actions, new InMemoryAuditLog(), caller::get, clock),
            thresholds,
            caller::get,
            clock);

    OverviewServiceTest() {
        figures.saveBudget(SeedKommun.budget());
        figures.saveActuals(SeedKommun.actuals());
    }

    private OverviewRow row(KommunOverview overview, UnitCode node) {
        return overview.rows().stream()
                .filter(r -> r.node().code().equals(node))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + node));
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

    private void action(UnitCode unit, LocalDate due, ActionStatus status) {
        actions.insert(new Action(
                0,
                unit,
                FEBRUARY,
                "Se över arvodena",
                "Fler ärenden",
                "Eva Ek",
                due,
                new BigDecimal("10000.00"),
                DecisionLevel.VERKSAMHETSNIVA,
                status,
                null,
                "eva",
                NOW,
                "eva",
                NOW,
                1));
    }

    @Test
    void the_kommundirektor_sees_the_kommun_and_each_forvaltning_in_tree_order_for_the_latest_period() {
        KommunOverview overview = service.overview();

        assertThat(overview.period()).isEqualTo(FEBRUARY);
        assertThat(overview.periods()).containsExactly(FEBRUARY, JANUARY);
        assertThat(overview.rows()).extracting(r -> r.node().code()).containsExactly(KOMMUN, KLS, SBF);
        assertThat(overview.rows()).extracting(OverviewRow::depth).containsExactly(0, 1, 1);
        assertThat(requireNonNull(row(overview, KLS).committee()).code()).isEqualTo(KS);
    }

    @Test
    void a_nodes_row_is_its_follow_up_tables_total_to_the_ore_leaving_out_units_of_another_committee() {
        OverviewRow kls = row(service.overview(FEBRUARY), KLS);

        // Totalt KLS without TIA-avdelningen: February 3 483 − 3 340 tkr, to date 6 960 − 6 703 tkr.
        assertThat(kls.figures().monthDeviation()).isEqualByComparingTo("143437");
        assertThat(kls.figures().ytdDeviation()).isEqualByComparingTo("255691");
        assertThat(kls.figures().annualBudget()).isEqualByComparingTo("52999369");
        assertThat(kls.unitsOutsideFrame()).extracting(u -> u.code()).containsExactly(TIA);
        FollowUpTable table = followUp.table(KLS, FEBRUARY);
        assertThat(kls.figures()).isEqualTo(table.total());
        assertThat(kls.cycle()).isEqualTo(cycles.of(table).total());
    }

    @Test
    void the_kommun_row_counts_every_unit_and_the_forvaltning_rows_their_own() {
        KommunOverview overview = service.overview(FEBRUARY);

        assertThat(row(overview, KOMMUN).figures().ytdDeviation()).isEqualByComparingTo("262042");
        assertThat(row(overview, KOMMUN).figures())
                .isEqualTo(followUp.table(KOMMUN, FEBRUARY).total());
        assertThat(row(overview, SBF).figures().monthDeviation()).isEqualByComparingTo("57410");
        assertThat(row(overview, SBF).figures().ytdDeviation()).isEqualByComparingTo("42052");
        assertThat(row(overview, KOMMUN).unitsOutsideFrame()).isEmpty();
    }

    @Test
    void the_forecast_without_saved_ones_is_the_sum_of_the_proposals_and_its_deviation_the_budget_left() {
        OverviewRow kls = row(service.overview(FEBRUARY), KLS);

        // Σ YTD actual + annual budget − YTD budget over KLS's nine units in the KS frame.
        assertThat(kls.forecast()).isEqualByComparingTo("52743678");
        assertThat(kls.forecastDeviation()).isEqualByComparingTo("255691");
        assertThat(kls.cycle().anyProposal()).isTrue();
    }

    @Test
    void a_row_is_within_the_frame_at_risk_or_over_it_by_the_kommuns_thresholds() {
        assertThat(service.overview(FEBRUARY).rows())
                .extracting(OverviewRow::status)
                .containsOnly(OverviewStatus.INOM_RAM);

        // 400 000 kr more in February on Kommundirektör: KLS to date −144 309 kr, past the 100 000 kr threshold;
        // the unit's own forecast holds its annual budget, so KLS's forecast stays within the frame.
        figures.saveActuals(
                List.of(new AmountLine(UnitCode.of("1100"), "5460", FEBRUARY, new BigDecimal("400000.00"))));
        month(UnitCode.of("1100"), ReportState.DRAFT, "3559748");
        OverviewRow kls = row(service.overview(FEBRUARY), KLS);
        assertThat(kls.figures().ytdDeviation()).isEqualByComparingTo("-144309");
        assertThat(kls.forecastDeviation()).isEqualByComparingTo("218348");
        assertThat(kls.status()).isEqualTo(OverviewStatus.RISK);

        // A higher kronor threshold and 5 % of 6 959 507 kr (347 975 kr) are not passed: within the frame again.
        thresholds.save(new Thresholds(new BigDecimal("150000.00"), new BigDecimal("5.00")));
        assertThat(row(service.overview(FEBRUARY), KLS).status()).isEqualTo(OverviewStatus.INOM_RAM);
        // 2 % of the budget to date (139 190 kr) is passed.
        thresholds.save(new Thresholds(new BigDecimal("150000.00"), new BigDecimal("2.00")));
        assertThat(row(service.overview(FEBRUARY), KLS).status()).isEqualTo(OverviewStatus.RISK);
    }

    @Test
    void a_forecast_over_the_annual_budget_puts_the_row_over_the_frame_whatever_the_deviation_to_date() {
        // Administrativa avdelningen forecasts 300 000 kr over its proposal (11 184 185 kr): KLS ends 44 309 kr over.
        month(UnitCode.of("1140"), ReportState.DRAFT, "11484185");

        KommunOverview overview = service.overview(FEBRUARY);

        assertThat(row(overview, KLS).forecastDeviation()).isEqualByComparingTo("-44309");
        assertThat(row(overview, KLS).figures().ytdDeviation()).isPositive();
        assertThat(row(overview, KLS).status()).isEqualTo(OverviewStatus.OVER_RAM);
        assertThat(row(overview, SBF).status()).isEqualTo(OverviewStatus.INOM_RAM);
    }

    @Test
    void the_trend_is_the_deviation_to_date_at_the_end_of_each_month_so_far() {
        OverviewRow sbf = row(service.overview(FEBRUARY), SBF);

        assertThat(sbf.trend()).extracting(TrendPoint::period).containsExactly(JANUARY, FEBRUARY);
        assertThat(sbf.trend().get(0).ytdDeviation()).isEqualByComparingTo("-15358");
        assertThat(sbf.trend().get(1).ytdDeviation()).isEqualByComparingTo("42052");
        assertThat(sbf.trend().get(0).ytdDeviation())
                .isEqualByComparingTo(
                        requireNonNull(followUp.table(SBF, JANUARY).total()).ytdDeviation());
    }

    @Test
    void a_chosen_period_gives_that_months_figures_and_a_trend_up_to_it() {
        OverviewRow kls = row(service.overview(JANUARY), KLS);

        assertThat(kls.figures().monthDeviation()).isEqualByComparingTo("112254");
        assertThat(kls.figures().ytdDeviation()).isEqualByComparingTo("112254");
        assertThat(kls.trend()).hasSize(1);
    }

    @Test
    void months_not_ready_count_the_units_whose_month_is_neither_ready_nor_approved() {
        month(OVERFORMYNDAR, ReportState.READY, null);
        month(IT, ReportState.APPROVED, null);
        month(UnitCode.of("1180"), ReportState.SENT_BACK, null);
        month(TIA, ReportState.READY, null);

        KommunOverview overview = service.overview(FEBRUARY);

        // KLS counts nine units (TIA is in TN's frame), two of them ready or approved.
        assertThat(row(overview, KLS).monthsNotReady()).isEqualTo(7);
        assertThat(row(overview, SBF).monthsNotReady()).isEqualTo(2);
        // The kommun: twelve units, three ready or approved.
        assertThat(row(overview, KOMMUN).monthsNotReady()).isEqualTo(9);
    }

    @Test
    void overdue_actions_count_open_actions_past_their_due_date_of_the_rows_units() {
        action(OVERFORMYNDAR, LocalDate.of(2026, 3, 1), ActionStatus.BESLUTAD);
        action(OVERFORMYNDAR, LocalDate.of(2026, 3, 15), ActionStatus.PAGAR);
        action(IT, LocalDate.of(2026, 6, 30), ActionStatus.BESLUTAD); // not yet due
        action(IT, LocalDate.of(2026, 2, 1), ActionStatus.GENOMFORD); // done
        action(TIA, LocalDate.of(2026, 2, 1), ActionStatus.BESLUTAD); // TN's frame

        KommunOverview overview = service.overview(FEBRUARY);

        assertThat(row(overview, KLS).overdueActions()).isEqualTo(2);
        assertThat(row(overview, SBF).overdueActions()).isZero();
        assertThat(row(overview, KOMMUN).overdueActions()).isEqualTo(3);
    }

    @Test
    void an_economist_of_one_forvaltning_sees_only_its_row() {
        caller.set(SeedKommun.economist("martin", KLS));

        KommunOverview overview = service.overview(FEBRUARY);

        assertThat(overview.rows()).extracting(r -> r.node().code()).containsExactly(KLS);
        assertThat(overview.rows().get(0).depth()).isZero();
    }

    @Test
    void a_politician_sees_the_forvaltningar_reporting_to_their_committee() {
        caller.set(SeedKommun.politician("lena", KS));
        assertThat(service.overview(FEBRUARY).rows())
                .extracting(r -> r.node().code())
                .containsExactly(KLS);

        // TN: Samhällsbyggnadsförvaltningen, and TIA-avdelningen, a unit without a row of its own.
        caller.set(SeedKommun.politician("tora", TN));
        KommunOverview tn = service.overview(FEBRUARY);
        assertThat(tn.rows()).extracting(r -> r.node().code()).containsExactly(SBF);
        assertThat(row(tn, SBF).figures().ytdDeviation()).isEqualByComparingTo("42052");
    }

    @Test
    void a_chief_of_one_unit_and_an_administrator_get_no_rows() {
        caller.set(SeedKommun.chief("eva", OVERFORMYNDAR));
        assertThat(service.overview(FEBRUARY).isEmpty()).isTrue();

        caller.set(SeedKommun.admin("rebecka"));
        assertThat(service.overview().isEmpty()).isTrue();
    }
}
