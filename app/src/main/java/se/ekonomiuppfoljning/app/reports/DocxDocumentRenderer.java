package se.ekonomiuppfoljning.app.reports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import se.ekonomiuppfoljning.reports.Block;
import se.ekonomiuppfoljning.reports.DocumentFormat;
import se.ekonomiuppfoljning.reports.DocumentRenderer;
import se.ekonomiuppfoljning.reports.ReportDocument;

/**
 * Renders a document as DOCX with Apache POI, to be finished in Word: A4, Arial (Word's fonts; a DOCX names its
 * fonts rather than embedding them), headings with outline levels (Word's navigation pane), the kommun and the kind
 * of document in the page header, the page number in the footer, tables whose header row repeats, charts as PNG
 * with their description as alternative text. Texts are set as they are, in Swedish (sv-SE). The pages are
 * {@link DocxPage}'s, the texts {@link DocxText}'s, the tables {@link DocxTables}'.
 */
public final class DocxDocumentRenderer implements DocumentRenderer {

    @Override
    public DocumentFormat format() {
        return DocumentFormat.DOCX;
    }

    @Override
    public byte[] render(ReportDocument content) {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DocxPage.page(document);
            DocxPage.frame(document, content);
            document.getProperties()
                    .getCoreProperties()
                    .setTitle(DocxText.printable(content.kind() + " " + content.fileBaseName()));
            document.getProperties().getCoreProperties().setCreator("Ekonomiuppföljning");
            int pictures = 0;
            for (Block block : content.blocks()) {
                if (block instanceof Block.Heading heading) {
                    DocxText.heading(document, heading);
                } else if (block instanceof Block.Paragraph paragraph) {
                    DocxText.paragraph(document, paragraph);
                } else if (block instanceof Block.Fields fields) {
                    DocxTables.fields(document, fields);
                } else if (block instanceof Block.Table table) {
                    DocxTables.table(document, table);
                } else if (block instanceof Block.Chart chart) {
                    chart(document, chart, ++pictures);
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the DOCX could not be written", e);
        }
    }

    /** The chart's title, its PNG with the description as alternative text, and the description below. */
    private static void chart(XWPFDocument document, Block.Chart chart, int number) {
        ChartPainter.Picture picture = ChartPainter.paint(chart);
        DocxText.caption(document, chart.title(), 200, 40, 10);
        XWPFParagraph holder = document.createParagraph();
        holder.setSpacingAfter(40);
        holder.setKeepNext(true);
        XWPFRun run = holder.createRun();
        String description = DocxText.printable(chart.description());
        try {
            XWPFPicture added = run.addPicture(
                    new ByteArrayInputStream(picture.png()),
                    PictureType.PNG,
                    "diagram-" + number + ".png",
                    Units.toEMU(picture.widthPt()),
                    Units.toEMU(picture.heightPt()));
            added.getCTPicture().getNvPicPr().getCNvPr().setDescr(description);
            if (run.getCTR().sizeOfDrawingArray() > 0
                    && run.getCTR().getDrawingArray(0).sizeOfInlineArray() > 0) {
                run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setDescr(description);
            }
        } catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException("the chart could not be added to the DOCX", e);
        }
        XWPFParagraph below = document.createParagraph();
        below.setSpacingAfter(120);
        DocxText.lines(below, chart.description(), false, 8.5, DocxText.MUTED);
    }
}
