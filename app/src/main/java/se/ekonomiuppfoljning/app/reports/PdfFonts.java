package se.ekonomiuppfoljning.app.reports;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;

/** The PDF's fonts: DejaVu Sans, regular and bold, embedded as subsets; the greys of the PDF's rules and text. */
final class PdfFonts {

    static final Color RULE = new Color(DocumentLayout.RULE_RGB);
    static final Color HEADER_FILL = new Color(DocumentLayout.HEADER_FILL_RGB);
    static final Color MUTED = new Color(DocumentLayout.MUTED_RGB);

    private final BaseFont regular;
    private final BaseFont bold;

    PdfFonts() {
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

    Font font(boolean strong, float size) {
        return new Font(strong ? bold : regular, size);
    }

    Font font(boolean strong, float size, Color colour) {
        Font font = font(strong, size);
        font.setColor(colour);
        return font;
    }
}
