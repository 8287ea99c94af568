package se.ekonomiuppfoljning.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.actions.Action;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.common.SwedishFormat;
import se.ekonomiuppfoljning.cycle.ForecastFigures;
import se.ekonomiuppfoljning.cycle.UnitReport;
import se.ekonomiuppfoljning.followup.DisplayedFigures;
import se.ekonomiuppfoljning.followup.Figures;
import se.ekonomiuppfoljning.followup.FollowUpRow;
import se.ekonomiuppfoljning.followup.FollowUpTable;
import se.ekonomiuppfoljning.followup.MonthFigures;
import se.ekonomiuppfoljning.organisation.Unit;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.reports.Tjansteskrivelse.FollowUpEntry;
import se.ekonomiuppfoljning.reports.Tjansteskrivelse.Section;

/**
 * Builds the content of a tjänsteskrivelse from what the service read (within the caller's scope): the follow-up
 * table, the months of the node's frame, the units' reports and the åtgärder to print. Every number goes through
 * {@link DisplayedFigures} or {@link SwedishFormat}; every phrase comes from the template.
 */
final class TjansteskrivelseBuilder {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final String FOOTNOTE_MARK = " \u00B9";
    /** The deviation chart shows at most this many units: those with the largest deviations, in table order. */
    static final int MAX_BARS = 20;

    /** The header fields after defaults: every one filled in. */
    record Details(
            String caseNumber,
            String title,
            String officer,
            String chief,
            LocalDate date,
            String proposal,
            String forKnowledge,
            String forAction) {}

    /** A unit's report to print, with the unit's name. */
    record UnitText(Unit unit, UnitReport report) {}

    /** An åtgärd to print, with its unit's name. */
    record ActionLine(Unit unit, Action action) {}

    private final ReportTemplate template;
    private final Unit node;
    private final Period period;
    private final Map<String, String> values = new LinkedHashMap<>();

    TjansteskrivelseBuilder(ReportTemplate template, Unit node, Period period, LocalDate date) {
        this.template = template;
        this.node = node;
        this.period = period;
        values.putAll(PhraseValues.of(node, period, date));
    }

    /** The defaults of the texts the handläggare may change. */
    String defaultTitle() {
        return text("title.default");
    }

    String defaultProposal() {
        return text("proposal.default");
    }

    String defaultRecipients() {
        return text("recipients.default");
    }

    /** The months whose report goes to kommunfullmäktige with the helårsprognos (March, August, December). */
    static final Set<Integer> FORECAST_MONTHS = Set.of(3, 8, 12);

    Tjansteskrivelse build(
            String kommun,
            Details details,
            FollowUpTable table,
            List<MonthFigures> frameMonths,
            List<UnitText> texts,
            List<ActionLine> actions) {
        return build(kommun, details, table, frameMonths, texts, actions, Map.of());
    }

    /**
     * @param savedForecasts the helårsprognos each unit saved for the period (its subtree's), by unit; a listed unit
     *                       without one gets the portal's proposal
     */
    Tjansteskrivelse build(
            String kommun,
            Details details,
            FollowUpTable table,
            List<MonthFigures> frameMonths,
            List<UnitText> texts,
            List<ActionLine> actions,
            Map<UnitCode, BigDecimal> savedForecasts) {
        Block.Fields header = new Block.Fields(
                null,
                List.of(
                        new Block.Field(text("header.date"), details.date().toString()),
                        new Block.Field(text("header.caseNumber"), details.caseNumber()),
                        new Block.Field(text("header.unit"), node.name()),
                        new Block.Field(text("header.chief"), details.chief()),
                        new Block.Field(text("header.officer"), details.officer())));
        Figures summary = summaryFigures(table);
        DisplayedFigures shown = DisplayedFigures.of(summary);
        Block.Fields figures = new Block.Fields(
                text("figures.caption"),
                List.of(
                        new Block.Field(text("figures.monthBudget"), shown.monthBudget()),
                        new Block.Field(text("figures.monthActual"), shown.monthActual()),
                        new Block.Field(text("figures.monthDeviation"), shown.monthDeviation(), shown.monthNegative()),
                        new Block.Field(text("figures.monthPercent"), shown.monthPercent()),
                        new Block.Field(text("figures.ytdBudget"), shown.ytdBudget()),
                        new Block.Field(text("figures.ytdActual"), shown.ytdActual()),
                        new Block.Field(text("figures.ytdDeviation"), shown.ytdDeviation(), shown.ytdNegative()),
                        new Block.Field(text("figures.ytdPercent"), shown.ytdPercent()),
                        new Block.Field(text("figures.annualBudget"), shown.annualBudget())));
        boolean withinFrame = !shown.ytdNegative();
        String frameSentence = withinFrame
                ? text("frame.within")
                : text(
                        "frame.over",
                        Map.of(
                                Placeholder.DEVIATION.token(),
                                SwedishFormat.tkr(summary.ytdDeviation().negate())));
        return new Tjansteskrivelse(
                node.code(),
                period,
                kommun,
                text("document.kind"),
                header,
                details.title(),
                new Section(text("proposal.heading"), details.proposal()),
                new Section(text("summary.heading"), text("summary.text")),
                figures,
                withinFrame,
                frameSentence,
                text("followup.heading"),
                followUp(texts),
                unitTable(table),
                cumulativeChart(frameMonths),
                deviationChart(table),
                FORECAST_MONTHS.contains(period.month()) ? forecast(table, savedForecasts) : null,
                text("actions.heading"),
                actionsTable(actions),
                text("actions.none"),
                List.of(
                        new Section(text("political.heading"), text("political.text")),
                        new Section(text("preparation.heading"), text("preparation.text")),
                        new Section(text("consequence.heading"), text("consequence.text"))),
                new Section(text("basis.heading"), text("basis.text")),
                text("recipients.heading"),
                List.of(
                        new Section(text("recipients.knowledge"), details.forKnowledge()),
                        new Section(text("recipients.action"), details.forAction())),
                text("document.page"),
                "tjansteskrivelse-" + fileSafe(node.code().value()) + "-" + period);
    }

