package se.ekonomiuppfoljning.app.reports;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/** The kommun and the kind of document on top of every page of the PDF, the page number at the bottom. */
final class PdfPageFrame extends PdfPageEventHelper {

    private final PdfFonts fonts;
    private final float marginX;
    private final String kommun;
    private final String kind;
    private final String pageLabel;

    PdfPageFrame(PdfFonts fonts, float marginX, String kommun, String kind, String pageLabel) {
        this.fonts = fonts;
        this.marginX = marginX;
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
                canvas, Element.ALIGN_LEFT, new Phrase(kommun, fonts.font(true, 10f)), marginX, top, 0);
        ColumnText.showTextAligned(
                canvas,
                Element.ALIGN_RIGHT,
                new Phrase(kind, fonts.font(false, 10f, PdfFonts.MUTED)),
                page.getRight() - marginX,
                top,
                0);
        canvas.saveState();
        canvas.setColorStroke(PdfFonts.RULE);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(marginX, top - 6f);
        canvas.lineTo(page.getRight() - marginX, top - 6f);
        canvas.stroke();
        canvas.restoreState();
        ColumnText.showTextAligned(
                canvas,
                Element.ALIGN_RIGHT,
                new Phrase(
                        new Chunk(pageLabel + " " + writer.getPageNumber(), fonts.font(false, 8.5f, PdfFonts.MUTED))),
                page.getRight() - marginX,
                30f,
                0);
    }
}
