package se.ekonomiuppfoljning.ui.cycle;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.ekonomiuppfoljning.common.Percentage;
import se.ekonomiuppfoljning.common.SwedishFormat;
import se.ekonomiuppfoljning.cycle.ForecastAccuracy;
import se.ekonomiuppfoljning.cycle.ForecastAccuracyRow;
import se.ekonomiuppfoljning.cycle.ForecastAccuracyService;
import se.ekonomiuppfoljning.followup.FollowUpOverview;
import se.ekonomiuppfoljning.followup.FollowUpService;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.organisation.UnknownUnitException;
import se.ekonomiuppfoljning.security.OutOfScopeException;
import se.ekonomiuppfoljning.ui.base.ColumnSet;
import se.ekonomiuppfoljning.ui.base.MainLayout;
import se.ekonomiuppfoljning.ui.base.NodePeriodChooser;
import se.ekonomiuppfoljning.ui.base.PeriodLabels;
import se.ekonomiuppfoljning.ui.base.UrlParameters;
import se.ekonomiuppfoljning.ui.export.ExportLinks;

/**
 * "Prognossäkerhet": for a node (the kommun, a förvaltning, a unit) and a year, each month's helårsprognos of its
 * units and its total against the year's outcome, as two tables and a chart of the total drawn on the server. The
 * node and year are in the URL ({@code ?enhet=KLS&ar=2025}); the service decides what the user may see.
 */
