package se.ekonomiuppfoljning.app.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
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
import java.util.List;
import javax.imageio.ImageIO;
import se.ekonomiuppfoljning.reports.Block;
import se.ekonomiuppfoljning.reports.ChartCanvas;
import se.ekonomiuppfoljning.reports.ChartDrawing;

/**
 * Draws the documents' charts into PNG through Java2D, at twice the printed size so that they stay sharp on paper.
 * The layout is {@link ChartDrawing}'s, the same the pages draw as SVG; this class only puts its shapes on a Java2D
 * canvas with the bundled DejaVu Sans. The chart's title is printed as text beside the image, not inside it.
 */
final class ChartPainter {

    /** The printed width in points (A4 text width) and the drawing scale. */
    static final float WIDTH_PT = (float) ChartDrawing.WIDTH;

    private static final int SCALE = 2;

    private ChartPainter() {}

    /** A chart drawn: its PNG and its printed size in points. */
    record Picture(byte[] png, float widthPt, float heightPt) {}

    static Picture paint(Block.Chart chart) {
        float heightPt = (float) ChartDrawing.height(chart);
        BufferedImage image = new BufferedImage(
                Math.round(WIDTH_PT * SCALE), Math.round(heightPt * SCALE), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.scale(SCALE, SCALE);
        ChartDrawing.draw(chart, new Java2dCanvas(g));
        g.dispose();
        return new Picture(png(image), WIDTH_PT, heightPt);
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

    /** {@link ChartCanvas} on a Java2D graphics. */
    private record Java2dCanvas(Graphics2D g) implements ChartCanvas {

        @Override
        public void line(double x1, double y1, double x2, double y2, String colour, double width) {
            g.setColor(Color.decode(colour));
            g.setStroke(new BasicStroke((float) width));
            g.draw(new Line2D.Double(x1, y1, x2, y2));
        }

        @Override
        public void polyline(List<double[]> points, String colour, double width, boolean dashed) {
            if (points.isEmpty()) {
                return;
            }
            g.setColor(Color.decode(colour));
            g.setStroke(new BasicStroke(
                    (float) width,
                    BasicStroke.CAP_ROUND,
                    BasicStroke.JOIN_ROUND,
                    10f,
                    dashed ? new float[] {5f, 3f} : null,
                    0f));
            Path2D path = new Path2D.Double();
            path.moveTo(points.get(0)[0], points.get(0)[1]);
            for (int i = 1; i < points.size(); i++) {
                path.lineTo(points.get(i)[0], points.get(i)[1]);
            }
            g.draw(path);
        }

        @Override
        public void rect(double x, double y, double width, double height, String colour) {
            g.setColor(Color.decode(colour));
            g.fill(new Rectangle2D.Double(x, y, width, height));
        }

        @Override
        public void dot(double x, double y, double radius, String colour) {
            g.setColor(Color.decode(colour));
            g.fill(new Ellipse2D.Double(x - radius, y - radius, radius * 2, radius * 2));
        }

        @Override
        public void text(String text, double x, double y, double size, boolean bold, Anchor anchor, String colour) {
            g.setColor(Color.decode(colour));
            Font font = ReportFonts.awt(bold, (float) size);
            g.setFont(font);
            double width = g.getFontMetrics().stringWidth(text);
            double at = switch (anchor) {
                case START -> x;
                case MIDDLE -> x - width / 2;
                case END -> x - width;
            };
            g.drawString(text, (float) at, (float) y);
        }

        @Override
        public double textWidth(String text, double size, boolean bold) {
            return g.getFontMetrics(ReportFonts.awt(bold, (float) size)).stringWidth(text);
        }
    }
}
