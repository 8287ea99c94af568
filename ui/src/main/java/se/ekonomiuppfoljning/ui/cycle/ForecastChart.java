package se.ekonomiuppfoljning.ui.cycle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.SwedishFormat;
import se.ekonomiuppfoljning.cycle.ForecastAccuracyRow;
import se.ekonomiuppfoljning.cycle.ForecastAccuracyRow.MonthForecast;
import se.ekonomiuppfoljning.ui.base.PeriodLabels;

/**
 * The prognossäkerhet chart, drawn on the server as SVG: each month's helårsprognos (a line with points) against
 * the year's outcome and the annual budget (horizontal lines), in tkr. No client-side charting library.
 */
final class ForecastChart {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 320;
    private static final int LEFT = 80;
    private static final int RIGHT = 20;
    private static final int TOP = 20;
    private static final int BOTTOM = 60;

    private ForecastChart() {}

    /** The steps an axis may take, times a power of ten. */
    private static final double[] STEPS = {1, 2, 2.5, 5, 10};

    /** About this many intervals between the lowest and the highest tick. */
    private static final int INTERVALS = 4;

    /**
     * @param actualMonths  the months with actuals (the outcome line is drawn over them only)
     * @param title         the chart's accessible name
     * @param forecastLabel legend text of the forecast line, etc.
     */
    static String svg(
            ForecastAccuracyRow row,
            int actualMonths,
            Locale locale,
            String title,
            String forecastLabel,
            String outcomeLabel,
            String budgetLabel) {
        List<MonthForecast> months = row.forecasts();
        BigDecimal min = row.outcome().min(row.annualBudget());
        BigDecimal max = row.outcome().max(row.annualBudget());
        for (MonthForecast month : months) {
            min = min.min(month.forecast());
            max = max.max(month.forecast());
        }
        List<Double> ticks = ticks(tkr(min), tkr(max));
        double low = ticks.get(0);
        double high = ticks.get(ticks.size() - 1);

        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"")
                .append(escape(title))
                .append("\" class=\"forecast-chart\">");
        svg.append("<title>").append(escape(title)).append("</title>");
        svg.append("<rect x=\"0\" y=\"0\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(HEIGHT)
                .append("\" fill=\"#ffffff\"/>");
        // Y axis: gridlines with tkr labels on round numbers.
        for (double value : ticks) {
            double y = y(value, low, high);
            svg.append(line(LEFT, y, WIDTH - RIGHT, y, "#d8dde3", "1", null));
            svg.append(text(LEFT - 8, y + 4, "end", SwedishFormat.tkr(BigDecimal.valueOf(value * 1000)), "#4a5563"));
        }
        // X axis: the twelve months.
        for (int month = 1; month <= 12; month++) {
            svg.append(
                    text(x(month), HEIGHT - BOTTOM + 18, "middle", PeriodLabels.shortMonth(month, locale), "#4a5563"));
        }
        double budgetY = y(tkr(row.annualBudget()), low, high);
        svg.append(line(LEFT, budgetY, WIDTH - RIGHT, budgetY, "#6b7280", "2", "6 4"));
        double outcomeY = y(tkr(row.outcome()), low, high);
        if (actualMonths > 0) {
            // Only over the months with actuals: a running year's outcome is to date.
            double end = LEFT + (WIDTH - LEFT - RIGHT) * Math.min(actualMonths, 12) / 12.0;
            svg.append("<line id=\"outcome-line\"")
                    .append(line(LEFT, outcomeY, end, outcomeY, "#1f2937", "2", null)
                            .substring("<line".length()));
        }
        if (!months.isEmpty()) {
            StringBuilder points = new StringBuilder();
            for (MonthForecast month : months) {
                points.append(fmt(x(month.period().month())))
                        .append(',')
                        .append(fmt(y(tkr(month.forecast()), low, high)))
                        .append(' ');
            }
            svg.append("<polyline fill=\"none\" stroke=\"#1a5fb4\" stroke-width=\"3\" points=\"")
                    .append(points.toString().trim())
                    .append("\"/>");
            for (MonthForecast month : months) {
                svg.append("<circle cx=\"")
                        .append(fmt(x(month.period().month())))
                        .append("\" cy=\"")
                        .append(fmt(y(tkr(month.forecast()), low, high)))
                        .append("\" r=\"4\" fill=\"")
                        .append(month.allOwn() ? "#1a5fb4" : "#ffffff")
                        .append("\" stroke=\"#1a5fb4\" stroke-width=\"2\"/>");
            }
        }
        // Legend.
        int legendY = HEIGHT - 14;
        svg.append(line(LEFT, legendY - 4, LEFT + 24, legendY - 4, "#1a5fb4", "3", null));
        svg.append(text(LEFT + 30, legendY, "start", forecastLabel, "#1f2937"));
        svg.append(line(LEFT + 250, legendY - 4, LEFT + 274, legendY - 4, "#1f2937", "2", null));
        svg.append(text(LEFT + 280, legendY, "start", outcomeLabel, "#1f2937"));
        svg.append(line(LEFT + 430, legendY - 4, LEFT + 454, legendY - 4, "#6b7280", "2", "6 4"));
        svg.append(text(LEFT + 460, legendY, "start", budgetLabel, "#1f2937"));
        svg.append("</svg>");
        return svg.toString();
    }

    /**
     * The distance between two ticks of an axis from low to high: 1, 2, 2.5 or 5 times a power of ten, the smallest
     * that gives at most about {@value #INTERVALS} intervals.
     */
    static double step(double low, double high) {
        double raw = Math.max(high - low, 1e-9) / INTERVALS;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double normalised = raw / magnitude;
        for (double candidate : STEPS) {
            if (normalised <= candidate + 1e-9) {
                return candidate * magnitude;
            }
        }
        return 10 * magnitude;
    }

    /** The ticks of an axis: the multiples of {@link #step} from just below low to just above high. */
    static List<Double> ticks(double low, double high) {
        if (high - low < 1) {
            low -= 0.5;
            high += 0.5;
        }
        double step = step(low, high);
        long first = (long) Math.floor(low / step + 1e-9);
        long last = (long) Math.ceil(high / step - 1e-9);
        List<Double> ticks = new ArrayList<>();
        for (long i = first; i <= last; i++) {
            ticks.add(i * step + 0.0);
        }
        return ticks;
    }

    private static double tkr(BigDecimal kronor) {
        return kronor.divide(BigDecimal.valueOf(1000), 3, RoundingMode.HALF_UP).doubleValue();
    }

    private static double x(int month) {
        return LEFT + (WIDTH - LEFT - RIGHT) * (month - 0.5) / 12;
    }

    private static double y(double value, double low, double high) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (high - value) / (high - low);
    }

    private static String line(
            double x1, double y1, double x2, double y2, String colour, String width, @Nullable String dash) {
        return "<line x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\"" + fmt(y2)
                + "\" stroke=\"" + colour + "\" stroke-width=\"" + width + "\""
                + (dash == null ? "" : " stroke-dasharray=\"" + dash + "\"") + "/>";
    }

    private static String text(double x, double y, String anchor, String content, String colour) {
        return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor + "\" font-size=\"12\" fill=\""
                + colour + "\" font-family=\"sans-serif\">" + escape(content) + "</text>";
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Text in SVG is XML: unit names and labels are escaped, never markup. */
    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
