package se.ekonomiuppfoljning.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * A generated document as plain content, independent of its file format: the kommun and the kind of document
 * (printed at the top of every page), the word before the page number ("Sida"), the base of its file name, and its
 * blocks in reading order.
 */
public record ReportDocument(String kommun, String kind, String pageLabel, String fileBaseName, List<Block> blocks) {

    public ReportDocument {
        blocks = List.copyOf(blocks);
    }

    /** Every text of the document in reading order, for tests and search. */
    public List<String> texts() {
        List<String> texts = new ArrayList<>(List.of(kommun, kind));
        for (Block block : blocks) {
            if (block instanceof Block.Heading h) {
                texts.add(h.text());
            } else if (block instanceof Block.Paragraph p) {
                texts.add(p.text());
            } else if (block instanceof Block.Fields f) {
                if (f.caption() != null) {
                    texts.add(f.caption());
                }
                f.fields().forEach(field -> texts.add(field.label() + " " + field.value()));
            } else if (block instanceof Block.Table t) {
                texts.add(t.caption());
                texts.add(String.join(
                        " ", t.columns().stream().map(Block.Column::header).toList()));
                t.rows().forEach(r -> texts.add(String.join(" ", r.cells())));
                if (t.total() != null) {
                    texts.add(String.join(" ", t.total().cells()));
                }
                texts.addAll(t.footnotes());
            } else if (block instanceof Block.Chart c) {
                texts.add(c.title());
            }
        }
        return texts;
    }
}
