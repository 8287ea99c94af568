package se.ekonomiuppfoljning.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import se.ekonomiuppfoljning.common.SwedishFormat;

/**
 * The layout of the documents' two charts, the one source for the PDF, the DOCX and the page: values arrive in
 * kronor and are drawn in tkr; every printed number comes from {@link SwedishFormat}. The chart's title is not drawn
 * inside it (the document prints it beside the picture, the page as its heading and text alternative).
 */
public final class ChartDrawing {

    /** The width in points (the A4 text width). */
    public static final double WIDTH = 480;

    private static final double LINE_HEIGHT = 220;
    private static final double BAR_ROW = 16;

    static final String BUDGET = "#1f4e79";
    static final String ACTUAL = "#c55a11";
    static final String UNDER = "#2e7d32";
    static final String OVER = "#c62828";
    static final String GRID = "#dddddd";
    static final String TEXT = "#222222";

    private static final List<String> SERIES_COLOURS = List.of(BUDGET, ACTUAL, UNDER, OVER);

    private ChartDrawing() {}

    /** The chart's height in points (its width is {@link #WIDTH}). */
    public static double height(Block.Chart chart) {
        if (chart instanceof Block.BarChart bars) {
            return 30 + Math.max(1, bars.bars().size()) * BAR_ROW;
        }
        return LINE_HEIGHT;
    }

    public static void draw(Block.Chart chart, ChartCanvas canvas) {
        if (chart instanceof Block.LineChart line) {
            line(line, canvas);
        } else if (chart instanceof Block.BarChart bars) {
            bars(bars, canvas);
        } else {
            throw new IllegalArgumentException("unknown chart " + chart.getClass());
        }
    }

