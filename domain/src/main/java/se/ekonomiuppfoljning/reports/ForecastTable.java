package se.ekonomiuppfoljning.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.ekonomiuppfoljning.common.Percentage;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.common.SwedishFormat;
import se.ekonomiuppfoljning.cycle.UnitsCycle;
import se.ekonomiuppfoljning.cycle.UnitsCycleService;
import se.ekonomiuppfoljning.followup.Figures;
import se.ekonomiuppfoljning.followup.FollowUpRow;
import se.ekonomiuppfoljning.followup.FollowUpTable;

/**
 * The helårsprognos section of the reports that go to kommunfullmäktige ({@link #FORECAST_MONTHS}): per listed
 * row the sum of its units' forecasts (each its own, else the proposal; marked with an asterisk where any is a
 * proposal), with the prognosavvikelse, and the total over the units in the node's frame, as the units' cycle sums
 * them; in December also the year's outcome and its deviation from the annual budget.
 */
final class ForecastTable {

    /** The months whose report goes to kommunfullmäktige with the helårsprognos (March, August, December). */
    static final Set<Integer> FORECAST_MONTHS = Set.of(3, 8, 12);

    private final TemplateTexts texts;
    private final Period period;

    ForecastTable(TemplateTexts texts, Period period) {
        this.texts = texts;
        this.period = period;
    }

    /** Whether the period's report has a forecast section. */
    static boolean hasForecast(Period period) {
        return FORECAST_MONTHS.contains(period.month());
    }

    /**
     * @param cycle the units' months under each row and the total, as {@code UnitsCycleService} sums them: a unit's
     *              own forecast where saved, else the proposal; a node's row the sum of its units'
     */
    Tjansteskrivelse.Forecast forecast(FollowUpTable table, UnitsCycleService.TableCycle cycle) {
        boolean yearEnd = period.month() == 12;
        List<Block.Column> columns = new ArrayList<>();
        columns.add(new Block.Column(texts.text("table.unit"), false, 2.6f));
        List<String> keys =
                new ArrayList<>(List.of("forecast.annualBudget", "forecast.forecast", "forecast.deviation"));
        if (yearEnd) {
            keys.addAll(List.of("forecast.outcome", "forecast.outcomeDeviation", "forecast.outcomePercent"));
        }
        keys.forEach(key -> columns.add(new Block.Column(texts.text(key), true, 1f)));
        List<Block.Row> rows = new ArrayList<>();
        boolean anyProposal = false;
        for (FollowUpRow row : table.rows()) {
            UnitsCycle units = cycle.row(row.unit().code());
            anyProposal |= units.anyProposal();
            rows.add(forecastRow(
                    SummaryTables.listedName(row), row.figures(), units.forecast(), units.anyProposal(), yearEnd));
        }
        UnitsCycle totalCycle = cycle.total();
        Block.Row total = table.total() == null
                ? null
                : forecastRow(
                        texts.text("table.total"),
                        table.total(),
                        totalCycle == null ? BigDecimal.ZERO : totalCycle.forecast(),
                        false,
                        yearEnd);
        List<String> notes = new ArrayList<>();
        if (anyProposal) {
            notes.add(texts.text("forecast.proposalNote"));
        }
        return new Tjansteskrivelse.Forecast(
                texts.text("forecast.heading"),
                texts.text(yearEnd ? "forecast.text.yearEnd" : "forecast.text"),
                new Block.Table(
                        texts.text(yearEnd ? "forecast.caption.yearEnd" : "forecast.caption"),
                        columns,
                        rows,
                        total,
                        notes));
    }

    /** A unit's (or the total's) row: budget, forecast (a proposal with " *"), deviation; at year end the outcome. */
    static Block.Row forecastRow(String name, Figures figures, BigDecimal forecast, boolean proposal, boolean yearEnd) {
        BigDecimal deviation = figures.annualBudget().subtract(forecast);
        List<String> cells = new ArrayList<>(List.of(
                name,
                SwedishFormat.tkr(figures.annualBudget()),
                SwedishFormat.tkr(forecast) + (proposal ? " *" : ""),
                SwedishFormat.tkr(deviation)));
        List<Boolean> negative = new ArrayList<>(
                List.of(false, false, false, SwedishFormat.toTkr(deviation).signum() < 0));
        if (yearEnd) {
            BigDecimal outcomeDeviation = figures.annualBudget().subtract(figures.ytdActual());
            cells.addAll(List.of(
                    SwedishFormat.tkr(figures.ytdActual()),
                    SwedishFormat.tkr(outcomeDeviation),
                    SwedishFormat.percent(Percentage.ofBudget(figures.ytdActual(), figures.annualBudget(), 1))));
            negative.addAll(List.of(false, SwedishFormat.toTkr(outcomeDeviation).signum() < 0, false));
        }
        return new Block.Row(cells, negative);
    }
}
