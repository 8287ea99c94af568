package se.ekonomiuppfoljning.ui.reports;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import se.ekonomiuppfoljning.reports.Block;
import se.ekonomiuppfoljning.reports.ReportDocument;

/**
 * A document's content (a frozen tjänsteskrivelse) on the page, block by block as the PDF prints it: headings,
 * paragraphs, the label–value fields, the tables as plain HTML tables (so that they print whole), and each chart
 * drawn as SVG by the server with its values as a text alternative ({@link DocumentChart}). Every text is set as text, never as markup.
 */
class DocumentBlocks extends Div {

    DocumentBlocks(ReportDocument document) {
        addClassName("portal-document");
        for (Block block : document.blocks()) {
            if (block instanceof Block.Heading h) {
                add(h.level() == 1 ? new H3(h.text()) : h.level() == 2 ? new H4(h.text()) : new H5(h.text()));
            } else if (block instanceof Block.Paragraph p) {
                Paragraph paragraph = new Paragraph(p.text());
                paragraph.getStyle().set("white-space", "pre-line");
                add(paragraph);
            } else if (block instanceof Block.Fields f) {
                add(fields(f));
            } else if (block instanceof Block.Table t) {
                add(table(t));
            } else if (block instanceof Block.Chart c) {
                add(new DocumentChart(c));
            }
        }
    }

    static Div fields(Block.Fields fields) {
        Div box = new Div();
        if (fields.caption() != null) {
            box.add(new H5(fields.caption()));
        }
        for (Block.Field field : fields.fields()) {
            Div line = new Div(new Span(field.label() + ": "), new Span(field.value()));
            if (field.negative()) {
                line.addClassName("portal-negative");
            }
            box.add(line);
        }
        return box;
    }

    private static Div table(Block.Table table) {
        Div box = new Div();
        box.addClassName("portal-document-table");
        // On a narrow screen the table scrolls sideways in this box; a keyboard user reaches it to scroll it too.
        box.getElement().setAttribute("tabindex", "0");
        Element element = new Element("table");
        Element caption = new Element("caption");
        caption.setText(table.caption());
        element.appendChild(caption);
        Element head = new Element("tr");
        for (Block.Column column : table.columns()) {
            Element th = new Element("th");
            th.setText(column.header());
            th.setAttribute("scope", "col");
            if (column.numeric()) {
                th.getStyle().set("text-align", "right");
            }
            head.appendChild(th);
        }
        element.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (Block.Row row : table.rows()) {
            body.appendChild(row(table, row, false));
        }
        if (table.total() != null) {
            body.appendChild(row(table, table.total(), true));
        }
        element.appendChild(body);
        box.getElement().appendChild(element);
        for (String footnote : table.footnotes()) {
            Paragraph note = new Paragraph(footnote);
            note.addClassName("portal-caption");
            box.add(note);
        }
        return box;
    }

    private static Element row(Block.Table table, Block.Row row, boolean total) {
        Element tr = new Element("tr");
        for (int i = 0; i < row.cells().size(); i++) {
            Element td = new Element(i == 0 ? "th" : "td");
            if (i == 0) {
                td.setAttribute("scope", "row");
            }
            td.setText(row.cells().get(i));
            if (table.columns().get(i).numeric()) {
                td.getStyle().set("text-align", "right");
            }
            if (row.negative().get(i)) {
                td.getClassList().add("portal-negative");
            }
            if (total) {
                td.getStyle().set("font-weight", "bold");
            }
            tr.appendChild(td);
        }
        return tr;
    }
}
