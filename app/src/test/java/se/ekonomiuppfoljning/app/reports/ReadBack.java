package se.ekonomiuppfoljning.app.reports;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** The text of a generated document, read back as a reader's tool would (no-break spaces read as spaces). */
final class ReadBack {

    private ReadBack() {}

    static String pdf(byte[] pdf) {
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return plain(text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int pdfPages(byte[] pdf) {
        try (PdfReader reader = new PdfReader(pdf)) {
            return reader.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String docx(byte[] docx) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return plain(extractor.getText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String plain(String text) {
        return text.replace('\u00A0', ' ');
    }

    /** The text without any white space, to compare texts that wrapped at other places. */
    static String squeezed(String text) {
        return plain(text).replaceAll("\\s+", "");
    }
}
