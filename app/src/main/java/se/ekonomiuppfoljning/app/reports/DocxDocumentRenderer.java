package se.ekonomiuppfoljning.app.reports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import se.ekonomiuppfoljning.reports.Block;
import se.ekonomiuppfoljning.reports.DocumentFormat;
import se.ekonomiuppfoljning.reports.DocumentRenderer;
import se.ekonomiuppfoljning.reports.ReportDocument;

/**
 * Renders a document as DOCX with Apache POI, to be finished in Word: A4, Arial (Word's fonts; a DOCX names its
 * fonts rather than embedding them), headings with outline levels (Word's navigation pane), the kommun and the kind
 * of document in the page header, the page number in the footer, tables whose header row repeats, charts as PNG
 * with their description as alternative text. Texts are set as they are, in Swedish (sv-SE).
 */
public final class DocxDocumentRenderer implements DocumentRenderer {

    private static final String FONT = "Arial";
    private static final String LANGUAGE = "sv-SE";
    /** A4 in twentieths of a point, margins 2 cm. */
    private static final int PAGE_WIDTH = 11906;

    private static final int PAGE_HEIGHT = 16838;
    private static final int MARGIN = 1134;
    /** The text width between the margins, portrait and landscape, in twips. */
    private static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

    private static final int LANDSCAPE_TEXT_WIDTH = PAGE_HEIGHT - 2 * MARGIN;
    private static final String RULE = "999999";
    private static final String LIGHT = "DDDDDD";
    private static final String HEADER_FILL = "EEEEEE";
    private static final String MUTED = "555555";

    @Override
    public DocumentFormat format() {
        return DocumentFormat.DOCX;
    }