    /** The node's total; a table without one (a single unit) sums its rows. */
    static Figures summaryFigures(FollowUpTable table) {
        if (table.total() != null) {
            return table.total();
        }
        Figures sum = Figures.ZERO;
        for (FollowUpRow row : table.rows()) {
            sum = sum.plus(row.figures());
        }
        return sum;
    }

    private List<FollowUpEntry> followUp(List<UnitText> texts) {
        List<FollowUpEntry> entries = new ArrayList<>();
        for (UnitText t : texts) {
            if (!t.report().followUpText().isBlank()) {
                entries.add(new FollowUpEntry(
                        t.unit().name(),
                        t.report().followUpStatus() == null
                                ? null
                                : t.report().followUpStatus().label(),
                        t.report().followUpText()));
            }
        }
        if (entries.isEmpty()) {
            entries.add(new FollowUpEntry(null, null, text("followup.default")));
        }
        return entries;
    }

    private Block.Table unitTable(FollowUpTable table) {
        List<Block.Column> columns = new ArrayList<>();
        columns.add(new Block.Column(text("table.unit"), false, 2.6f));
        for (String key : List.of(
                "table.monthBudget",
                "table.monthActual",
                "table.monthDeviation",
                "table.monthPercent",
                "table.annualBudget",
                "table.ytdBudget",
                "table.ytdActual",
                "table.ytdDeviation",
                "table.ytdPercent")) {
            columns.add(new Block.Column(text(key), true, 1f));
        }
        List<Block.Row> rows = new ArrayList<>();
        List<String> footnotes = new ArrayList<>();
        String totalLabel = text("table.total");
        for (FollowUpRow row : table.rows()) {
            rows.add(row(row.unit().name() + (row.inTotal() ? "" : FOOTNOTE_MARK), row.figures()));
            if (!row.inTotal()) {
                footnotes.add(text(
                        "table.footnote",
                        Map.of(
                                Placeholder.UNIT_NAME.token(),
                                row.unit().name(),
                                Placeholder.COMMITTEE.token(),
                                row.reportsTo() == null ? "" : row.reportsTo().name(),
                                Placeholder.TOTAL.token(),
                                totalLabel)));
            }
        }
        Block.Row total = table.total() == null ? null : row(totalLabel, table.total());
        return new Block.Table(
                text("table.caption"), columns, rows, total, table.total() == null ? List.of() : footnotes);
    }

