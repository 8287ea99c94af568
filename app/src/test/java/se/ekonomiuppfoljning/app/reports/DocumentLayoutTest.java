package se.ekonomiuppfoljning.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.reports.Block;

/** What the PDF and the DOCX lay out alike, and the DOCX's column widths. */
class DocumentLayoutTest {

    @Test
    void a_table_of_more_than_six_columns_is_wide_and_one_of_six_is_not() {
        assertThat(DocumentLayout.wide(table(7))).isTrue();
        assertThat(DocumentLayout.wide(table(6))).isFalse();
    }

    @Test
    void headings_are_15_12_and_10_5_points_by_level() {
        assertThat(List.of(DocumentLayout.headingSize(1), DocumentLayout.headingSize(2), DocumentLayout.headingSize(3)))
                .containsExactly(15f, 12f, 10.5f);
    }

    @Test
    void both_formats_print_the_same_greys() {
        assertThat(DocxPage.RULE).isEqualTo("999999");
        assertThat(DocxText.MUTED).isEqualTo("555555");
        assertThat(PdfFonts.RULE.getRGB() & 0xFFFFFF).isEqualTo(0x999999);
        assertThat(PdfFonts.HEADER_FILL.getRGB() & 0xFFFFFF).isEqualTo(0xEEEEEE);
        assertThat(PdfFonts.MUTED.getAlpha()).isEqualTo(255);
    }

    @Test
    void the_docx_spreads_the_columns_relative_widths_over_the_available_twips() {
        Block.Table table = new Block.Table(
                "caption",
                List.of(
                        new Block.Column("a", false, 2f),
                        new Block.Column("b", true, 1f),
                        new Block.Column("c", true, 1f)),
                List.of(),
                null,
                List.of());

        assertThat(DocxTables.columnWidths(table, 1000)).containsExactly(500, 250, 250);
    }

    private static Block.Table table(int columns) {
        return new Block.Table(
                "caption",
                IntStream.range(0, columns)
                        .mapToObj(i -> new Block.Column("c" + i, i > 0, 1f))
                        .toList(),
                List.of(),
                null,
                List.of());
    }
}
