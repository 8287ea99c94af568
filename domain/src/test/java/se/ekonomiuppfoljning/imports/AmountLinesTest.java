package se.ekonomiuppfoljning.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.followup.AmountLine;
import se.ekonomiuppfoljning.organisation.UnitCode;

class AmountLinesTest {

    private static final UnitCode A = UnitCode.of("A");
    private static final UnitCode B = UnitCode.of("B");
    private static final Period JAN = new Period(2026, 1);
    private static final Period FEB = new Period(2026, 2);
    private static final BigDecimal HUGE = new BigDecimal("99999999999999999999.99");

    /** A 1930 Jan 1.50, A 5011 Feb -2.00, B 5011 Jan HUGE, B 5011 Feb 0.07. */
    private static AmountLines sample() {
        return AmountLines.of(
                List.of(A, B),
                List.of("1930", "5011"),
                List.of(JAN, FEB),
                new long[] {
                    AmountLines.key(0, 0, 0),
                    AmountLines.key(0, 1, 1),
                    AmountLines.key(1, 1, 0),
                    AmountLines.key(1, 1, 1)
                },
                new long[] {150, -200, 0, 7},
                Map.of(2, HUGE));
    }

    @Test
    void lines_come_out_as_amount_lines_in_kronor_with_two_decimals() {
        assertThat(sample())
                .containsExactly(
                        new AmountLine(A, "1930", JAN, new BigDecimal("1.50")),
                        new AmountLine(A, "5011", FEB, new BigDecimal("-2.00")),
                        new AmountLine(B, "5011", JAN, HUGE),
                        new AmountLine(B, "5011", FEB, new BigDecimal("0.07")));
        assertThat(sample()).isEqualTo(List.copyOf(sample()));
        assertThat(sample().inOre(2)).isFalse();
        assertThat(sample().ore(3)).isEqualTo(7);
    }

    @Test
    void sums_per_unit_are_exact_also_past_a_long_of_ore() {
        assertThat(sample().sumsByUnit())
                .containsExactly(
                        Map.entry(A, new BigDecimal("-0.50")),
                        Map.entry(B, new BigDecimal("100000000000000000000.06")));
    }

    @Test
    void sums_per_account_are_exact_also_past_a_long_of_ore() {
        // 5011: -2.00 + HUGE + 0.07
        assertThat(sample().sumsByAccount())
                .containsExactly(
                        Map.entry("1930", new BigDecimal("1.50")),
                        Map.entry("5011", new BigDecimal("99999999999999999998.06")));
    }

    @Test
    void keeping_some_accounts_renumbers_the_dictionaries_to_what_is_left() {
        AmountLines costs = sample().withAccounts(account -> account.startsWith("5"));
        assertThat(costs)
                .containsExactly(
                        new AmountLine(A, "5011", FEB, new BigDecimal("-2.00")),
                        new AmountLine(B, "5011", JAN, HUGE),
                        new AmountLine(B, "5011", FEB, new BigDecimal("0.07")));
        assertThat(costs.accountCodes()).containsExactly("5011");
        assertThat(costs.periods()).containsExactly(JAN, FEB);
        assertThat(sample().withAccounts(account -> account.startsWith("1")).unitCodes())
                .containsExactly(A);
        assertThat(sample().withAccounts(account -> false)).isEmpty();
    }

    @Test
    void a_copy_keeps_the_compact_list_and_copies_any_other() {
        AmountLines lines = sample();
        assertThat(AmountLines.copyOf(lines)).isSameAs(lines);
        List<AmountLine> plain = new java.util.ArrayList<>(lines);
        assertThat(AmountLines.copyOf(plain)).isNotSameAs(plain).isEqualTo(plain);
    }

    @Test
    void unsorted_duplicate_or_unused_entries_are_refused() {
        assertThatThrownBy(() -> AmountLines.of(
                        List.of(A),
                        List.of("5011"),
                        List.of(JAN),
                        new long[] {AmountLines.key(0, 0, 0), AmountLines.key(0, 0, 0)},
                        new long[2],
                        null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AmountLines.of(
                        List.of(B, A),
                        List.of("5011"),
                        List.of(JAN),
                        new long[] {AmountLines.key(0, 0, 0), AmountLines.key(1, 0, 0)},
                        new long[2],
                        null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AmountLines.of(
                        List.of(A, B),
                        List.of("5011"),
                        List.of(JAN),
                        new long[] {AmountLines.key(0, 0, 0)},
                        new long[1],
                        null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
