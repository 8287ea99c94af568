package se.ekonomiuppfoljning.app.reports;

import se.ekonomiuppfoljning.reports.Block;

/**
 * What the PDF and the DOCX lay out alike: the heading sizes, which tables are wide enough for landscape pages of
 * their own, and the greys of rules, fills and muted text (as RGB, each format writes them its own way).
 */
final class DocumentLayout {

    /** The rule under the page header and a table's header and total rows. */
    static final int RULE_RGB = 0x999999;
    /** The fill of a table's header and total rows (the PDF's light rules too). */
    static final int HEADER_FILL_RGB = 0xEEEEEE;
    /** Footnotes, chart descriptions, the kind of document and the page number. */
    static final int MUTED_RGB = 0x555555;

    private DocumentLayout() {}

    /**
     * A wide table (the per-unit table's ten columns) gets landscape pages of its own, so that its headers and
     * figures need not wrap; the pages after it are portrait again.
     */
    static boolean wide(Block.Table table) {
        return table.columns().size() > 6;
    }

    /** The font size of a heading of the level, in points: 15, 12, and 10.5 below. */
    static float headingSize(int level) {
        return switch (level) {
            case 1 -> 15f;
            case 2 -> 12f;
            default -> 10.5f;
        };
    }
}
