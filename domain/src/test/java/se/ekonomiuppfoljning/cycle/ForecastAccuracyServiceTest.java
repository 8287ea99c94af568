package se.ekonomiuppfoljning.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.ekonomiuppfoljning.testdata.SeedKommun.IT;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KLS;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KOMMUN;
import static se.ekonomiuppfoljning.testdata.SeedKommun.OVERFORMYNDAR;
import static se.ekonomiuppfoljning.testdata.SeedKommun.TIA;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.cycle.ForecastAccuracyRow.MonthForecast;
import se.ekonomiuppfoljning.followup.AmountLine;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.OutOfScopeException;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.testdata.FixedOrganisation;
import se.ekonomiuppfoljning.testdata.InMemoryFigures;
import se.ekonomiuppfoljning.testdata.InMemoryUnitReports;
import se.ekonomiuppfoljning.testdata.SeedKommun;

class ForecastAccuracyServiceTest {

    static final UserAccount KOMMUNDIREKTOR = SeedKommun.chief("johan", KOMMUN);
    static final UserAccount EVA = SeedKommun.chief("eva", OVERFORMYNDAR);

    private final InMemoryFigures figures = new InMemoryFigures();
    private final InMemoryUnitReports reports = new InMemoryUnitReports();
    private final AtomicReference<UserAccount> caller = new AtomicReference<>(KOMMUNDIREKTOR);
    private final ForecastAccuracyService service = new ForecastAccuracyService(
            new FixedOrganisation(SeedKommun.organisation()), figures, reports, caller::get);

