package se.ekonomiuppfoljning.app.reports;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.reports.Block;

/**
 * The DOCX's headings, paragraphs and runs: Arial (Word's fonts; a DOCX names its fonts rather than embedding
 * them), in Swedish (sv-SE), one line per {@code \n}; a heading with its outline level (Word's navigation pane).
 */
final class DocxText {

    static final String MUTED = "%06X".formatted(DocumentLayout.MUTED_RGB);
    private static final String FONT = "Arial";
    private static final String LANGUAGE = "sv-SE";

    private DocxText() {}

    static void heading(XWPFDocument document, Block.Heading heading) {
        XWPFParagraph p = document.createParagraph();
        double size = DocumentLayout.headingSize(heading.level());
        p.setSpacingBefore(heading.level() == 3 ? 120 : 240);
        p.setSpacingAfter(heading.level() == 1 ? 160 : 60);
        p.setKeepNext(true);
        (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr())
                .addNewOutlineLvl()
                .setVal(BigInteger.valueOf(heading.level() - 1L));
        lines(p, heading.text(), true, size, null);
    }

    static void paragraph(XWPFDocument document, Block.Paragraph paragraph) {
        XWPFParagraph p = document.createParagraph();
        p.setSpacingAfter(120);
        lines(p, paragraph.text(), false, 10.5, null);
    }

    /** A bold paragraph that stays with what follows it (a table's or a chart's caption). */
    static void caption(XWPFDocument document, String text, int before, int after, double size) {
        XWPFParagraph caption = document.createParagraph();
        caption.setSpacingBefore(before);
        caption.setSpacingAfter(after);
        caption.setKeepNext(true);
        lines(caption, text, true, size, null);
    }

    /** The text in runs, one line per {@code \n}. */
    static void lines(XWPFParagraph p, String text, boolean bold, double size, @Nullable String colour) {
        String[] lines = printable(text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = run(p, lines[i], bold, size, colour);
            if (i < lines.length - 1) {
                run.addBreak();
            }
        }
    }

    static XWPFRun run(XWPFParagraph p, String text, boolean bold, double size, @Nullable String colour) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setLang(LANGUAGE);
        if (colour != null) {
            run.setColor(colour);
        }
        run.setText(printable(text));
        return run;
    }

    static String printable(String text) {
        return DocumentText.printable(text);
    }
}
