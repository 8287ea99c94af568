package se.ekonomiuppfoljning.ui.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.common.SwedishFormat;
import se.ekonomiuppfoljning.cycle.ForecastAccuracyRow;
import se.ekonomiuppfoljning.cycle.ForecastAccuracyRow.MonthForecast;

class ForecastChartTest {

    @Test
    void the_tick_step_is_one_two_two_and_a_half_or_five_times_a_power_of_ten() {
        assertThat(ForecastChart.step(0, 10)).isEqualTo(2.5);
        assertThat(ForecastChart.step(2400, 2700)).isEqualTo(100);
        assertThat(ForecastChart.step(-37, 512)).isEqualTo(200);
        assertThat(ForecastChart.step(0, 0.9)).isEqualTo(0.25);
        assertThat(ForecastChart.step(51_000, 56_000)).isEqualTo(2000);
        assertThat(ForecastChart.step(0, 7)).isEqualTo(2);
    }

    @Test
    void the_ticks_are_multiples_of_the_step_covering_the_values() {
        assertThat(ForecastChart.ticks(2437.3, 2698.1)).containsExactly(2400.0, 2500.0, 2600.0, 2700.0);
        assertThat(ForecastChart.ticks(-12, 30)).containsExactly(-20.0, 0.0, 20.0, 40.0);
    }

    @Test
    void the_outcome_line_ends_at_the_last_month_with_actuals_and_the_axis_labels_are_round() {
        List<MonthForecast> months = new ArrayList<>();
        for (int month = 1; month <= 2; month++) {
            months.add(new MonthForecast(new Period(2026, month), new BigDecimal("2540000"), 1, 1));
        }
        ForecastAccuracyRow row =
                new ForecastAccuracyRow("IT", null, true, new BigDecimal("2500000"), new BigDecimal("410000"), months);

        String svg = ForecastChart.svg(row, 2, Locale.forLanguageTag("sv"), "t", "f", "o", "b");

        // Months are 620 px wide over 12, starting at 80: the end of February is at 80 + 620·2/12.
        assertThat(svg).contains("id=\"outcome-line\" x1=\"80.0\"", "x2=\"183.3\"");
        // From 410 to 2 540 tkr: ticks every 1 000 tkr, from 0 to 3 000.
        assertThat(svg)
                .contains(">0<", ">" + SwedishFormat.tkr(new BigDecimal("1000000")) + "<")
                .contains(">" + SwedishFormat.tkr(new BigDecimal("3000000")) + "<");
    }
}
