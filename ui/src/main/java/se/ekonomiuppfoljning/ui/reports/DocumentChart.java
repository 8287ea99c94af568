package se.ekonomiuppfoljning.ui.reports;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.SwedishFormat;
import se.ekonomiuppfoljning.reports.Block;
import se.ekonomiuppfoljning.reports.SvgChart;

/**
 * A document's chart on the page: its title, the picture drawn by the server as SVG (the same layout as the PDF's,
 * {@code role="img"} labelled by its title and description), and its values as a table that only a screen reader
 * reads (the text alternative that lists them). Every text is set as text or escaped by {@link SvgChart}.
 */
public class DocumentChart extends Div {

    public DocumentChart(Block.Chart chart) {
        addClassName("portal-document-chart");
        Paragraph title = new Paragraph(chart.title());
        title.addClassName("portal-chart-title");
        add(title);
        Svg picture = new Svg(SvgChart.svg(chart));
        picture.addClassName("portal-chart-picture");
        add(picture);
        Paragraph description = new Paragraph(chart.description());
        description.addClassName("portal-caption");
        add(description);
        // the table in a clipped 1 px box: a table's own width follows its content, so the box hides it
        Div hidden = new Div();
        hidden.addClassName("portal-visually-hidden");
        hidden.getElement().appendChild(values(chart));
        add(hidden);
    }

    private static Element values(Block.Chart chart) {
        Element table = new Element("table");
        Element caption = new Element("caption");
        caption.setText(chart.title());
        table.appendChild(caption);
        Element head = new Element("tr");
        Element body = new Element("tbody");
        if (chart instanceof Block.LineChart line) {
            head.appendChild(th("", "col"));
            line.series().forEach(s -> head.appendChild(th(s.name(), "col")));
            for (int i = 0; i < line.labels().size(); i++) {
                Element tr = new Element("tr");
                tr.appendChild(th(line.labels().get(i), "row"));
                for (Block.Series series : line.series()) {
                    tr.appendChild(td(tkr(series.values().get(i))));
                }
                body.appendChild(tr);
            }
        } else if (chart instanceof Block.BarChart bars) {
            head.appendChild(th("", "col"));
            head.appendChild(th(chart.title(), "col"));
            for (Block.Bar bar : bars.bars()) {
                Element tr = new Element("tr");
                tr.appendChild(th(bar.label(), "row"));
                tr.appendChild(td(bar.printed()));
                body.appendChild(tr);
            }
        }
        table.appendChild(new Element("thead").appendChild(head));
        table.appendChild(body);
        return table;
    }

    private static String tkr(@Nullable BigDecimal kronor) {
        return kronor == null ? "\u2013" : SwedishFormat.tkr(kronor);
    }

    private static Element th(String text, String scope) {
        Element th = new Element("th");
        th.setText(text);
        th.setAttribute("scope", scope);
        return th;
    }

    private static Element td(String text) {
        Element td = new Element("td");
        td.setText(text);
        return td;
    }

    static List<Block.Chart> charts(List<Block> blocks) {
        return blocks.stream()
                .filter(Block.Chart.class::isInstance)
                .map(Block.Chart.class::cast)
                .toList();
    }
}
