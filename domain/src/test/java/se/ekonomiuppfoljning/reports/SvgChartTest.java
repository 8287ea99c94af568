package se.ekonomiuppfoljning.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The page's SVG and the documents' picture come from one layout; the SVG is one labelled image, every text escaped. */
class SvgChartTest {

    private final Block.BarChart bars = new Block.BarChart(
            "Avvikelse per enhet",
            "Staplar <per> enhet & \"total\"",
            List.of(
                    new Block.Bar("HR-avdelning", new BigDecimal("-31000"), "\u221231"),
                    new Block.Bar("IT <avdelning>", new BigDecimal("120000"), "120")));

    @Test
    void the_svg_is_one_image_labelled_by_its_title_and_description_with_its_texts_escaped() {
        String svg = SvgChart.svg(bars);
        assertThat(svg)
                .startsWith("<svg ")
                .contains("role=\"img\"")
                .contains("aria-label=\"Avvikelse per enhet. Staplar &lt;per&gt; enhet &amp; &quot;total&quot;\"")
                .contains("<title>Avvikelse per enhet.")
                .contains(">IT &lt;avdelning&gt;</text>")
                .contains(">\u221231</text>")
                .doesNotContain("<avdelning>")
                .endsWith("</svg>");
    }

    @Test
    void both_canvases_get_the_same_shapes_from_the_drawing_an_over_budget_bar_in_red_and_an_under_budget_in_green() {
        List<String> shapes = new ArrayList<>();
        ChartCanvas recording = new ChartCanvas() {
            @Override
            public void line(double x1, double y1, double x2, double y2, String colour, double width) {
                shapes.add("line " + colour);
            }

            @Override
            public void polyline(List<double[]> points, String colour, double width, boolean dashed) {
                shapes.add("polyline " + colour + " " + points.size());
            }

            @Override
            public void rect(double x, double y, double width, double height, String colour) {
                shapes.add("rect " + colour);
            }

            @Override
            public void dot(double x, double y, double radius, String colour) {
                shapes.add("dot " + colour);
            }

            @Override
            public void text(String text, double x, double y, double size, boolean bold, Anchor anchor, String colour) {
                shapes.add("text " + text);
            }

            @Override
            public double textWidth(String text, double size, boolean bold) {
                return text.length() * size * 0.5;
            }
        };
        ChartDrawing.draw(bars, recording);
        assertThat(shapes).containsSubsequence("rect " + ChartDrawing.OVER, "text HR-avdelning", "text \u221231");
        assertThat(shapes).containsSubsequence("rect " + ChartDrawing.UNDER, "text IT <avdelning>", "text 120");
        assertThat(SvgChart.svg(bars))
                .contains("fill=\"" + ChartDrawing.OVER + "\"", "fill=\"" + ChartDrawing.UNDER + "\"");
    }

    @Test
    void the_line_charts_actuals_stop_at_the_period() {
        List<BigDecimal> budget = new ArrayList<>();
        List<BigDecimal> actual = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            labels.add("m" + m);
            budget.add(BigDecimal.valueOf(m * 1000L));
            actual.add(m <= 2 ? BigDecimal.valueOf(m * 900L) : null);
        }
        Block.LineChart line = new Block.LineChart(
                "Ackumulerat",
                "Budget och utfall",
                labels,
                List.of(new Block.Series("Budget", budget), new Block.Series("Utfall", actual)));
        String svg = SvgChart.svg(line);
        assertThat(svg.split("<polyline", -1)).hasSize(3);
        assertThat(svg.split("<circle", -1)).hasSize(12 + 2 + 1);
        assertThat(svg).contains("stroke-dasharray=\"5 3\"");
    }
}
