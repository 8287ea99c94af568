package se.ekonomiuppfoljning.app.reports;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import se.ekonomiuppfoljning.reports.Block;
import se.ekonomiuppfoljning.reports.DocumentFormat;
import se.ekonomiuppfoljning.reports.DocumentRenderer;
import se.ekonomiuppfoljning.reports.ReportDocument;

/**
 * Renders a document as PDF with OpenPDF: A4, DejaVu Sans embedded (subset), the kommun and the kind of document at
 * the top of every page and the page number at the bottom, tables whose header row repeats on every page, charts
 * as PNG. Texts are set as they are (plain text, never markup).
 */
public final class PdfDocumentRenderer implements DocumentRenderer {

    private static final float MARGIN_X = 56f;
    private static final float MARGIN_TOP = 64f;
    private static final float MARGIN_BOTTOM = 56f;
    private static final Color RULE = new Color(0x99, 0x99, 0x99);
    private static final Color HEADER_FILL = new Color(0xEE, 0xEE, 0xEE);
    private static final Color MUTED = new Color(0x55, 0x55, 0x55);

    private final BaseFont regular;
    private final BaseFont bold;

    public PdfDocumentRenderer() {
        try {
            regular = BaseFont.createFont(
                    ReportFonts.REGULAR_NAME,
                    BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED,
                    true,
                    ReportFonts.regular(),
                    null);
            bold = BaseFont.createFont(
                    ReportFonts.BOLD_NAME, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, ReportFonts.bold(), null);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("the PDF fonts could not be loaded", e);
        }
    }

    @Override
    public DocumentFormat format() {
        return DocumentFormat.PDF;
    }

