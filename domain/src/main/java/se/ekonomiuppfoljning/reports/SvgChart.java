package se.ekonomiuppfoljning.reports;

import java.util.List;
import java.util.Locale;

/**
 * A chart of a document drawn as SVG text by {@link ChartDrawing}, the same layout as the PDF's picture: for pages.
 * The picture is one {@code role="img"} whose label is the chart's title and description; its values are listed
 * beside it by the page (a text alternative a screen reader reads). Every text is escaped; widths of texts are
 * estimated from DejaVu Sans' average advance, which the page names first.
 */
public final class SvgChart implements ChartCanvas {

    private static final double REGULAR_ADVANCE = 0.57;
    private static final double BOLD_ADVANCE = 0.64;

    private final StringBuilder body = new StringBuilder();

    private SvgChart() {}

    /** The chart as an {@code <svg>} element, scaling to the width of its box. */
    public static String svg(Block.Chart chart) {
        SvgChart canvas = new SvgChart();
        ChartDrawing.draw(chart, canvas);
        double height = ChartDrawing.height(chart);
        String label = escape(chart.title() + ". " + chart.description());
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + number(ChartDrawing.WIDTH) + " "
                + number(height) + "\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" role=\"img\" aria-label=\""
                + label + "\" font-family=\"DejaVu Sans, Verdana, sans-serif\" class=\"portal-chart\">"
                + "<title>" + label + "</title>"
                + "<rect x=\"0\" y=\"0\" width=\"" + number(ChartDrawing.WIDTH) + "\" height=\"" + number(height)
                + "\" fill=\"#ffffff\"/>" + canvas.body + "</svg>";
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String colour, double width) {
        body.append("<line x1=\"")
                .append(number(x1))
                .append("\" y1=\"")
                .append(number(y1))
                .append("\" x2=\"")
                .append(number(x2))
                .append("\" y2=\"")
                .append(number(y2))
                .append("\" stroke=\"")
                .append(colour(colour))
                .append("\" stroke-width=\"")
                .append(number(width))
                .append("\"/>");
    }

    @Override
    public void polyline(List<double[]> points, String colour, double width, boolean dashed) {
        if (points.isEmpty()) {
            return;
        }
        body.append("<polyline fill=\"none\" stroke-linecap=\"round\" stroke-linejoin=\"round\" points=\"");
        for (double[] p : points) {
            body.append(number(p[0])).append(',').append(number(p[1])).append(' ');
        }
        body.append("\" stroke=\"")
                .append(colour(colour))
                .append("\" stroke-width=\"")
                .append(number(width))
                .append('"');
        if (dashed) {
            body.append(" stroke-dasharray=\"5 3\"");
        }
        body.append("/>");
    }

    @Override
    public void rect(double x, double y, double width, double height, String colour) {
        body.append("<rect x=\"")
                .append(number(x))
                .append("\" y=\"")
                .append(number(y))
                .append("\" width=\"")
                .append(number(width))
                .append("\" height=\"")
                .append(number(height))
                .append("\" fill=\"")
                .append(colour(colour))
                .append("\"/>");
    }

    @Override
    public void dot(double x, double y, double radius, String colour) {
        body.append("<circle cx=\"")
                .append(number(x))
                .append("\" cy=\"")
                .append(number(y))
                .append("\" r=\"")
                .append(number(radius))
                .append("\" fill=\"")
                .append(colour(colour))
                .append("\"/>");
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, Anchor anchor, String colour) {
        body.append("<text x=\"")
                .append(number(x))
                .append("\" y=\"")
                .append(number(y))
                .append("\" font-size=\"")
                .append(number(size))
                .append("\" fill=\"")
                .append(colour(colour))
                .append('"');
        if (bold) {
            body.append(" font-weight=\"bold\"");
        }
        if (anchor != Anchor.START) {
            body.append(" text-anchor=\"")
                    .append(anchor == Anchor.END ? "end" : "middle")
                    .append('"');
        }
        body.append('>').append(escape(text)).append("</text>");
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        return text.length() * size * (bold ? BOLD_ADVANCE : REGULAR_ADVANCE);
    }

    private static String colour(String colour) {
        if (!colour.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("not a colour: " + colour);
        }
        return colour;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
