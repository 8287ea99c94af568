package se.ekonomiuppfoljning.persistence.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The figures' SQL texts, without a database: what each month's text sums and which units it lists. */
class FigureSqlTest {

    @Test
    void the_listed_per_unit_sums_name_the_units_in_both_halves_and_the_whole_year_ones_in_neither() {
        assertThat(FigureSql.byUnit(3, false))
                .containsSubsequence("unit_code IN (:units)", "UNION ALL", "unit_code IN (:units)");
        assertThat(FigureSql.byUnit(3, true)).doesNotContain(":units").contains("UNION ALL");
    }

    @Test
    void the_actuals_of_a_month_sum_its_column_and_those_from_january_to_it() {
        String march = FigureSql.byUnit(3, false);

        assertThat(march)
                .contains("COALESCE(SUM(m03), 0) AS month_sum")
                .contains("COALESCE(SUM(m01), 0) + COALESCE(SUM(m02), 0) + COALESCE(SUM(m03), 0) AS ytd_sum");
        assertThat(FigureSql.actualByAccount(12)).contains("COALESCE(SUM(f.m12), 0) AS month_sum");
    }

    @Test
    void every_month_has_its_own_text_and_every_sum_reads_the_primary_key() {
        assertThat(IntStream.rangeClosed(1, 12)
                        .mapToObj(m -> FigureSql.byUnit(m, false))
                        .distinct())
                .hasSize(12);
        IntStream.rangeClosed(1, 12).forEach(m -> {
            assertThat(FigureSql.byUnit(m, false)).contains("FORCE INDEX (PRIMARY)");
            assertThat(FigureSql.byUnit(m, true)).contains("FORCE INDEX (PRIMARY)");
            assertThat(FigureSql.actualByAccount(m)).contains("FORCE INDEX (PRIMARY)");
        });
        assertThat(FigureSql.BUDGET_BY_MONTH).contains("FORCE INDEX (PRIMARY)");
        assertThat(FigureSql.ACTUAL_BY_MONTH).contains("FORCE INDEX (PRIMARY)").contains("SUM(m12)");
    }
}
