package se.ekonomiuppfoljning.app.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import se.ekonomiuppfoljning.common.SwedishFormat;
import se.ekonomiuppfoljning.reports.Block;

/**
 * Draws the documents' charts with plain Java2D into PNG, at twice the printed size so that they stay sharp on paper.
 * Values arrive in kronor and are drawn in tkr; every printed number comes from {@link SwedishFormat}. The chart's
 * title is printed as text beside the image, not inside it.
 */
final class ChartPainter {

    /** The printed width in points (A4 text width) and the drawing scale. */
    static final float WIDTH_PT = 480f;

    private static final int SCALE = 2;

    private static final Color BUDGET = new Color(0x1F, 0x4E, 0x79);
    private static final Color ACTUAL = new Color(0xC5, 0x5A, 0x11);
    private static final Color UNDER = new Color(0x2E, 0x7D, 0x32);
    private static final Color OVER = new Color(0xC6, 0x28, 0x28);
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    private static final Color TEXT = new Color(0x22, 0x22, 0x22);

    private ChartPainter() {}

    /** A chart drawn: its PNG and its printed size in points. */
    record Picture(byte[] png, float widthPt, float heightPt) {}

    static Picture paint(Block.Chart chart) {
        if (chart instanceof Block.LineChart line) {
            return line(line);
        }
        if (chart instanceof Block.BarChart bars) {
            return bars(bars);
        }
        throw new IllegalArgumentException("unknown chart " + chart.getClass());
    }

    private static Picture line(Block.LineChart chart) {
        float widthPt = WIDTH_PT;
        float heightPt = 220f;
        BufferedImage image = canvas(widthPt, heightPt);
        Graphics2D g = graphics(image);
        double left = 58, right = widthPt - 12, top = 12, bottom = heightPt - 40;
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
        yGrid(g, axis, left, right, top, bottom);
        int n = chart.labels().size();
        double step = n <= 1 ? 0 : (right - left) / (n - 1);
        g.setFont(ReportFonts.awt(false, 8f));
        FontMetrics fm = g.getFontMetrics();
        for (int i = 0; i < n; i++) {
            String label = chart.labels().get(i);
            double x = left + i * step;
            g.setColor(TEXT);
            g.drawString(label, (float) (x - fm.stringWidth(label) / 2.0), (float) (bottom + 13));
        }
        List<Color> colours = List.of(BUDGET, ACTUAL, UNDER, OVER);
        for (int s = 0; s < chart.series().size(); s++) {
            Block.Series series = chart.series().get(s);
            Color colour = colours.get(s % colours.size());
            g.setColor(colour);
            g.setStroke(new BasicStroke(
                    s == 0 ? 1.6f : 2.2f,
                    BasicStroke.CAP_ROUND,
                    BasicStroke.JOIN_ROUND,
                    10f,
                    s == 0 ? new float[] {5f, 3f} : null,
                    0f));
            Path2D path = new Path2D.Double();
            boolean started = false;
            for (int i = 0; i < n; i++) {
                BigDecimal v = series.values().get(i);
                if (v == null) {
                    continue;
                }
                double x = left + i * step;
                double y = axis.y(tkr(v), top, bottom);
                if (started) {
                    path.lineTo(x, y);
                } else {
                    path.moveTo(x, y);
                    started = true;
                }
                g.fill(new Ellipse2D.Double(x - 2, y - 2, 4, 4));
            }
            g.draw(path);
            // the last value of each series, as printed
            for (int i = n - 1; i >= 0; i--) {
                BigDecimal v = series.values().get(i);
                if (v != null) {
                    String text = SwedishFormat.tkr(v);
                    double x = left + i * step;
                    double y = axis.y(tkr(v), top, bottom);
                    g.setFont(ReportFonts.awt(true, 8f));
                    float tx =
                            (float) Math.min(x + 4, right - g.getFontMetrics().stringWidth(text));
                    // the first series' label above its point, the others' below, so that they do not collide
                    g.drawString(text, tx, (float) (s == 0 ? y - 5 : y + 13));
                    break;
                }
            }
        }
        legend(g, chart.series().stream().map(Block.Series::name).toList(), colours, left, heightPt - 12);
        g.dispose();
        return new Picture(png(image), widthPt, heightPt);
    }