    private static void line(Block.LineChart chart, ChartCanvas g) {
        double height = LINE_HEIGHT;
        double left = 58, right = WIDTH - 12, top = 12, bottom = height - 40;
        double max = 0;
        double min = 0;
        for (Block.Series s : chart.series()) {
            for (BigDecimal v : s.values()) {
                if (v != null) {
                    max = Math.max(max, tkr(v));
                    min = Math.min(min, tkr(v));
                }
            }
        }
        Axis axis = Axis.of(min, max);
        for (double t : axis.ticks()) {
            double y = axis.y(t, top, bottom);
            g.line(left, y, right, y, GRID, 0.5);
            g.text(tickLabel(t), left - 6, y + 3, 8, false, ChartCanvas.Anchor.END, TEXT);
        }
        int n = chart.labels().size();
        double step = n <= 1 ? 0 : (right - left) / (n - 1);
        for (int i = 0; i < n; i++) {
            g.text(chart.labels().get(i), left + i * step, bottom + 13, 8, false, ChartCanvas.Anchor.MIDDLE, TEXT);
        }
        for (int s = 0; s < chart.series().size(); s++) {
            Block.Series series = chart.series().get(s);
            String colour = SERIES_COLOURS.get(s % SERIES_COLOURS.size());
            List<double[]> points = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                BigDecimal v = series.values().get(i);
                if (v != null) {
                    points.add(new double[] {left + i * step, axis.y(tkr(v), top, bottom)});
                }
            }
            g.polyline(points, colour, s == 0 ? 1.6 : 2.2, s == 0);
            points.forEach(p -> g.dot(p[0], p[1], 2, colour));
            // the last value of each series, as printed
            for (int i = n - 1; i >= 0; i--) {
                BigDecimal v = series.values().get(i);
                if (v != null) {
                    String text = SwedishFormat.tkr(v);
                    double x = left + i * step;
                    double y = axis.y(tkr(v), top, bottom);
                    double tx = Math.min(x + 4, right - g.textWidth(text, 8, true));
                    // the first series' label above its point, the others' below, so that they do not collide
                    g.text(text, tx, s == 0 ? y - 5 : y + 13, 8, true, ChartCanvas.Anchor.START, TEXT);
                    break;
                }
            }
        }
        double at = left;
        double y = height - 12;
        for (int i = 0; i < chart.series().size(); i++) {
            String name = chart.series().get(i).name();
            g.rect(at, y - 7, 14, 7, SERIES_COLOURS.get(i % SERIES_COLOURS.size()));
            g.text(name, at + 18, y, 8.5, false, ChartCanvas.Anchor.START, TEXT);
            at += 18 + g.textWidth(name, 8.5, false) + 18;
        }
    }

    private static void bars(Block.BarChart chart, ChartCanvas g) {
        double height = height(chart);
        double labelWidth = 0;
        for (Block.Bar bar : chart.bars()) {
            labelWidth = Math.max(labelWidth, g.textWidth(bar.label(), 8, false));
        }
        labelWidth = Math.min(labelWidth, WIDTH * 0.38);
        double left = labelWidth + 10, right = WIDTH - 12, top = 6, bottom = height - 20;
        double min = 0, max = 0;
        for (Block.Bar bar : chart.bars()) {
            min = Math.min(min, tkr(bar.value()));
            max = Math.max(max, tkr(bar.value()));
        }
        Axis axis = Axis.of(min, max);
        // vertical grid with tick labels at the bottom
        for (double t : axis.ticks()) {
            double x = axis.x(t, left + 30, right - 30);
            g.line(x, top, x, bottom, GRID, 0.5);
            g.text(tickLabel(t), x, bottom + 12, 8, false, ChartCanvas.Anchor.MIDDLE, TEXT);
        }
        double zero = axis.x(0, left + 30, right - 30);
        for (int i = 0; i < chart.bars().size(); i++) {
            Block.Bar bar = chart.bars().get(i);
            double y = top + i * BAR_ROW;
            double value = axis.x(tkr(bar.value()), left + 30, right - 30);
            boolean negative = bar.value().signum() < 0;
            g.rect(
                    Math.min(zero, value),
                    y + 3,
                    Math.max(0.8, Math.abs(value - zero)),
                    BAR_ROW - 6,
                    negative ? OVER : UNDER);
            String label = fit(bar.label(), g, labelWidth);
            g.text(label, left - 6, y + BAR_ROW - 5, 8, false, ChartCanvas.Anchor.END, TEXT);
            if (negative) {
                g.text(
                        bar.printed(),
                        Math.min(zero, value) - 3,
                        y + BAR_ROW - 5,
                        7.5,
                        true,
                        ChartCanvas.Anchor.END,
                        TEXT);
            } else {
                g.text(
                        bar.printed(),
                        Math.max(zero, value) + 3,
                        y + BAR_ROW - 5,
                        7.5,
                        true,
                        ChartCanvas.Anchor.START,
                        TEXT);
            }
        }
        g.line(zero, top, zero, bottom, TEXT, 0.8);
    }

    private static String tickLabel(double tkr) {
        return SwedishFormat.tkr(BigDecimal.valueOf(tkr).multiply(BigDecimal.valueOf(1000)));
    }

    private static String fit(String label, ChartCanvas g, double width) {
        if (g.textWidth(label, 8, false) <= width) {
            return label;
        }
        String cut = label;
        while (cut.length() > 1 && g.textWidth(cut + "\u2026", 8, false) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "\u2026";
    }

    private static double tkr(BigDecimal kronor) {
        return kronor.doubleValue() / 1000.0; // drawing only; printed numbers come from SwedishFormat
    }

    /** A value axis from a "nice" lower to upper bound, ticks at a nice step (1, 2 or 5 × 10^n tkr). */
    record Axis(double low, double high, double step) {

        static Axis of(double min, double max) {
            if (max - min < 1e-9) {
                max = min + 1;
            }
            double raw = (max - min) / 5;
            double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
            double step = magnitude;
            for (double m : new double[] {1, 2, 5, 10}) {
                if (m * magnitude >= raw) {
                    step = m * magnitude;
                    break;
                }
            }
            return new Axis(Math.floor(min / step) * step, Math.ceil(max / step) * step, step);
        }

        List<Double> ticks() {
            List<Double> ticks = new ArrayList<>();
            for (double t = low; t <= high + step / 2; t += step) {
                ticks.add(Math.abs(t) < step / 1e6 ? 0.0 : t);
            }
            return ticks;
        }

        double y(double value, double top, double bottom) {
            return bottom - (value - low) / (high - low) * (bottom - top);
        }

        double x(double value, double left, double right) {
            return left + (value - low) / (high - low) * (right - left);
        }
    }
}
