package se.ekonomiuppfoljning.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.followup.Figures;
import se.ekonomiuppfoljning.followup.FollowUpRow;
import se.ekonomiuppfoljning.followup.FollowUpTable;
import se.ekonomiuppfoljning.organisation.Unit;
import se.ekonomiuppfoljning.organisation.UnitCode;

/** The parts the tjänsteskrivelse is composed of, each on its own (the whole document: the service's test). */
class TjansteskrivelsePartsTest {

    private static final Period MARCH = new Period(2026, 3);
    private final TemplateTexts texts = new TemplateTexts(ReportTemplate.defaults(), Map.of());

    @Test
    void the_deviation_chart_keeps_the_largest_deviations_in_the_tables_order() {
        // unit i deviates by i kronor: the 20 largest are units 5..24
        List<FollowUpRow> rows = IntStream.range(0, DeviationCharts.MAX_BARS + 5)
                .mapToObj(i -> row("U" + i, deviation(i), true))
                .toList();

        List<FollowUpRow> shown = DeviationCharts.largestDeviations(rows);

        assertThat(shown).hasSize(DeviationCharts.MAX_BARS).containsExactlyElementsOf(rows.subList(5, 25));
    }

    @Test
    void a_deviation_chart_within_the_limit_shows_every_unit_and_says_nothing_of_a_limit() {
        List<FollowUpRow> rows = List.of(row("A", deviation(1), true), row("B", deviation(-2), false));

        Block.BarChart chart =
                new DeviationCharts(texts, MARCH).deviationChart(new FollowUpTable(null, MARCH, rows, null));

        assertThat(chart.bars()).extracting(Block.Bar::label).containsExactly("A", "B" + SummaryTables.FOOTNOTE_MARK);
        assertThat(chart.description()).isEqualTo(texts.text("chart.deviation.description"));
    }

    @Test
    void a_deviation_chart_over_the_limit_says_how_many_units_of_how_many_it_shows() {
        List<FollowUpRow> rows = IntStream.range(0, DeviationCharts.MAX_BARS + 5)
                .mapToObj(i -> row("U" + i, deviation(i), true))
                .toList();

        Block.BarChart chart =
                new DeviationCharts(texts, MARCH).deviationChart(new FollowUpTable(null, MARCH, rows, null));

        assertThat(chart.bars()).hasSize(DeviationCharts.MAX_BARS);
        assertThat(chart.description())
                .startsWith(texts.text("chart.deviation.description") + " ")
                .contains("20")
                .contains("25");
    }

    @Test
    void only_march_august_and_december_have_a_forecast() {
        assertThat(IntStream.rangeClosed(1, 12).filter(m -> ForecastTable.hasForecast(new Period(2026, m))))
                .containsExactly(3, 8, 12);
    }

    @Test
    void a_proposed_forecast_is_marked_with_an_asterisk_and_a_forecast_over_the_budget_is_negative() {
        Figures figures = new Figures(
                BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("100000.00"), BigDecimal.ZERO, BigDecimal.ZERO);

        Block.Row row = ForecastTable.forecastRow("A", figures, new BigDecimal("150000.00"), true, false);

        assertThat(row.cells()).hasSize(4);
        assertThat(row.cells().get(2)).endsWith(" *");
        assertThat(row.negative()).containsExactly(false, false, false, true);
    }

    @Test
    void the_year_end_forecast_row_adds_the_outcome_and_its_deviation() {
        Figures figures = new Figures(
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                new BigDecimal("100000.00"),
                BigDecimal.ZERO,
                new BigDecimal("90000.00"));

        Block.Row row = ForecastTable.forecastRow("A", figures, new BigDecimal("90000.00"), false, true);

        assertThat(row.cells()).hasSize(7);
        assertThat(row.cells().get(2)).doesNotEndWith(" *");
        assertThat(row.negative()).containsExactly(false, false, false, false, false, false, false);
    }

    @Test
    void a_table_without_a_total_is_summed_from_its_rows() {
        FollowUpTable table = new FollowUpTable(
                null, MARCH, List.of(row("A", deviation(1), true), row("B", deviation(2), false)), null);

        assertThat(SummaryTables.summaryFigures(table).ytdDeviation()).isEqualByComparingTo("3");
    }

    @Test
    void a_unit_outside_the_total_is_marked_in_the_summary_table() {
        Block.Table table = new SummaryTables(texts)
                .unitTable(new FollowUpTable(
                        null,
                        MARCH,
                        List.of(row("A", deviation(1), true), row("B", deviation(2), false)),
                        deviation(1)));

        assertThat(table.rows())
                .extracting(r -> r.cells().get(0))
                .containsExactly("A", "B" + SummaryTables.FOOTNOTE_MARK);
        assertThat(table.footnotes()).hasSize(1);
        assertThat(table.total()).isNotNull();
    }

    @Test
    void a_phrases_own_values_win_over_the_documents() {
        ReportTemplate template = ReportTemplate.read(
                new ByteArrayInputStream("greeting={enhet} {antal}\n".getBytes(StandardCharsets.UTF_8)));
        TemplateTexts own = new TemplateTexts(template, Map.of("enhet", "kls", "antal", "1"));

        assertThat(own.text("greeting", Map.of("antal", "2"))).isEqualTo("kls 2");
        assertThat(own.text("greeting")).isEqualTo("kls 1");
    }

    @Test
    void a_name_reads_in_lower_case_inside_a_sentence_but_an_abbreviation_stays() {
        assertThat(PhraseValues.inText("Kommunledningsstaben")).isEqualTo("kommunledningsstaben");
        assertThat(PhraseValues.inText("KLS")).isEqualTo("KLS");
        assertThat(PhraseValues.shortMonthName(MARCH)).isEqualTo("mars");
        assertThat(PhraseValues.monthName(new Period(2026, 2))).isEqualTo("februari");
    }

    /** Figures whose deviation to date is {@code kronor} (budget {@code kronor}, nothing spent). */
    private static Figures deviation(int kronor) {
        BigDecimal amount = BigDecimal.valueOf(kronor);
        return new Figures(BigDecimal.ZERO, BigDecimal.ZERO, amount, amount, BigDecimal.ZERO);
    }

    private static FollowUpRow row(String name, Figures figures, boolean inTotal) {
        return new FollowUpRow(new Unit(UnitCode.of(name), name, null, null, null, 0), figures, inTotal, false, null);
    }
}