@Route(value = ForecastAccuracyView.ROUTE, layout = MainLayout.class)
@PermitAll
@Menu(title = "nav.forecastAccuracy", order = 4, icon = "vaadin:chart-line")
public class ForecastAccuracyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "prognossakerhet";
    static final String UNIT_PARAMETER = "enhet";
    static final String YEAR_PARAMETER = "ar";

    private final ForecastAccuracyService service;
    private final FollowUpService followUp;
    private final NodePeriodChooser<Integer> chooser;
    private final VerticalLayout content = new VerticalLayout();

    ForecastAccuracyView(ForecastAccuracyService service, FollowUpService followUp) {
        this.service = service;
        this.followUp = followUp;
        add(new H2(getTranslation("accuracy.title")));
        add(new Paragraph(getTranslation("accuracy.intro")));
        chooser = new NodePeriodChooser<Integer>(
                        getTranslation("followup.node"),
                        getTranslation("accuracy.year"),
                        (year, locale) -> String.valueOf(year),
                        (unit, year) -> {
                            if (unit != null) {
                                navigate(unit, year);
                            }
                        })
                .withIds("accuracy-node", "accuracy-year");
        content.setPadding(false);
        add(chooser, content);
    }

    /** The URL of a node's prognossäkerhet for a year. */
    public static QueryParameters parameters(UnitCode unit, int year) {
        return QueryParameters.simple(Map.of(UNIT_PARAMETER, unit.value(), YEAR_PARAMETER, String.valueOf(year)));
    }

    private static void navigate(UnitCode unit, int year) {
        UI.getCurrent().navigate(ROUTE, parameters(unit, year));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        FollowUpOverview overview = followUp.overview();
        List<Integer> years = service.years();
        Optional<String> unitParameter = UrlParameters.first(event, UNIT_PARAMETER);
        Optional<String> yearParameter = UrlParameters.first(event, YEAR_PARAMETER);
        if (overview.nodes().isEmpty() || overview.defaultNode() == null) {
            message(getTranslation("followup.noScope"));
            return;
        }
        if (years.isEmpty()) {
            message(getTranslation("accuracy.noYears"));
            return;
        }
        int chosenYear;
        try {
            // Without a year the page opens on the last closed year, else the running one.
            chosenYear = yearParameter.isPresent()
                    ? Integer.parseInt(yearParameter.get())
                    : service.defaultYear().orElse(years.get(0));
        } catch (NumberFormatException e) {
            message(getTranslation("accuracy.badYear", yearParameter.get()));
            return;
        }
        String unit = unitParameter.orElse(overview.defaultNode().value());
        chooser.show(overview.nodes(), years, chosenYear);
        try {
            UnitCode code = UnitCode.of(unit);
            chooser.selectNode(code);
            show(service.accuracy(code, chosenYear));
        } catch (OutOfScopeException | UnknownUnitException | IllegalArgumentException e) {
            message(getTranslation("followup.denied", unit));
        }
    }

    private void message(String text) {
        content.removeAll();
        Paragraph message = new Paragraph(text);
        message.setId("accuracy-message");
        message.addClassName("portal-message");
        content.add(message);
    }

    private void show(ForecastAccuracy accuracy) {
        content.removeAll();
        Paragraph outcome = new Paragraph(
                accuracy.outcomeFinal()
                        ? getTranslation("accuracy.final", String.valueOf(accuracy.year()))
                        : accuracy.lastActualPeriod() == null
                                ? getTranslation("accuracy.noActuals", String.valueOf(accuracy.year()))
                                : getTranslation(
                                        "accuracy.preliminary",
                                        PeriodLabels.full(accuracy.lastActualPeriod(), getLocale())));
        outcome.setId("accuracy-outcome");
        content.add(outcome);
        if (accuracy.months().isEmpty()) {
            return;
        }
        List<ForecastAccuracyRow> rows = new ArrayList<>(accuracy.rows());
        accuracy.totalRow().ifPresent(rows::add);

        content.add(new H3(getTranslation("accuracy.forecasts")));
        ColumnSet<ForecastAccuracyRow> forecastColumns = unitColumn()
                .amount("budget", "accuracy.col.budget", ForecastAccuracyRow::annualBudget)
                .grid(c -> c.setFlexGrow(0))
                .amount("outcome", "accuracy.col.outcome", ForecastAccuracyRow::outcome)
                .grid(c -> c.setFlexGrow(0));
        ColumnSet<ForecastAccuracyRow> deviationColumns = unitColumn();
        for (int i = 0; i < accuracy.months().size(); i++) {
            int index = i;
            String month = PeriodLabels.shortMonth(accuracy.months().get(i).month(), getLocale());
            forecastColumns
                    .amountHeaded(
                            "month-" + i, month, r -> r.forecasts().get(index).forecast())
                    .shown(r -> {
                        ForecastAccuracyRow.MonthForecast forecast =
                                r.forecasts().get(index);
                        return SwedishFormat.tkr(forecast.forecast()) + (forecast.allOwn() ? "" : " *");
                    })
                    .grid(c -> c.setFlexGrow(0));
            deviationColumns
                    .amountHeaded(
                            "month-" + i, month, r -> r.forecasts().get(index).deviationFrom(accuracy.reference(r)))
                    .grid(c -> c.setFlexGrow(0));
        }
        // A running year is compared with its latest forecast, never with a few months' outcome (issue 12.12).
        boolean closed = accuracy.outcomeFinal();
        deviationColumns
                .amount(
                        "mean",
                        closed ? "accuracy.col.mean" : "accuracy.col.meanLatest",
                        r -> accuracy.meanDeviation(r).orElse(BigDecimal.ZERO))
                .shown(r -> accuracy.meanDeviation(r).map(SwedishFormat::tkr).orElse(SwedishFormat.NO_PERCENT))
                .percent(
                        "mean-percent",
                        closed ? "accuracy.col.meanPercent" : "accuracy.col.meanPercentLatest",
                        r -> accuracy.meanDeviation(r)
                                .flatMap(mean -> Percentage.ofBudget(
                                        mean, accuracy.reference(r).abs(), 1)));
        Grid<ForecastAccuracyRow> forecasts = grid("accuracy-forecasts", rows, forecastColumns);
        String unit = accuracy.node().code().value();
        String year = String.valueOf(accuracy.year());
        content.add(
                ExportLinks.forGrid(
                        forecasts,
                        forecastColumns,
                        ExportLinks.fileName("prognoser", unit, year),
                        getTranslation("accuracy.title"),
                        getTranslation("accuracy.forecasts") + " – "
                                + accuracy.node().name() + " " + year),
                forecasts);

        String deviationsTitle = closed || accuracy.lastActualPeriod() == null
                ? getTranslation("accuracy.deviations")
                : getTranslation(
                        "accuracy.deviationsLatest", PeriodLabels.full(accuracy.lastActualPeriod(), getLocale()));
        content.add(new H3(deviationsTitle));
        Grid<ForecastAccuracyRow> deviations = grid("accuracy-deviations", rows, deviationColumns);
        content.add(
                ExportLinks.forGrid(
                        deviations,
                        deviationColumns,
                        ExportLinks.fileName("prognossakerhet", unit, year),
                        getTranslation("accuracy.title"),
                        deviationsTitle + " – " + accuracy.node().name() + " " + year),
                deviations);

        Paragraph proposals = new Paragraph(getTranslation("accuracy.proposalNote"));
        proposals.addClassName("portal-footnote");
        content.add(proposals);
        if (accuracy.rows().stream().anyMatch(r -> !r.inTotal())) {
            Paragraph frame = new Paragraph(getTranslation("accuracy.frameNote"));
            frame.addClassName("portal-footnote");
            content.add(frame);
        }

        ForecastAccuracyRow charted = accuracy.totalRow().orElse(accuracy.rows().get(0));
        String title = getTranslation("accuracy.chart", charted.name(), String.valueOf(accuracy.year()));
        content.add(new H3(title));
        Svg chart = new Svg(ForecastChart.svg(
                charted,
                accuracy.lastActualPeriod() == null
                        ? 0
                        : accuracy.lastActualPeriod().month(),
                getLocale(),
                title,
                getTranslation("accuracy.legend.forecast"),
                getTranslation("accuracy.legend.outcome"),
                getTranslation("accuracy.legend.budget")));
        chart.setId("accuracy-chart");
        content.add(chart);
    }

    /** The unit, marked ¹ on the grid when it is outside the node's frame (the export has the name alone). */
    private ColumnSet<ForecastAccuracyRow> unitColumn() {
        return new ColumnSet<ForecastAccuracyRow>(this)
                .text("unit", "accuracy.col.unit", ForecastAccuracyRow::name)
                .shown(r -> r.inTotal() ? r.name() : r.name() + " ¹")
                .grid(c -> c.setFrozen(true));
    }

    private Grid<ForecastAccuracyRow> grid(
            String id, List<ForecastAccuracyRow> rows, ColumnSet<ForecastAccuracyRow> columns) {
        Grid<ForecastAccuracyRow> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        columns.addTo(grid);
        grid.setPartNameGenerator(r -> r.unit() == null ? "total" : null);
        grid.setItems(rows);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accuracy.title") + " – " + getTranslation("app.title");
    }
}
