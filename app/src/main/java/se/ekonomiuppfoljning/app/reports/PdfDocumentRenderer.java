package se.ekonomiuppfoljning.app.reports;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
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
 * as PNG. Texts are set as they are (plain text, never markup). The fonts are {@link PdfFonts}', the page frame
 * {@link PdfPageFrame}'s, the tables {@link PdfTables}'.
 */
public final class PdfDocumentRenderer implements DocumentRenderer {

    private static final float MARGIN_X = 56f;
    private static final float MARGIN_TOP = 64f;
    private static final float MARGIN_BOTTOM = 56f;

    private final PdfFonts fonts;
    private final PdfTables tables;

    public PdfDocumentRenderer() {
        fonts = new PdfFonts();
        tables = new PdfTables(fonts);
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
            writer.setPageEvent(new PdfPageFrame(
                    fonts,
                    MARGIN_X,
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

    private void add(Document document, Block block) throws DocumentException {
        if (block instanceof Block.Heading heading) {
            Paragraph p = new Paragraph(
                    DocumentText.printable(heading.text()),
                    fonts.font(true, DocumentLayout.headingSize(heading.level())));
            p.setSpacingBefore(heading.level() == 3 ? 6f : 12f);
            p.setSpacingAfter(heading.level() == 1 ? 8f : 3f);
            p.setKeepTogether(true);
            document.add(p);
        } else if (block instanceof Block.Paragraph paragraph) {
            Paragraph p = new Paragraph(DocumentText.printable(paragraph.text()), fonts.font(false, 10.5f));
            p.setLeading(14f);
            p.setSpacingAfter(6f);
            document.add(p);
        } else if (block instanceof Block.Fields fields) {
            document.add(tables.fields(fields));
        } else if (block instanceof Block.Table table) {
            tables.add(document, table);
        } else if (block instanceof Block.Chart chart) {
            addChart(document, chart);
        }
    }

    private void addChart(Document document, Block.Chart chart) throws DocumentException {
        ChartPainter.Picture picture = ChartPainter.paint(chart);
        Paragraph title = new Paragraph(DocumentText.printable(chart.title()), fonts.font(true, 10f));
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
        Paragraph description =
                new Paragraph(DocumentText.printable(chart.description()), fonts.font(false, 8.5f, PdfFonts.MUTED));
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
}
