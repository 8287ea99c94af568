package se.ekonomiuppfoljning.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.common.SwedishFormat;
import se.ekonomiuppfoljning.followup.FollowUpRow;
import se.ekonomiuppfoljning.followup.FollowUpTable;
import se.ekonomiuppfoljning.followup.MonthFigures;

/**
 * The tjänsteskrivelse's two charts: the cumulative budget and actual of the node's frame month by month, and the
 * deviation to date per listed unit (at most {@value #MAX_BARS} bars).
 */
final class DeviationCharts {

    /** The deviation chart shows at most this many units: those with the largest deviations, in table order. */
    static final int MAX_BARS = 20;

    private final TemplateTexts texts;
    private final Period period;

    DeviationCharts(TemplateTexts texts, Period period) {
        this.texts = texts;
        this.period = period;
    }

    /** The budget summed over the whole year; the actuals up to the period only. */
    Block.LineChart cumulativeChart(List<MonthFigures> months) {
        BigDecimal[] budget = new BigDecimal[12];
        BigDecimal[] actual = new BigDecimal[12];
        for (MonthFigures m : months) {
            budget[m.month() - 1] = m.budget();
            actual[m.month() - 1] = m.actual();
        }
        List<String> labels = new ArrayList<>();
        List<@Nullable BigDecimal> cumulativeBudget = new ArrayList<>();
        List<@Nullable BigDecimal> cumulativeActual = new ArrayList<>();
        BigDecimal b = BigDecimal.ZERO;
        BigDecimal a = BigDecimal.ZERO;
        for (int month = 1; month <= 12; month++) {
            labels.add(PhraseValues.shortMonthName(new Period(period.year(), month)));
            b = b.add(budget[month - 1] == null ? BigDecimal.ZERO : budget[month - 1]);
            a = a.add(actual[month - 1] == null ? BigDecimal.ZERO : actual[month - 1]);
            cumulativeBudget.add(b);
            cumulativeActual.add(month <= period.month() ? a : null);
        }
        return new Block.LineChart(
                texts.text("chart.cumulative.title"),
                texts.text("chart.cumulative.description"),
                labels,
                List.of(
                        new Block.Series(texts.text("chart.cumulative.budget"), cumulativeBudget),
                        new Block.Series(texts.text("chart.cumulative.actual"), cumulativeActual)));
    }

    /** A bar per listed unit; above {@value #MAX_BARS} the largest deviations, and the description says so. */
    Block.BarChart deviationChart(FollowUpTable table) {
        List<FollowUpRow> shown = largestDeviations(table.rows());
        String description = texts.text("chart.deviation.description");
        if (shown.size() < table.rows().size()) {
            description = description + " "
                    + texts.text(
                            "chart.deviation.limited",
                            Map.of(
                                    Placeholder.COUNT.token(),
                                    Integer.toString(MAX_BARS),
                                    Placeholder.OF.token(),
                                    Integer.toString(table.rows().size())));
        }
        List<Block.Bar> bars = new ArrayList<>();
        for (FollowUpRow row : shown) {
            bars.add(new Block.Bar(
                    SummaryTables.listedName(row),
                    row.figures().ytdDeviation(),
                    SwedishFormat.tkr(row.figures().ytdDeviation())));
        }
        return new Block.BarChart(texts.text("chart.deviation.title"), description, bars);
    }

    /** The rows with the {@value #MAX_BARS} largest deviations to date (by size), in the rows' order. */
    static List<FollowUpRow> largestDeviations(List<FollowUpRow> rows) {
        if (rows.size() <= MAX_BARS) {
            return rows;
        }
        Set<Integer> largest = new HashSet<>(IntStream.range(0, rows.size())
                .boxed()
                .sorted(Comparator.comparing((Integer i) ->
                                rows.get(i).figures().ytdDeviation().abs())
                        .reversed())
                .limit(MAX_BARS)
                .toList());
        return IntStream.range(0, rows.size())
                .filter(largest::contains)
                .mapToObj(rows::get)
                .toList();
    }
}