    private static Picture bars(Block.BarChart chart) {
        float widthPt = WIDTH_PT;
        int n = Math.max(1, chart.bars().size());
        float rowPt = 16f;
        float heightPt = 30f + n * rowPt;
        BufferedImage image = canvas(widthPt, heightPt);
        Graphics2D g = graphics(image);
        g.setFont(ReportFonts.awt(false, 8f));
        FontMetrics fm = g.getFontMetrics();
        double labelWidth = 0;
        for (Block.Bar bar : chart.bars()) {
            labelWidth = Math.max(labelWidth, fm.stringWidth(bar.label()));
        }
        labelWidth = Math.min(labelWidth, widthPt * 0.38);
        double left = labelWidth + 10, right = widthPt - 12, top = 6, bottom = heightPt - 20;
        double min = 0, max = 0;
        for (Block.Bar bar : chart.bars()) {
            min = Math.min(min, tkr(bar.value()));
            max = Math.max(max, tkr(bar.value()));
        }
        Axis axis = Axis.of(min, max);
        // vertical grid with tick labels at the bottom
        g.setStroke(new BasicStroke(0.5f));
        for (double t : axis.ticks()) {
            double x = axis.x(t, left + 30, right - 30);
            g.setColor(GRID);
            g.draw(new Line2D.Double(x, top, x, bottom));
            String text = SwedishFormat.tkr(BigDecimal.valueOf(t).multiply(BigDecimal.valueOf(1000)));
            g.setColor(TEXT);
            g.drawString(text, (float) (x - fm.stringWidth(text) / 2.0), (float) (bottom + 12));
        }
        double zero = axis.x(0, left + 30, right - 30);
        for (int i = 0; i < chart.bars().size(); i++) {
            Block.Bar bar = chart.bars().get(i);
            double y = top + i * rowPt;
            double value = axis.x(tkr(bar.value()), left + 30, right - 30);
            g.setColor(bar.value().signum() < 0 ? OVER : UNDER);
            g.fill(new Rectangle2D.Double(
                    Math.min(zero, value), y + 3, Math.max(0.8, Math.abs(value - zero)), rowPt - 6));
            g.setColor(TEXT);
            g.setFont(ReportFonts.awt(false, 8f));
            String label = fit(bar.label(), g.getFontMetrics(), labelWidth);
            g.drawString(label, (float) (left - 6 - g.getFontMetrics().stringWidth(label)), (float) (y + rowPt - 5));
            g.setFont(ReportFonts.awt(true, 7.5f));
            FontMetrics bold = g.getFontMetrics();
            float tx = bar.value().signum() < 0
                    ? (float) (Math.min(zero, value) - 3 - bold.stringWidth(bar.printed()))
                    : (float) (Math.max(zero, value) + 3);
            g.drawString(bar.printed(), tx, (float) (y + rowPt - 5));
        }
        g.setColor(TEXT);
        g.setStroke(new BasicStroke(0.8f));
        g.draw(new Line2D.Double(zero, top, zero, bottom));
        g.dispose();
        return new Picture(png(image), widthPt, heightPt);
    }

    private static String fit(String label, FontMetrics fm, double width) {
        if (fm.stringWidth(label) <= width) {
            return label;
        }
        String cut = label;
        while (cut.length() > 1 && fm.stringWidth(cut + "\u2026") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "\u2026";
    }

    private static void yGrid(Graphics2D g, Axis axis, double left, double right, double top, double bottom) {
        g.setFont(ReportFonts.awt(false, 8f));
        FontMetrics fm = g.getFontMetrics();
        g.setStroke(new BasicStroke(0.5f));
        for (double t : axis.ticks()) {
            double y = axis.y(t, top, bottom);
            g.setColor(GRID);
            g.draw(new Line2D.Double(left, y, right, y));
            String text = SwedishFormat.tkr(BigDecimal.valueOf(t).multiply(BigDecimal.valueOf(1000)));
            g.setColor(TEXT);
            g.drawString(text, (float) (left - 6 - fm.stringWidth(text)), (float) (y + 3));
        }
    }

    private static void legend(Graphics2D g, List<String> names, List<Color> colours, double x, double y) {
        g.setFont(ReportFonts.awt(false, 8.5f));
        FontMetrics fm = g.getFontMetrics();
        double at = x;
        for (int i = 0; i < names.size(); i++) {
            g.setColor(colours.get(i % colours.size()));
            g.fill(new Rectangle2D.Double(at, y - 7, 14, 7));
            g.setColor(TEXT);
            g.drawString(names.get(i), (float) (at + 18), (float) y);
            at += 18 + fm.stringWidth(names.get(i)) + 18;
        }
    }

    private static double tkr(BigDecimal kronor) {
        return kronor.doubleValue() / 1000.0; // drawing only; printed numbers come from SwedishFormat
    }

    private static BufferedImage canvas(float widthPt, float heightPt) {
        return new BufferedImage(Math.round(widthPt * SCALE), Math.round(heightPt * SCALE), BufferedImage.TYPE_INT_RGB);
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.scale(SCALE, SCALE);
        return g;
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
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
