package se.ekonomiuppfoljning.reports;

import java.util.List;

/**
 * Where {@link ChartDrawing} draws a chart: the few shapes its charts need, in points from the top left. The PDF and
 * DOCX renderers draw onto Java2D, the pages onto SVG text ({@link SvgChart}); the layout is the same for both.
 * Colours are {@code #rrggbb}.
 */
public interface ChartCanvas {

    /** How a text stands at its point. */
    enum Anchor {
        START,
        MIDDLE,
        END
    }

    void line(double x1, double y1, double x2, double y2, String colour, double width);

    /** A line through the points ({@code [x, y]} each), dashed or solid. */
    void polyline(List<double[]> points, String colour, double width, boolean dashed);

    void rect(double x, double y, double width, double height, String colour);

    void dot(double x, double y, double radius, String colour);

    /** A text with its baseline at {@code y}. */
    void text(String text, double x, double y, double size, boolean bold, Anchor anchor, String colour);

    /** The width of the text as this canvas draws it. */
    double textWidth(String text, double size, boolean bold);
}