    private static Block.Row row(String name, Figures figures) {
        DisplayedFigures shown = DisplayedFigures.of(figures);
        List<String> cells = new ArrayList<>();
        cells.add(name);
        cells.addAll(shown.cells());
        List<Boolean> negative = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            negative.add((i == 3 && shown.monthNegative()) || (i == 8 && shown.ytdNegative()));
        }
        return new Block.Row(cells, negative);
    }

    private Block.LineChart cumulativeChart(List<MonthFigures> months) {
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
            labels.add(shortMonthName(new Period(period.year(), month)));
            b = b.add(budget[month - 1] == null ? BigDecimal.ZERO : budget[month - 1]);
            a = a.add(actual[month - 1] == null ? BigDecimal.ZERO : actual[month - 1]);
            cumulativeBudget.add(b);
            cumulativeActual.add(month <= period.month() ? a : null);
        }
        return new Block.LineChart(
                text("chart.cumulative.title"),
                text("chart.cumulative.description"),
                labels,
                List.of(
                        new Block.Series(text("chart.cumulative.budget"), cumulativeBudget),
                        new Block.Series(text("chart.cumulative.actual"), cumulativeActual)));
    }

    private Block.BarChart deviationChart(FollowUpTable table) {
        List<FollowUpRow> shown = table.rows();
        String description = text("chart.deviation.description");
        if (shown.size() > MAX_BARS) {
            List<FollowUpRow> rows = shown;
            Set<Integer> largest = new HashSet<>(IntStream.range(0, rows.size())
                    .boxed()
                    .sorted(Comparator.comparing((Integer i) ->
                                    rows.get(i).figures().ytdDeviation().abs())
                            .reversed())
                    .limit(MAX_BARS)
                    .toList());
            shown = IntStream.range(0, rows.size())
                    .filter(largest::contains)
                    .mapToObj(rows::get)
                    .toList();
            description = description + " "
                    + text(
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
                    row.unit().name() + (row.inTotal() ? "" : FOOTNOTE_MARK),
                    row.figures().ytdDeviation(),
                    SwedishFormat.tkr(row.figures().ytdDeviation())));
        }
        return new Block.BarChart(text("chart.deviation.title"), description, bars);
    }

    /**
     * The helårsprognos per listed unit (its own forecast, else the proposal marked with an asterisk) with the
     * prognosavvikelse, and the total over the units in the node's frame; in December also the year's outcome and
     * its deviation from the annual budget.
     */
    private Tjansteskrivelse.Forecast forecast(FollowUpTable table, Map<UnitCode, BigDecimal> saved) {
        boolean yearEnd = period.month() == 12;
        List<Block.Column> columns = new ArrayList<>();
        columns.add(new Block.Column(text("table.unit"), false, 2.6f));
        List<String> keys =
                new ArrayList<>(List.of("forecast.annualBudget", "forecast.forecast", "forecast.deviation"));
        if (yearEnd) {
            keys.addAll(List.of("forecast.outcome", "forecast.outcomeDeviation", "forecast.outcomePercent"));
        }
        keys.forEach(key -> columns.add(new Block.Column(text(key), true, 1f)));
        List<Block.Row> rows = new ArrayList<>();
        BigDecimal totalForecast = BigDecimal.ZERO;
        boolean anyProposal = false;
        for (FollowUpRow row : table.rows()) {
            BigDecimal own = saved.get(row.unit().code());
            BigDecimal forecast = own == null ? ForecastFigures.proposal(row.figures()) : own;
            anyProposal |= own == null;
            if (row.inTotal()) {
                totalForecast = totalForecast.add(forecast);
            }
            rows.add(forecastRow(
                    row.unit().name() + (row.inTotal() ? "" : FOOTNOTE_MARK),
                    row.figures(),
                    forecast,
                    own == null,
                    yearEnd));
        }
        Block.Row total = table.total() == null
                ? null
                : forecastRow(text("table.total"), table.total(), totalForecast, false, yearEnd);
        List<String> notes = new ArrayList<>();
        if (anyProposal) {
            notes.add(text("forecast.proposalNote"));
        }
        return new Tjansteskrivelse.Forecast(
                text("forecast.heading"),
                text(yearEnd ? "forecast.text.yearEnd" : "forecast.text"),
                new Block.Table(
                        text(yearEnd ? "forecast.caption.yearEnd" : "forecast.caption"), columns, rows, total, notes));
    }

    private static Block.Row forecastRow(
            String name, Figures figures, BigDecimal forecast, boolean proposal, boolean yearEnd) {
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
                    SwedishFormat.percent(se.ekonomiuppfoljning.common.Percentage.ofBudget(
                            figures.ytdActual(), figures.annualBudget(), 1))));
            negative.addAll(List.of(false, SwedishFormat.toTkr(outcomeDeviation).signum() < 0, false));
        }
        return new Block.Row(cells, negative);
    }

    private Block.@Nullable Table actionsTable(List<ActionLine> actions) {
        if (actions.isEmpty()) {
            return null;
        }
        List<Block.Column> columns = List.of(
                new Block.Column(text("actions.unit"), false, 1.6f),
                new Block.Column(text("actions.what"), false, 3.4f),
                new Block.Column(text("actions.level"), false, 1.3f),
                new Block.Column(text("actions.status"), false, 1.1f),
                new Block.Column(text("actions.effect"), true, 1.1f));
        List<Block.Row> rows = actions.stream()
                .map(line -> Block.Row.of(List.of(
                        line.unit().name(),
                        line.action().what(),
                        line.action().decisionLevel().label(),
                        line.action().status().label(),
                        SwedishFormat.tkr(line.action().expectedEffect()))))
                .toList();
        return new Block.Table(text("actions.caption"), columns, rows, null, List.of());
    }

    private String text(String key) {
        return template.format(key, values);
    }

    private String text(String key, Map<String, String> more) {
        Map<String, String> all = new LinkedHashMap<>(values);
        all.putAll(more);
        return template.format(key, all);
    }

    /** "februari". */
    static String monthName(Period period) {
        return period.toYearMonth().format(DateTimeFormatter.ofPattern("LLLL", SWEDISH));
    }

    /** "feb". */
    static String shortMonthName(Period period) {
        return period.toYearMonth()
                .format(DateTimeFormatter.ofPattern("LLL", SWEDISH))
                .replace(".", "");
    }

    /**
     * A name as it reads inside a sentence: "Kommunledningsstaben" → "kommunledningsstaben"; an abbreviation
     * ("IT", "KLS") stays as it is.
     */
    static String inText(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && Character.isLowerCase(name.charAt(1))) {
            return Character.toLowerCase(name.charAt(0)) + name.substring(1);
        }
        return name;
    }

    private static String fileSafe(String code) {
        return code.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
