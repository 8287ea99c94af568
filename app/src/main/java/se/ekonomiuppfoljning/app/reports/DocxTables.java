package se.ekonomiuppfoljning.app.reports;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import se.ekonomiuppfoljning.reports.Block;

/**
 * The DOCX's tables: the fields (the header's, without rules; the key figures', with light ones), and the tables
 * whose header row repeats on every page, a wide one in a landscape section of its own. Column widths are fixed in
 * twips so that Word and LibreOffice agree.
 */
final class DocxTables {

    private static final String LIGHT = "DDDDDD";
    private static final String HEADER_FILL = "%06X".formatted(DocumentLayout.HEADER_FILL_RGB);

    private DocxTables() {}

    static void fields(XWPFDocument document, Block.Fields fields) {
        String captionText = fields.caption();
        boolean header = captionText == null;
        if (captionText != null) {
            DocxText.caption(document, captionText, 120, 60, 10.5);
        }
        XWPFTable table = document.createTable(fields.fields().size(), 2);
        table.removeBorders();
        if (!header) {
            table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, LIGHT);
            table.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, LIGHT);
        }
        widths(table, header ? new int[] {2400, DocxPage.TEXT_WIDTH - 2400} : new int[] {5400, 1800});
        for (int i = 0; i < fields.fields().size(); i++) {
            Block.Field field = fields.fields().get(i);
            XWPFTableRow row = table.getRow(i);
            XWPFTableCell label = row.getCell(0);
            XWPFTableCell value = row.getCell(1);
            DocxText.lines(label.getParagraphs().get(0), field.label() + (header ? ":" : ""), header, 10.5, null);
            XWPFParagraph v = value.getParagraphs().get(0);
            if (!header) {
                v.setAlignment(ParagraphAlignment.RIGHT);
            }
            DocxText.lines(v, field.value(), field.negative(), 10.5, null);
        }
        document.createParagraph().setSpacingAfter(0);
    }

    static void table(XWPFDocument document, Block.Table table) {
        boolean wide = DocumentLayout.wide(table);
        if (wide) {
            DocxPage.endSection(document, false);
        }
        DocxText.caption(document, table.caption(), 200, 80, 10.5);
        double size = wide ? 8 : 9;
        int rows = 1 + table.rows().size() + (table.total() == null ? 0 : 1);
        XWPFTable docx = document.createTable(rows, table.columns().size());
        docx.removeBorders();
        docx.setInsideHBorder(XWPFBorderType.SINGLE, 2, 0, LIGHT);
        int[] widths = columnWidths(table, wide ? DocxPage.LANDSCAPE_TEXT_WIDTH : DocxPage.TEXT_WIDTH);
        XWPFTableRow head = docx.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        for (int i = 0; i < table.columns().size(); i++) {
            Block.Column column = table.columns().get(i);
            XWPFTableCell cell = head.getCell(i);
            cell.setColor(HEADER_FILL);
            cellText(cell, column.header(), true, size, column.numeric());
        }
        int r = 1;
        for (Block.Row row : table.rows()) {
            fill(docx.getRow(r++), table, row, size, false);
        }
        if (table.total() != null) {
            fill(docx.getRow(r), table, table.total(), size, true);
        }
        docx.setBottomBorder(XWPFBorderType.SINGLE, 8, 0, DocxPage.RULE);
        widths(docx, widths);
        for (String footnote : table.footnotes()) {
            XWPFParagraph note = document.createParagraph();
            note.setSpacingBefore(60);
            note.setSpacingAfter(0);
            DocxText.lines(note, footnote, false, 8.5, DocxText.MUTED);
        }
        if (wide) {
            DocxPage.endSection(document, true);
        } else {
            document.createParagraph().setSpacingAfter(0);
        }
    }

    /** The columns' relative widths spread over the available width, in twips (each rounded). */
    static int[] columnWidths(Block.Table table, int available) {
        float sum = 0;
        for (Block.Column column : table.columns()) {
            sum += column.width();
        }
        int[] widths = new int[table.columns().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Math.round(available * table.columns().get(i).width() / sum);
        }
        return widths;
    }

    private static void fill(XWPFTableRow docxRow, Block.Table table, Block.Row row, double size, boolean total) {
        docxRow.setCantSplitRow(false);
        for (int i = 0; i < row.cells().size(); i++) {
            XWPFTableCell cell = docxRow.getCell(i);
            if (total) {
                cell.setColor(HEADER_FILL);
            }
            cellText(
                    cell,
                    row.cells().get(i),
                    total || row.negative().get(i),
                    size,
                    table.columns().get(i).numeric());
        }
    }

    /** Fixed column widths in twips: the table grid and every cell, so that Word and LibreOffice agree. */
    static void widths(XWPFTable table, int[] twips) {
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null
                ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        int total = 0;
        for (int w : twips) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
            total += w;
        }
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(Integer.toString(total));
        CTTblPr properties = table.getCTTbl().getTblPr() == null
                ? table.getCTTbl().addNewTblPr()
                : table.getCTTbl().getTblPr();
        (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
                .setType(STTblLayoutType.FIXED);
        for (XWPFTableRow row : table.getRows()) {
            for (int i = 0; i < row.getTableCells().size() && i < twips.length; i++) {
                XWPFTableCell cell = row.getCell(i);
                cell.setWidthType(TableWidthType.DXA);
                cell.setWidth(Integer.toString(twips[i]));
            }
        }
    }

    private static void cellText(XWPFTableCell cell, String text, boolean bold, double size, boolean numeric) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setSpacingAfter(0);
        if (numeric) {
            p.setAlignment(ParagraphAlignment.RIGHT);
        }
        DocxText.lines(p, text, bold, size, null);
    }
}
