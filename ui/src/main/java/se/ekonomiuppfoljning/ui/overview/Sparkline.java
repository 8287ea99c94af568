package se.ekonomiuppfoljning.ui.overview;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import se.ekonomiuppfoljning.common.SwedishFormat;
import se.ekonomiuppfoljning.overview.TrendPoint;
import se.ekonomiuppfoljning.ui.base.PeriodLabels;

/**
 * The trend of a row as a small SVG drawn on the server (decision 20): the deviation to date per month as a line over
 * a dashed zero line, the last month as a dot, red where it is below zero. It is an image with a text alternative
 * ({@code role="img"}, {@code aria-label} and {@code <title>}) listing every month's value in tkr, so the line is
 * never the only way to read it. Only presentation attributes, no style attributes (the page's CSP).
 */
final class Sparkline {

    static final int WIDTH = 96;
    static final int HEIGHT = 24;
    private static final int PAD = 3;

    private Sparkline() {}

    /** "jan 112, feb 256" in tkr, as the text alternative lists the values. */
    static String values(List<TrendPoint> trend, Locale locale) {
        StringBuilder text = new StringBuilder();
        for (TrendPoint point : trend) {
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append(PeriodLabels.shortMonth(point.period().month(), locale))
                    .append(' ')
                    .append(SwedishFormat.tkr(point.ytdDeviation()));
        }
        return text.toString();
    }

    static String svg(List<TrendPoint> trend, String label) {
        double min = 0;
        double max = 0;
        for (TrendPoint point : trend) {
            double value = point.ytdDeviation().doubleValue();
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        double span = max - min == 0 ? 1 : max - min;
        int n = trend.size();
        double step = n <= 1 ? 0 : (WIDTH - 2.0 * PAD) / (n - 1);
        StringBuilder svg = new StringBuilder();
        String escaped = escape(label);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"")
                .append(escaped)
                .append("\"><title>")
                .append(escaped)
                .append("</title>");
        double zero = y(0, min, span);
        svg.append("<line x1=\"0\" x2=\"")
                .append(WIDTH)
                .append("\" y1=\"")
                .append(format(zero))
                .append("\" y2=\"")
                .append(format(zero))
                .append("\" stroke=\"#6b7280\" stroke-width=\"1\" stroke-dasharray=\"2 2\"/>");
        if (n > 0) {
            BigDecimal last = trend.get(n - 1).ytdDeviation();
            String colour = last.signum() < 0 ? "#b3261e" : "#1a5fb4";
            StringBuilder points = new StringBuilder();
            double lastX = PAD;
            double lastY = zero;
            for (int i = 0; i < n; i++) {
                lastX = n == 1 ? WIDTH / 2.0 : PAD + i * step;
                lastY = y(trend.get(i).ytdDeviation().doubleValue(), min, span);
                points.append(i == 0 ? "" : " ")
                        .append(format(lastX))
                        .append(',')
                        .append(format(lastY));
            }
            if (n > 1) {
                svg.append("<polyline fill=\"none\" stroke=\"")
                        .append(colour)
                        .append("\" stroke-width=\"2\" points=\"")
                        .append(points)
                        .append("\"/>");
            }
            svg.append("<circle r=\"2.5\" cx=\"")
                    .append(format(lastX))
                    .append("\" cy=\"")
                    .append(format(lastY))
                    .append("\" fill=\"")
                    .append(colour)
                    .append("\"/>");
        }
        return svg.append("</svg>").toString();
    }

    private static double y(double value, double min, double span) {
        return HEIGHT - PAD - (value - min) / span * (HEIGHT - 2.0 * PAD);
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