    @Override
    public byte[] render(ReportDocument content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document document = new Document(PageSize.A4, MARGIN_X, MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PageFrame(
                    DocumentText.printable(content.kommun()),
                    DocumentText.printable(content.kind()),
                    DocumentText.printable(content.pageLabel())));
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString("sv-SE"));
            document.addTitle(DocumentText.printable(content.kind() + " " + content.fileBaseName()));
            document.addCreator("Ekonomiuppföljning");
            document.open();
            for (Block block : content.blocks()) {
                add(document, block);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the PDF could not be written", e);
        }
        return out.toByteArray();
    }

    private Font font(boolean strong, float size) {
        return new Font(strong ? bold : regular, size);
    }

    private Font font(boolean strong, float size, Color colour) {
        Font font = font(strong, size);
        font.setColor(colour);
        return font;
    }

    private void add(Document document, Block block) throws DocumentException {
        if (block instanceof Block.Heading heading) {
            float size = switch (heading.level()) {
                case 1 -> 15f;
                case 2 -> 12f;
                default -> 10.5f;
            };
            Paragraph p = new Paragraph(DocumentText.printable(heading.text()), font(true, size));
            p.setSpacingBefore(heading.level() == 3 ? 6f : 12f);
            p.setSpacingAfter(heading.level() == 1 ? 8f : 3f);
            p.setKeepTogether(true);
            document.add(p);
        } else if (block instanceof Block.Paragraph paragraph) {
            Paragraph p = new Paragraph(DocumentText.printable(paragraph.text()), font(false, 10.5f));
            p.setLeading(14f);
            p.setSpacingAfter(6f);
            document.add(p);
        } else if (block instanceof Block.Fields fields) {
            document.add(fields(fields));
        } else if (block instanceof Block.Table table) {
            addTable(document, table);
        } else if (block instanceof Block.Chart chart) {
            addChart(document, chart);
        }
    }

    private PdfPTable fields(Block.Fields fields) {
        PdfPTable table = new PdfPTable(new float[] {2.6f, 1.4f});
        table.setWidthPercentage(fields.caption() == null ? 100f : 75f);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setSpacingBefore(4f);
        table.setSpacingAfter(8f);
        if (fields.caption() != null) {
            PdfPCell caption = cell(fields.caption(), font(true, 10.5f), Element.ALIGN_LEFT);
            caption.setColspan(2);
            caption.setPaddingBottom(5f);
            table.addCell(caption);
        }
        boolean header = fields.caption() == null;
        for (Block.Field field : fields.fields()) {
            PdfPCell label = cell(field.label() + (header ? ":" : ""), font(header, 10.5f), Element.ALIGN_LEFT);
            PdfPCell value = cell(
                    field.value(), font(field.negative(), 10.5f), header ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            if (!header) {
                label.setBorder(Rectangle.BOTTOM);
                value.setBorder(Rectangle.BOTTOM);
                label.setBorderColor(HEADER_FILL);
                value.setBorderColor(HEADER_FILL);
            }
            table.addCell(label);
            table.addCell(value);
        }
        if (header) {
            table.setWidths(new float[] {1.5f, 3.5f});
        }
        return table;
    }

    /**
     * A wide table (the per-unit table's ten columns) gets landscape pages of its own, so that its headers and
     * figures need not wrap; the pages after it are portrait again.
     */
    private void addTable(Document document, Block.Table table) throws DocumentException {
        boolean wide = table.columns().size() > 6;
        if (wide) {
            document.setPageSize(PageSize.A4.rotate());
            document.newPage();
        }
        Paragraph caption = new Paragraph(DocumentText.printable(table.caption()), font(true, 10.5f));
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
                    column.header(), font(true, size), column.numeric() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            cell.setBackgroundColor(HEADER_FILL);
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderColor(RULE);
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
            Paragraph note = new Paragraph(DocumentText.printable(footnote), font(false, 8.5f, MUTED));
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
                    font(total || row.negative().get(i), size),
                    numeric ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            cell.setBorder(total ? Rectangle.TOP : Rectangle.BOTTOM);
            cell.setBorderColor(total ? RULE : HEADER_FILL);
            cell.setBorderWidth(total ? 1f : 0.5f);
            pdf.addCell(cell);
        }
    }

    private PdfPCell cell(String text, Font font, int alignment) {
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

    private void addChart(Document document, Block.Chart chart) throws DocumentException {
        ChartPainter.Picture picture = ChartPainter.paint(chart);
        Paragraph title = new Paragraph(DocumentText.printable(chart.title()), font(true, 10f));
        title.setSpacingBefore(10f);
        title.setSpacingAfter(2f);
        Image image;
        try {
            image = Image.getInstance(picture.png());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        float width = Math.min(picture.widthPt(), document.getPageSize().getWidth() - 2 * MARGIN_X);
        image.scaleToFit(width, picture.heightPt() * width / picture.widthPt());
        image.setAlt(DocumentText.printable(chart.description()));
        Paragraph description = new Paragraph(DocumentText.printable(chart.description()), font(false, 8.5f, MUTED));
        description.setSpacingAfter(6f);
        // the title stays with its chart: both go on a new page when the chart does not fit
        PdfPTable holder = new PdfPTable(1);
        holder.setWidthPercentage(100f);
        holder.setKeepTogether(true);
        PdfPCell titleCell = new PdfPCell(title);
        titleCell.setBorder(Rectangle.NO_BORDER);
        titleCell.setPadding(0f);
        PdfPCell imageCell = new PdfPCell(image, false);
        imageCell.setBorder(Rectangle.NO_BORDER);
        imageCell.setPadding(0f);
        imageCell.setPaddingTop(3f);
        holder.addCell(titleCell);
        holder.addCell(imageCell);
        holder.setSpacingBefore(8f);
        document.add(holder);
        document.add(description);
    }

    /** The kommun and the kind of document on top of every page, the page number at the bottom. */
    private final class PageFrame extends PdfPageEventHelper {
        private final String kommun;
        private final String kind;
        private final String pageLabel;

        PageFrame(String kommun, String kind, String pageLabel) {
            this.kommun = kommun;
            this.kind = kind;
            this.pageLabel = pageLabel;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            Rectangle page = document.getPageSize();
            float top = page.getTop() - 36f;
            ColumnText.showTextAligned(
                    canvas, Element.ALIGN_LEFT, new Phrase(kommun, font(true, 10f)), MARGIN_X, top, 0);
            ColumnText.showTextAligned(
                    canvas,
                    Element.ALIGN_RIGHT,
                    new Phrase(kind, font(false, 10f, MUTED)),
                    page.getRight() - MARGIN_X,
                    top,
                    0);
            canvas.saveState();
            canvas.setColorStroke(RULE);
            canvas.setLineWidth(0.5f);
            canvas.moveTo(MARGIN_X, top - 6f);
            canvas.lineTo(page.getRight() - MARGIN_X, top - 6f);
            canvas.stroke();
            canvas.restoreState();
            ColumnText.showTextAligned(
                    canvas,
                    Element.ALIGN_RIGHT,
                    new Phrase(new Chunk(pageLabel + " " + writer.getPageNumber(), font(false, 8.5f, MUTED))),
                    page.getRight() - MARGIN_X,
                    30f,
                    0);
        }
    }
}
