package se.ekonomiuppfoljning.app.reports;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The documents' fonts: DejaVu Sans regular and bold (Bitstream Vera licence, see {@code fonts/dejavu/LICENSE}),
 * bundled as resources so that every machine renders the same glyphs for å, ä, ö, the minus sign and the no-break
 * space, whatever fonts it has installed. The PDF embeds them; the charts draw with them.
 */
final class ReportFonts {

    static final String REGULAR_NAME = "DejaVuSans.ttf";
    static final String BOLD_NAME = "DejaVuSans-Bold.ttf";

    private static final byte[] REGULAR = read(REGULAR_NAME);
    private static final byte[] BOLD = read(BOLD_NAME);
    private static final Font AWT_REGULAR = awt(REGULAR);
    private static final Font AWT_BOLD = awt(BOLD);

    private ReportFonts() {}

    static byte[] regular() {
        return REGULAR.clone();
    }

    static byte[] bold() {
        return BOLD.clone();
    }

    /** For Java2D. */
    static Font awt(boolean bold, float size) {
        return (bold ? AWT_BOLD : AWT_REGULAR).deriveFont(size);
    }

    private static byte[] read(String name) {
        try (InputStream in = ReportFonts.class.getResourceAsStream("/fonts/dejavu/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the font resource fonts/dejavu/" + name + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Font awt(byte[] ttf) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(ttf));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("the bundled font could not be read", e);
        }
    }
}