    /** 2025 for IT and TIA: a budget of 100 000 kr a month; IT spends 110 000, TIA 90 000, over the given months. */
    private void year2025(int monthsWithActuals) {
        List<AmountLine> budget = new ArrayList<>();
        List<AmountLine> actuals = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            Period period = new Period(2025, month);
            budget.add(new AmountLine(IT, "5011", period, new BigDecimal("100000")));
            budget.add(new AmountLine(TIA, "5011", period, new BigDecimal("100000")));
            if (month <= monthsWithActuals) {
                actuals.add(new AmountLine(IT, "5011", period, new BigDecimal("110000")));
                actuals.add(new AmountLine(TIA, "5011", period, new BigDecimal("90000")));
            }
        }
        figures.saveBudget(budget);
        figures.saveActuals(actuals);
    }

    private void forecast(UnitCode unit, int month, String kronor) {
        reports.insert(new UnitReport(
                unit,
                new Period(2025, month),
                ReportState.APPROVED,
                FollowUpStatus.ENLIGT_PLAN,
                "",
                "",
                new BigDecimal(kronor),
                "",
                "johan",
                Instant.EPOCH,
                1));
    }

    @Test
    void each_months_forecast_of_a_unit_is_compared_with_the_years_outcome_own_or_proposed() {
        year2025(12);
        forecast(IT, 1, "1250000");

        ForecastAccuracy accuracy = service.accuracy(IT, 2025);

        assertThat(accuracy.outcomeFinal()).isTrue();
        assertThat(accuracy.months()).hasSize(12);
        assertThat(accuracy.total()).isNull();
        ForecastAccuracyRow it = accuracy.rows().get(0);
        assertThat(it.outcome()).isEqualByComparingTo("1320000");
        assertThat(it.annualBudget()).isEqualByComparingTo("1200000");
        MonthForecast january = it.forecasts().get(0);
        assertThat(january.forecast()).isEqualByComparingTo("1250000");
        assertThat(january.allOwn()).isTrue();
        assertThat(january.deviationFrom(it.outcome())).isEqualByComparingTo("-70000");
        // February has no saved forecast: the proposal, 220 000 spent + 1 000 000 budget left.
        MonthForecast february = it.forecasts().get(1);
        assertThat(february.forecast()).isEqualByComparingTo("1220000");
        assertThat(february.ownForecasts()).isZero();
        // December's proposal is the outcome itself.
        assertThat(it.forecasts().get(11).deviationFrom(it.outcome())).isEqualByComparingTo("0");
    }

    @Test
    void the_nodes_total_sums_the_units_in_its_frame_and_leaves_out_tia_which_reports_to_tn() {
        year2025(12);
        forecast(IT, 6, "1300000");
        forecast(TIA, 6, "1000000");

        ForecastAccuracy accuracy = service.accuracy(KLS, 2025);

        ForecastAccuracyRow tia = accuracy.rows().stream()
                .filter(r -> r.unit() != null && r.unit().code().equals(TIA))
                .findFirst()
                .orElseThrow();
        assertThat(tia.inTotal()).isFalse();
        ForecastAccuracyRow total = accuracy.totalRow().orElseThrow();
        assertThat(total.name()).isEqualTo("Totalt KLS");
        // Only IT has figures among the units in KS's frame.
        assertThat(total.outcome()).isEqualByComparingTo("1320000");
        MonthForecast june = total.forecasts().get(5);
        assertThat(june.forecast()).isEqualByComparingTo("1300000");
        assertThat(june.ownForecasts()).isEqualTo(1);
        assertThat(june.forecastsSummed()).isEqualTo(accuracy.rows().size() - 1);
        // IT: proposals 1 200 000 + 10 000·m, that is 120 000 − 10 000·m below the outcome, except June's own
        // 1 300 000 (20 000 below).
        ForecastAccuracyRow it = accuracy.rows().stream()
                .filter(r -> r.unit() != null && r.unit().code().equals(IT))
                .findFirst()
                .orElseThrow();
        // (660 000 − 60 000 + 20 000) / 12
        assertThat(it.meanAbsoluteDeviation().orElseThrow().setScale(2, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo("51666.67");
    }

    @Test
    void before_december_the_outcome_is_to_date_and_marked_preliminary() {
        year2025(3);

        ForecastAccuracy accuracy = service.accuracy(IT, 2025);

        assertThat(accuracy.outcomeFinal()).isFalse();
        assertThat(accuracy.lastActualPeriod()).isEqualTo(new Period(2025, 3));
        assertThat(accuracy.months()).hasSize(3);
        assertThat(accuracy.rows().get(0).outcome()).isEqualByComparingTo("330000");
    }

    @Test
    void before_december_each_earlier_forecast_is_compared_with_the_latest_not_with_the_outcome_to_date() {
        year2025(3);
        forecast(IT, 1, "1250000");

        ForecastAccuracy accuracy = service.accuracy(IT, 2025);
        ForecastAccuracyRow it = accuracy.rows().get(0);

        // Proposals: February 220 000 + 1 000 000, March 330 000 + 900 000 = 1 230 000, the latest forecast.
        assertThat(accuracy.reference(it)).isEqualByComparingTo("1230000");
        // January 1 250 000 is 20 000 above it, February 10 000 below: a mean of 15 000, never against 330 000.
        assertThat(accuracy.meanDeviation(it).orElseThrow()).isEqualByComparingTo("15000");
    }

    @Test
    void with_one_month_of_a_running_year_there_is_no_mean_deviation() {
        year2025(1);

        ForecastAccuracy accuracy = service.accuracy(IT, 2025);

        assertThat(accuracy.meanDeviation(accuracy.rows().get(0))).isEmpty();
    }

    @Test
    void a_closed_year_is_compared_with_its_outcome() {
        year2025(12);
        forecast(IT, 1, "1250000");

        ForecastAccuracy accuracy = service.accuracy(IT, 2025);
        ForecastAccuracyRow it = accuracy.rows().get(0);

        assertThat(accuracy.reference(it)).isEqualByComparingTo("1320000");
        assertThat(accuracy.meanDeviation(it)).isEqualTo(it.meanAbsoluteDeviation());
    }

    @Test
    void the_page_opens_on_the_last_closed_year_and_on_the_running_year_while_none_is_closed() {
        assertThat(service.defaultYear()).isEmpty();
        year2025(2);
        assertThat(service.defaultYear()).contains(2025);

        List<AmountLine> actuals = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            actuals.add(new AmountLine(IT, "5011", new Period(2024, month), new BigDecimal("100000")));
        }
        figures.saveActuals(actuals);

        assertThat(service.years()).containsExactly(2025, 2024);
        assertThat(service.defaultYear()).contains(2024);
    }

    @Test
    void a_chief_reads_their_own_unit_and_is_refused_another_unit_and_the_staff() {
        year2025(12);
        caller.set(EVA);

        assertThat(service.accuracy(OVERFORMYNDAR, 2025).rows()).hasSize(1);
        assertThatThrownBy(() -> service.accuracy(IT, 2025)).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> service.accuracy(KLS, 2025)).isInstanceOf(OutOfScopeException.class);
    }
}