    @Override
    public byte[] render(ReportDocument content) {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(document);
            frame(document, content);
            document.getProperties().getCoreProperties().setTitle(text(content.kind() + " " + content.fileBaseName()));
            document.getProperties().getCoreProperties().setCreator("Ekonomiuppföljning");
            int pictures = 0;
            for (Block block : content.blocks()) {
                if (block instanceof Block.Heading heading) {
                    heading(document, heading);
                } else if (block instanceof Block.Paragraph paragraph) {
                    XWPFParagraph p = document.createParagraph();
                    p.setSpacingAfter(120);
                    lines(p, paragraph.text(), false, 10.5, null);
                } else if (block instanceof Block.Fields fields) {
                    fields(document, fields);
                } else if (block instanceof Block.Table table) {
                    table(document, table);
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

    private static void page(XWPFDocument document) {
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
    private static void frame(XWPFDocument document, ReportDocument content) {
        XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
        XWPFTable table = header.createTable(1, 2);
        table.removeBorders();
        table.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, RULE);
        widths(table, new int[] {TEXT_WIDTH / 2, TEXT_WIDTH - TEXT_WIDTH / 2});
        XWPFTableRow row = table.getRow(0);
        XWPFParagraph left = row.getCell(0).getParagraphs().get(0);
        run(left, content.kommun(), true, 10, null);
        XWPFParagraph right = row.getCell(1).getParagraphs().get(0);
        right.setAlignment(ParagraphAlignment.RIGHT);
        run(right, content.kind(), false, 10, MUTED);

        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph page = footer.createParagraph();
        page.setAlignment(ParagraphAlignment.RIGHT);
        run(page, content.pageLabel() + " ", false, 8.5, MUTED);
        CTSimpleField field = page.getCTP().addNewFldSimple();
        field.setInstr("PAGE \\* MERGEFORMAT");
        CTR number = field.addNewR();
        CTRPr format = number.addNewRPr();
        format.addNewSz().setVal(BigInteger.valueOf(17)); // half-points: 8.5 pt, as the label
        format.addNewColor().setVal(MUTED);
        number.addNewT().setStringValue("1");
    }

    private static void heading(XWPFDocument document, Block.Heading heading) {
        XWPFParagraph p = document.createParagraph();
        double size = switch (heading.level()) {
            case 1 -> 15;
            case 2 -> 12;
            default -> 10.5;
        };
        p.setSpacingBefore(heading.level() == 3 ? 120 : 240);
        p.setSpacingAfter(heading.level() == 1 ? 160 : 60);
        p.setKeepNext(true);
        (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr())
                .addNewOutlineLvl()
                .setVal(BigInteger.valueOf(heading.level() - 1L));
        lines(p, heading.text(), true, size, null);
    }

    private static void fields(XWPFDocument document, Block.Fields fields) {
        String captionText = fields.caption();
        boolean header = captionText == null;
        if (captionText != null) {
            XWPFParagraph caption = document.createParagraph();
            caption.setSpacingBefore(120);
            caption.setSpacingAfter(60);
            caption.setKeepNext(true);
            lines(caption, captionText, true, 10.5, null);
        }
        XWPFTable table = document.createTable(fields.fields().size(), 2);
        table.removeBorders();
        if (!header) {
            table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, LIGHT);
            table.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, LIGHT);
        }
        widths(table, header ? new int[] {2400, TEXT_WIDTH - 2400} : new int[] {5400, 1800});
        for (int i = 0; i < fields.fields().size(); i++) {
            Block.Field field = fields.fields().get(i);
            XWPFTableRow row = table.getRow(i);
            XWPFTableCell label = row.getCell(0);
            XWPFTableCell value = row.getCell(1);
            lines(label.getParagraphs().get(0), field.label() + (header ? ":" : ""), header, 10.5, null);
            XWPFParagraph v = value.getParagraphs().get(0);
            if (!header) {
                v.setAlignment(ParagraphAlignment.RIGHT);
            }
            lines(v, field.value(), field.negative(), 10.5, null);
        }
        document.createParagraph().setSpacingAfter(0);
    }

    /**
     * Ends the section so far with the given page orientation: Word keeps a section's page settings on its last
     * paragraph. A wide table sits in a landscape section of its own between two portrait ones.
     */
    private static void endSection(XWPFDocument document, boolean landscape) {
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

    private static void table(XWPFDocument document, Block.Table table) {
        boolean wide = table.columns().size() > 6;
        if (wide) {
            endSection(document, false);
        }
        XWPFParagraph caption = document.createParagraph();
        caption.setSpacingBefore(200);
        caption.setSpacingAfter(80);
        caption.setKeepNext(true);
        lines(caption, table.caption(), true, 10.5, null);
        double size = wide ? 8 : 9;
        int rows = 1 + table.rows().size() + (table.total() == null ? 0 : 1);
        XWPFTable docx = document.createTable(rows, table.columns().size());
        docx.removeBorders();
        docx.setInsideHBorder(XWPFBorderType.SINGLE, 2, 0, LIGHT);
        float sum = 0;
        for (Block.Column column : table.columns()) {
            sum += column.width();
        }
        int available = wide ? LANDSCAPE_TEXT_WIDTH : TEXT_WIDTH;
        int[] widths = new int[table.columns().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Math.round(available * table.columns().get(i).width() / sum);
        }
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
        docx.setBottomBorder(XWPFBorderType.SINGLE, 8, 0, RULE);
        widths(docx, widths);
        for (String footnote : table.footnotes()) {
            XWPFParagraph note = document.createParagraph();
            note.setSpacingBefore(60);
            note.setSpacingAfter(0);
            lines(note, footnote, false, 8.5, MUTED);
        }
        if (wide) {
            endSection(document, true);
        } else {
            document.createParagraph().setSpacingAfter(0);
        }
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
    private static void widths(XWPFTable table, int[] twips) {
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
        lines(p, text, bold, size, null);
    }

    private static void chart(XWPFDocument document, Block.Chart chart, int number) {
        ChartPainter.Picture picture = ChartPainter.paint(chart);
        XWPFParagraph title = document.createParagraph();
        title.setSpacingBefore(200);
        title.setSpacingAfter(40);
        title.setKeepNext(true);
        lines(title, chart.title(), true, 10, null);
        XWPFParagraph holder = document.createParagraph();
        holder.setSpacingAfter(40);
        holder.setKeepNext(true);
        XWPFRun run = holder.createRun();
        try {
            XWPFPicture added = run.addPicture(
                    new ByteArrayInputStream(picture.png()),
                    PictureType.PNG,
                    "diagram-" + number + ".png",
                    Units.toEMU(picture.widthPt()),
                    Units.toEMU(picture.heightPt()));
            added.getCTPicture().getNvPicPr().getCNvPr().setDescr(text(chart.description()));
            if (run.getCTR().sizeOfDrawingArray() > 0
                    && run.getCTR().getDrawingArray(0).sizeOfInlineArray() > 0) {
                run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setDescr(text(chart.description()));
            }
        } catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException("the chart could not be added to the DOCX", e);
        }
        XWPFParagraph description = document.createParagraph();
        description.setSpacingAfter(120);
        lines(description, chart.description(), false, 8.5, MUTED);
    }

    /** The text in runs, one line per {@code \n}. */
    private static void lines(
            XWPFParagraph p, String text, boolean bold, double size, @org.jspecify.annotations.Nullable String colour) {
        String[] lines = text(text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = run(p, lines[i], bold, size, colour);
            if (i < lines.length - 1) {
                run.addBreak();
            }
        }
    }

    private static XWPFRun run(
            XWPFParagraph p, String text, boolean bold, double size, @org.jspecify.annotations.Nullable String colour) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setLang(LANGUAGE);
        if (colour != null) {
            run.setColor(colour);
        }
        run.setText(text(text));
        return run;
    }

    private static String text(String text) {
        return DocumentText.printable(text);
    }
}
