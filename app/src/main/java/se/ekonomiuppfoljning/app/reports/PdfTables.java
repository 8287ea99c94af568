package se.ekonomiuppfoljning.app.reports;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import se.ekonomiuppfoljning.reports.Block;

/**
 * The PDF's tables: the fields (the header's, without rules; the key figures', with light ones), and the tables
 * whose caption and header row repeat on every page, a wide one on landscape pages of its own.
 */
final class PdfTables {

    /** A cell's padding left and right, in points. */
    private static final float CELL_PADDING = 2f;

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
        document.add(table(table, document.right() - document.left()));
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

    /**
     * The table over {@code available} points: the caption is its first header row (so that it never overlaps the
     * columns' header and repeats with it on every page), and every column is wide enough for the longest word of
     * its header and cells, so that a header breaks only between words.
     */
    PdfPTable table(Block.Table table, float available) {
        float size = DocumentLayout.wide(table) ? 8f : 9f;
        PdfPTable pdf = new PdfPTable(table.columns().size());
        pdf.setTotalWidth(columnWidths(table, size, available));
        pdf.setLockedWidth(true);
        pdf.setHorizontalAlignment(Element.ALIGN_LEFT);
        pdf.setHeaderRows(2);
        pdf.setSplitLate(false);
        pdf.setSpacingBefore(10f);
        pdf.setSpacingAfter(4f);
        PdfPCell caption = cell(table.caption(), fonts.font(true, 10.5f), Element.ALIGN_LEFT);
        caption.setColspan(table.columns().size());
        caption.setPaddingLeft(0f);
        caption.setPaddingBottom(8f);
        pdf.addCell(caption);
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
        return pdf;
    }

    /**
     * The columns' relative widths spread over {@code available} points, each column at least as wide as the
     * longest word of its header (bold) and cells (bold too, as a negative or total cell may be) with the cell's
     * padding; the others share what is left by their relative widths. When even the words do not fit, the minimum
     * widths are scaled to the page.
     */
    float[] columnWidths(Block.Table table, float size, float available) {
        int n = table.columns().size();
        float[] minimum = new float[n];
        for (int i = 0; i < n; i++) {
            minimum[i] = longestWord(table.columns().get(i).header(), size);
            for (Block.Row row : table.rows()) {
                minimum[i] = Math.max(minimum[i], longestWord(row.cells().get(i), size));
            }
            if (table.total() != null) {
                minimum[i] =
                        Math.max(minimum[i], longestWord(table.total().cells().get(i), size));
            }
            minimum[i] += 2 * CELL_PADDING + 1f;
        }
        float needed = 0f;
        for (float m : minimum) {
            needed += m;
        }
        float[] widths = new float[n];
        if (needed >= available) {
            for (int i = 0; i < n; i++) {
                widths[i] = minimum[i] * available / needed;
            }
            return widths;
        }
        boolean[] fixed = new boolean[n];
        boolean changed = true;
        while (changed) {
            changed = false;
            float left = available;
            float relative = 0f;
            for (int i = 0; i < n; i++) {
                if (fixed[i]) {
                    left -= minimum[i];
                } else {
                    relative += table.columns().get(i).width();
                }
            }
            for (int i = 0; i < n; i++) {
                widths[i] = fixed[i] ? minimum[i] : table.columns().get(i).width() * left / relative;
                if (!fixed[i] && widths[i] < minimum[i]) {
                    fixed[i] = true;
                    changed = true;
                }
            }
        }
        return widths;
    }

    private float longestWord(String text, float size) {
        BaseFont font = fonts.font(true, size).getBaseFont();
        float longest = 0f;
        for (String word : DocumentText.printable(text).split("[ \t\n]+")) {
            longest = Math.max(longest, font.getWidthPoint(word, size));
        }
        return longest;
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
        cell.setPaddingLeft(CELL_PADDING);
        cell.setPaddingRight(CELL_PADDING);
        return cell;
    }
}
