package se.ekonomiuppfoljning.app.reports;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import se.ekonomiuppfoljning.reports.Block;

/**
 * The PDF's tables: the fields (the header's, without rules; the key figures', with light ones), and the tables
 * whose header row repeats on every page, a wide one on landscape pages of its own.
 */
final class PdfTables {

    private final PdfFonts fonts;

    PdfTables(PdfFonts fonts) {
        this.fonts = fonts;
    }

    PdfPTable fields(Block.Fields fields) {
        PdfPTable table = new PdfPTable(new float[] {2.6f, 1.4f});
        table.setWidthPercentage(fields.caption() == null ? 100f : 75f);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setSpacingBefore(4f);
        table.setSpacingAfter(8f);
        if (fields.caption() != null) {
            PdfPCell caption = cell(fields.caption(), fonts.font(true, 10.5f), Element.ALIGN_LEFT);
            caption.setColspan(2);
            caption.setPaddingBottom(5f);
            table.addCell(caption);
        }
        boolean header = fields.caption() == null;
        for (Block.Field field : fields.fields()) {
            PdfPCell label = cell(field.label() + (header ? ":" : ""), fonts.font(header, 10.5f), Element.ALIGN_LEFT);
            PdfPCell value = cell(
                    field.value(),
                    fonts.font(field.negative(), 10.5f),
                    header ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            if (!header) {
                label.setBorder(Rectangle.BOTTOM);
                value.setBorder(Rectangle.BOTTOM);
                label.setBorderColor(PdfFonts.HEADER_FILL);
                value.setBorderColor(PdfFonts.HEADER_FILL);
            }
            table.addCell(label);
            table.addCell(value);
        }
        if (header) {
            table.setWidths(new float[] {1.5f, 3.5f});
        }
        return table;
    }

    /** The caption, the table, its footnotes; a wide table on landscape pages of its own. */
    void add(Document document, Block.Table table) throws DocumentException {
        boolean wide = DocumentLayout.wide(table);
        if (wide) {
            document.setPageSize(PageSize.A4.rotate());
            document.newPage();
        }
        Paragraph caption = new Paragraph(DocumentText.printable(table.caption()), fonts.font(true, 10.5f));
        caption.setLeading(14f);
        caption.setSpacingBefore(10f);
        caption.setSpacingAfter(8f);
        caption.setKeepTogether(true);
        document.add(caption);
        float size = wide ? 8f : 9f;
        float[] widths = new float[table.columns().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = table.columns().get(i).width();
        }
        PdfPTable pdf = new PdfPTable(widths);
        pdf.setWidthPercentage(100f);
        pdf.setHeaderRows(1);
        pdf.setSplitLate(false);
        pdf.setSpacingAfter(4f);
        for (Block.Column column : table.columns()) {
            PdfPCell cell = cell(
                    column.header(),
                    fonts.font(true, size),
                    column.numeric() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            cell.setBackgroundColor(PdfFonts.HEADER_FILL);
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderColor(PdfFonts.RULE);
            pdf.addCell(cell);
        }
        for (Block.Row row : table.rows()) {
            addRow(pdf, table, row, size, false);
        }
        if (table.total() != null) {
            addRow(pdf, table, table.total(), size, true);
        }
        document.add(pdf);
        for (String footnote : table.footnotes()) {
            Paragraph note = new Paragraph(DocumentText.printable(footnote), fonts.font(false, 8.5f, PdfFonts.MUTED));
            note.setSpacingAfter(2f);
            document.add(note);
        }
        if (wide) {
            document.setPageSize(PageSize.A4);
            document.newPage();
        }
    }

    private void addRow(PdfPTable pdf, Block.Table table, Block.Row row, float size, boolean total) {
        for (int i = 0; i < row.cells().size(); i++) {
            boolean numeric = table.columns().get(i).numeric();
            PdfPCell cell = cell(
                    row.cells().get(i),
                    fonts.font(total || row.negative().get(i), size),
                    numeric ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            cell.setBorder(total ? Rectangle.TOP : Rectangle.BOTTOM);
            cell.setBorderColor(total ? PdfFonts.RULE : PdfFonts.HEADER_FILL);
            cell.setBorderWidth(total ? 1f : 0.5f);
            pdf.addCell(cell);
        }
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(DocumentText.printable(text), font));
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingTop(2f);
        cell.setPaddingBottom(3f);
        cell.setPaddingLeft(2f);
        cell.setPaddingRight(2f);
        return cell;
    }
}
