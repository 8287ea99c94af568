package se.ekonomiuppfoljning.ui.drivers;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.followup.DeviationDriverService;
import se.ekonomiuppfoljning.followup.DeviationDrivers;
import se.ekonomiuppfoljning.followup.DeviationDrivers.Driver;
import se.ekonomiuppfoljning.followup.Figures;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.OutOfScopeException;
import se.ekonomiuppfoljning.ui.base.ColumnSet;
import se.ekonomiuppfoljning.ui.base.PeriodLabels;
import se.ekonomiuppfoljning.ui.export.ExportLinks;

/**
 * "Vad driver avvikelsen": a unit's accounts ranked by their share of its deviation, to date or for the month, each
 * beside the same period last year where it was booked; folded until opened, and exported as shown. For the chief
 * writing the analysis and for whoever reads the month; the service decides who may read the unit (a refusal
 * shows nothing).
 */
public class DeviationDriversPanel extends Details {

    /** Which deviation ranks the accounts. */
    enum Ranking {
        YEAR_TO_DATE,
        MONTH
    }

    private final DeviationDriverService service;
    private final RadioButtonGroup<Ranking> ranking = new RadioButtonGroup<>();
    private final Paragraph explanation = new Paragraph();
    private final Grid<Driver> grid = new Grid<>();
    private final VerticalLayout content = new VerticalLayout();
    private final HorizontalLayout tools = new HorizontalLayout();
    private Component export = new Div();
    private @Nullable DeviationDrivers shown;

    public DeviationDriversPanel(DeviationDriverService service) {
        this(service, "drivers");
    }

    /** A panel whose element ids start with {@code idPrefix}, for a page that shows several. */
    public DeviationDriversPanel(DeviationDriverService service, String idPrefix) {
        this.service = service;
        setId(idPrefix);
        setSummaryText(getTranslation("drivers.title"));
        setWidthFull();
        ranking.setId(idPrefix + "-ranking");
        ranking.setLabel(getTranslation("drivers.rankBy"));
        ranking.setItems(Ranking.values());
        ranking.setItemLabelGenerator(r -> getTranslation("drivers.rank." + r.name()));
        ranking.setValue(Ranking.YEAR_TO_DATE);
        ranking.addValueChangeListener(e -> render());
        explanation.setId(idPrefix + "-explanation");
        grid.setId(idPrefix + "-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        content.setPadding(false);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        tools.add(ranking, export);
        content.add(explanation, tools, grid);
        add(content);
    }

    /** Reads the unit's accounts for the period; hides itself where the caller may not read them or there are none. */
    public void show(UnitCode unit, Period period) {
        try {
            shown = service.drivers(unit, period);
        } catch (OutOfScopeException refused) {
            shown = null;
        }
        setVisible(shown != null && !shown.accounts().isEmpty());
        render();
    }

    /**
     * Reads the unit's accounts only when the panel is first opened, so that a page listing many units reads none
     * until one is asked for.
     */
    public void showWhenOpened(UnitCode unit, Period period) {
        addOpenedChangeListener(event -> {
            if (event.isOpened() && shown == null) {
                show(unit, period);
            }
        });
    }

    private void render() {
        DeviationDrivers drivers = shown;
        if (drivers == null) {
            return;
        }
        boolean month = ranking.getValue() == Ranking.MONTH;
        ColumnSet<Driver> columns = columns(drivers, month);
        grid.removeAllColumns();
        columns.addTo(grid);
        List<Driver> rows = month ? drivers.byMonth() : drivers.byYearToDate();
        grid.setItems(rows);
        String periodName = PeriodLabels.full(drivers.period(), getLocale());
        explanation.setText(getTranslation(
                drivers.hasLastYear() ? "drivers.explanation" : "drivers.explanationNoLastYear",
                drivers.unit().name(),
                periodName));
        ExportLinks links = ExportLinks.forGrid(
                grid,
                columns,
                ExportLinks.fileName(
                        "avvikelse",
                        drivers.unit().code().value(),
                        drivers.period().toString()),
                getTranslation("drivers.sheet"),
                getTranslation("drivers.exportTitle", drivers.unit().name(), periodName));
        tools.replace(export, links);
        export = links;
    }

    private ColumnSet<Driver> columns(DeviationDrivers drivers, boolean month) {
        ColumnSet<Driver> columns = new ColumnSet<Driver>(this)
                .text(
                        "account",
                        "drivers.col.account",
                        d -> d.account().code() + " " + d.account().name());
        if (month) {
            columns.amount("budget", "drivers.col.monthBudget", d -> d.figures().monthBudget())
                    .amount(
                            "actual",
                            "drivers.col.monthActual",
                            d -> d.figures().monthActual())
                    .amount(
                            "deviation",
                            "drivers.col.monthDeviation",
                            d -> d.figures().monthDeviation())
                    .percent("share", "drivers.col.share", d -> drivers.monthShare(d, 1));
            if (drivers.hasLastYear()) {
                columns.optionalAmount(
                                "last-actual", "drivers.col.lastMonthActual", d -> lastYear(d, Figures::monthActual))
                        .optionalAmount(
                                "last-deviation",
                                "drivers.col.lastMonthDeviation",
                                d -> lastYear(d, Figures::monthDeviation));
            }
        } else {
            columns.amount("budget", "drivers.col.ytdBudget", d -> d.figures().ytdBudget())
                    .amount("actual", "drivers.col.ytdActual", d -> d.figures().ytdActual())
                    .amount(
                            "deviation",
                            "drivers.col.ytdDeviation",
                            d -> d.figures().ytdDeviation())
                    .percent("share", "drivers.col.share", d -> drivers.yearToDateShare(d, 1));
            if (drivers.hasLastYear()) {
                columns.optionalAmount("last-actual", "drivers.col.lastYtdActual", d -> lastYear(d, Figures::ytdActual))
                        .optionalAmount(
                                "last-deviation",
                                "drivers.col.lastYtdDeviation",
                                d -> lastYear(d, Figures::ytdDeviation));
            }
        }
        return columns;
    }

    private static @Nullable BigDecimal lastYear(Driver driver, Function<Figures, BigDecimal> figure) {
        Figures last = driver.lastYear();
        return last == null ? null : figure.apply(last);
    }
}
