package se.ekonomiuppfoljning.ui.followup;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.HeaderRow;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.export.ExportColumns;
import se.ekonomiuppfoljning.followup.DisplayedFigures;
import se.ekonomiuppfoljning.followup.Figures;
import se.ekonomiuppfoljning.ui.base.PeriodLabels;

/**
 * The nine figure columns of the seed's table (month: budget, redovisning, avvikelse, % av budget; årsbudget;
 * to date: the same four), for any grid whose rows carry {@link Figures}. Each cell is the figure rounded once
 * from kronor; a negative deviation gets the part name {@code negative} (bold, coloured, and prefixed with a
 * minus sign), so it does not stand out by colour alone.
 */
final class FiguresColumns<T> {

    private final Grid<T> grid;
    private final Function<T, Figures> figures;

    FiguresColumns(Grid<T> grid, Function<T, Figures> figures) {
        this.grid = grid;
        this.figures = figures;
    }

    /** Adds the columns after {@code firstColumn} and returns them in order. */
    List<Grid.Column<T>> addTo(Grid.Column<T> firstColumn, Period period, Locale locale) {
        String month = PeriodLabels.shortMonth(period.month(), locale);
        Grid.Column<T> monthBudget =
                number(DisplayedFigures::monthBudget, "followup.col.budget", month, "month-budget");
        Grid.Column<T> monthActual =
                number(DisplayedFigures::monthActual, "followup.col.actual", month, "month-actual");
        Grid.Column<T> monthDeviation =
                number(DisplayedFigures::monthDeviation, "followup.col.deviation", month, "month-deviation");
        monthDeviation.setPartNameGenerator(row -> display(row).monthNegative() ? "negative" : null);
        Grid.Column<T> monthPercent =
                number(DisplayedFigures::monthPercent, "followup.col.percent", month, "month-percent");
        Grid.Column<T> annual = number(DisplayedFigures::annualBudget, "followup.col.annual", month, "annual-budget");
        Grid.Column<T> ytdBudget = number(DisplayedFigures::ytdBudget, "followup.col.ytdBudget", month, "ytd-budget");
        Grid.Column<T> ytdActual = number(DisplayedFigures::ytdActual, "followup.col.ytdActual", month, "ytd-actual");
        Grid.Column<T> ytdDeviation =
                number(DisplayedFigures::ytdDeviation, "followup.col.ytdDeviation", month, "ytd-deviation");
        ytdDeviation.setPartNameGenerator(row -> display(row).ytdNegative() ? "negative" : null);
        Grid.Column<T> ytdPercent = number(DisplayedFigures::ytdPercent, "followup.col.percent", month, "ytd-percent");

        HeaderRow groups = grid.prependHeaderRow();
        groups.join(monthBudget, monthActual, monthDeviation, monthPercent)
                .setText(grid.getTranslation("followup.group.month", PeriodLabels.full(period, locale)));
        groups.getCell(annual).setText(grid.getTranslation("followup.group.year", period.year()));
        groups.join(ytdBudget, ytdActual, ytdDeviation, ytdPercent)
                .setText(grid.getTranslation("followup.group.ytd", PeriodLabels.monthName(period.month(), locale)));
        groups.getCell(firstColumn).setText("");
        return List.of(
                monthBudget,
                monthActual,
                monthDeviation,
                monthPercent,
                annual,
                ytdBudget,
                ytdActual,
                ytdDeviation,
                ytdPercent);
    }

    /**
     * The same nine columns for an export, each header naming its month or year since the export has one header
     * row ("Budget feb", "% av budget t o m feb", "Årsbudget 2026"); amounts stay kronor, percentages as rounded.
     */
    static <X> ExportColumns<X> exportTo(
            ExportColumns<X> columns,
            Function<X, Figures> figures,
            Period period,
            Locale locale,
            Component translator) {
        String month = PeriodLabels.shortMonth(period.month(), locale);
        return columns.amount(
                        translator.getTranslation("followup.col.budget", month),
                        x -> figures.apply(x).monthBudget())
                .amount(
                        translator.getTranslation("followup.col.actual", month),
                        x -> figures.apply(x).monthActual())
                .amount(
                        translator.getTranslation("followup.col.deviation", month),
                        x -> figures.apply(x).monthDeviation())
                .percent(
                        translator.getTranslation("export.col.monthPercent", month),
                        x -> figures.apply(x).monthPercent())
                .amount(
                        translator.getTranslation("export.col.annual", period.year()),
                        x -> figures.apply(x).annualBudget())
                .amount(
                        translator.getTranslation("followup.col.ytdBudget", month),
                        x -> figures.apply(x).ytdBudget())
                .amount(
                        translator.getTranslation("followup.col.ytdActual", month),
                        x -> figures.apply(x).ytdActual())
                .amount(
                        translator.getTranslation("followup.col.ytdDeviation", month),
                        x -> figures.apply(x).ytdDeviation())
                .percent(
                        translator.getTranslation("export.col.ytdPercent", month),
                        x -> figures.apply(x).ytdPercent());
    }

    private Grid.Column<T> number(Function<DisplayedFigures, String> cell, String headerKey, String month, String key) {
        return grid.addColumn(row -> cell.apply(display(row)))
                .setHeader(grid.getTranslation(headerKey, month))
                .setKey(key)
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    private DisplayedFigures display(T row) {
        return DisplayedFigures.of(figures.apply(row));
    }
}
