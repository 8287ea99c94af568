package se.ekonomiuppfoljning.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SwedishFormatTest {

    private static BigDecimal kr(String value) {
        return new BigDecimal(value);
    }

    private static String pct(String actual, String budget) {
        return SwedishFormat.percent(Percentage.ofBudget(kr(actual), kr(budget), 1));
    }

    @Test
    void percentage_is_computed_from_kronor_not_from_rounded_tkr() {
        // Kommundirektör: 162/197 would give 82,2 %; the kronor give 82,4 % as in the seed.
        assertThat(pct("162147", "196898")).isEqualTo("82,4\u00A0%");
        assertThat(pct("162000", "197000")).isEqualTo("82,2\u00A0%");
    }

    @Test
    void deviation_is_rounded_once_from_kronor() {
        // Politisk verksamhet: 256 − 217 would print 39; budget − actual in kronor prints 40.
        BigDecimal budget = kr("256451");
        BigDecimal actual = kr("216869");
        assertThat(SwedishFormat.tkr(budget)).isEqualTo("256");
        assertThat(SwedishFormat.tkr(actual)).isEqualTo("217");
        assertThat(SwedishFormat.tkr(budget.subtract(actual))).isEqualTo("40");
    }

    @Test
    void zero_budget_and_zero_actual_print_zero_percent() {
        assertThat(pct("0", "0")).isEqualTo("0,0\u00A0%");
    }

    @Test
    void zero_budget_with_an_actual_has_no_percentage() {
        assertThat(pct("1500", "0")).isEqualTo("\u2013");
        assertThat(SwedishFormat.plainPercent(Percentage.ofBudget(kr("1500"), kr("0"), 1)))
                .isEqualTo("\u2013");
    }

    @Test
    void thousands_are_grouped_with_a_no_break_space_and_negatives_get_the_minus_sign() {
        assertThat(SwedishFormat.tkr(kr("52999369.00"))).isEqualTo("52\u00A0999");
        assertThat(SwedishFormat.tkr(kr("-272037.00"))).isEqualTo("\u2212272");
        assertThat(SwedishFormat.tkr(kr("1234567890"))).isEqualTo("1\u00A0234\u00A0568");
        assertThat(SwedishFormat.percent(Optional.of(kr("-1234.5")))).isEqualTo("\u22121\u00A0234,5\u00A0%");
    }

    @Test
    void half_a_tkr_rounds_away_from_zero_and_a_small_negative_prints_zero() {
        assertThat(SwedishFormat.tkr(kr("500"))).isEqualTo("1");
        assertThat(SwedishFormat.tkr(kr("499.99"))).isEqualTo("0");
        assertThat(SwedishFormat.tkr(kr("-500"))).isEqualTo("\u22121");
        assertThat(SwedishFormat.tkr(kr("-499.99"))).isEqualTo("0");
    }

    @Test
    void percentage_rounds_half_up_at_the_first_decimal() {
        assertThat(pct("98.75", "100")).isEqualTo("98,8\u00A0%");
        assertThat(pct("98.749", "100")).isEqualTo("98,7\u00A0%");
    }

    @Test
    void files_get_plain_numbers_with_a_hyphen_minus_and_no_grouping() {
        assertThat(SwedishFormat.plainTkr(kr("-272037"))).isEqualTo("-272");
        assertThat(SwedishFormat.plainTkr(kr("52999369"))).isEqualTo("52999");
        assertThat(SwedishFormat.plainPercent(Percentage.ofBudget(kr("162147"), kr("196898"), 1)))
                .isEqualTo("82,4");
    }
}
