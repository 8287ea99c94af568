package se.ekonomiuppfoljning.followup;

import java.util.List;
import se.ekonomiuppfoljning.common.SwedishFormat;

/**
 * A line of figures as the page and the documents print it: tkr and % by the Swedish display rules, each
 * rounded once from kronor, in the seed's column order.
 */
public record DisplayedFigures(
        String monthBudget,
        String monthActual,
        String monthDeviation,
        String monthPercent,
        String annualBudget,
        String ytdBudget,
        String ytdActual,
        String ytdDeviation,
        String ytdPercent,
        boolean monthNegative,
        boolean ytdNegative) {

    public static DisplayedFigures of(Figures f) {
        return new DisplayedFigures(
                SwedishFormat.tkr(f.monthBudget()),
                SwedishFormat.tkr(f.monthActual()),
                SwedishFormat.tkr(f.monthDeviation()),
                SwedishFormat.percent(f.monthPercent()),
                SwedishFormat.tkr(f.annualBudget()),
                SwedishFormat.tkr(f.ytdBudget()),
                SwedishFormat.tkr(f.ytdActual()),
                SwedishFormat.tkr(f.ytdDeviation()),
                SwedishFormat.percent(f.ytdPercent()),
                SwedishFormat.toTkr(f.monthDeviation()).signum() < 0,
                SwedishFormat.toTkr(f.ytdDeviation()).signum() < 0);
    }

    /** The nine printed cells in column order. */
    public List<String> cells() {
        return List.of(
                monthBudget,
                monthActual,
                monthDeviation,
                monthPercent,
                annualBudget,
                ytdBudget,
                ytdActual,
                ytdDeviation,
                ytdPercent);
    }
}
