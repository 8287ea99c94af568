package se.ekonomiuppfoljning.reports;

/** The port to a file format: renders a document's content as a file (implemented in the app: PDF, DOCX). */
public interface DocumentRenderer {

    DocumentFormat format();

    /** The file's bytes. Texts are printed as they are, never read as markup. */
    byte[] render(ReportDocument document);
}
