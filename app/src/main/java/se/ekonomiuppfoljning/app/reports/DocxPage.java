package se.ekonomiuppfoljning.app.reports;

import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import se.ekonomiuppfoljning.reports.ReportDocument;

/**
 * The DOCX's pages: A4 with margins of 2 cm, portrait or (for a section of its own) landscape; the kommun and the
 * kind of document in the page header, "Sida N" in the footer.
 */
final class DocxPage {

    /** A4 in twentieths of a point, margins 2 cm. */
    private static final int PAGE_WIDTH = 11906;

    private static final int PAGE_HEIGHT = 16838;
    private static final int MARGIN = 1134;
    /** The text width between the margins, portrait and landscape, in twips. */
    static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

    static final int LANDSCAPE_TEXT_WIDTH = PAGE_HEIGHT - 2 * MARGIN;
    static final String RULE = "%06X".formatted(DocumentLayout.RULE_RGB);

    private DocxPage() {}

    /** The body's own section: A4 portrait. */
    static void page(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        page(section, false);
    }

    /** A4 portrait or landscape with the document's margins. */
    private static void page(CTSectPr section, boolean landscape) {
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? PAGE_HEIGHT : PAGE_WIDTH));
        size.setH(BigInteger.valueOf(landscape ? PAGE_WIDTH : PAGE_HEIGHT));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setLeft(BigInteger.valueOf(MARGIN));
        margins.setRight(BigInteger.valueOf(MARGIN));
        margins.setTop(BigInteger.valueOf(MARGIN + 300));
        margins.setBottom(BigInteger.valueOf(MARGIN));
        margins.setHeader(BigInteger.valueOf(560));
        margins.setFooter(BigInteger.valueOf(560));
    }

    /** The kommun and the kind of document on top of every page, "Sida N" at the bottom. */
    static void frame(XWPFDocument document, ReportDocument content) {
        XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
        XWPFTable table = header.createTable(1, 2);
        table.removeBorders();
        table.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, RULE);
        DocxTables.widths(table, new int[] {TEXT_WIDTH / 2, TEXT_WIDTH - TEXT_WIDTH / 2});
        XWPFTableRow row = table.getRow(0);
        XWPFParagraph left = row.getCell(0).getParagraphs().get(0);
        DocxText.run(left, content.kommun(), true, 10, null);
        XWPFParagraph right = row.getCell(1).getParagraphs().get(0);
        right.setAlignment(ParagraphAlignment.RIGHT);
        DocxText.run(right, content.kind(), false, 10, DocxText.MUTED);

        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph page = footer.createParagraph();
        page.setAlignment(ParagraphAlignment.RIGHT);
        DocxText.run(page, content.pageLabel() + " ", false, 8.5, DocxText.MUTED);
        CTSimpleField field = page.getCTP().addNewFldSimple();
        field.setInstr("PAGE \\* MERGEFORMAT");
        CTR number = field.addNewR();
        CTRPr format = number.addNewRPr();
        format.addNewSz().setVal(BigInteger.valueOf(17)); // half-points: 8.5 pt, as the label
        format.addNewColor().setVal(DocxText.MUTED);
        number.addNewT().setStringValue("1");
    }

    /**
     * Ends the section so far with the given page orientation: Word keeps a section's page settings on its last
     * paragraph. A wide table sits in a landscape section of its own between two portrait ones.
     */
    static void endSection(XWPFDocument document, boolean landscape) {
        XWPFParagraph end = document.createParagraph();
        end.setSpacingAfter(0);
        CTSectPr section =
                (end.getCTP().isSetPPr() ? end.getCTP().getPPr() : end.getCTP().addNewPPr()).addNewSectPr();
        page(section, landscape);
        // every section names the page header and footer; a section without them would print none
        CTSectPr body = document.getDocument().getBody().getSectPr();
        section.setHeaderReferenceArray(body.getHeaderReferenceArray());
        section.setFooterReferenceArray(body.getFooterReferenceArray());
    }
}
