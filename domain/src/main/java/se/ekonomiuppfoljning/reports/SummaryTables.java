package se.ekonomiuppfoljning.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.ekonomiuppfoljning.common.SwedishFormat;
import se.ekonomiuppfoljning.followup.DisplayedFigures;
import se.ekonomiuppfoljning.followup.Figures;
import se.ekonomiuppfoljning.followup.FollowUpRow;
import se.ekonomiuppfoljning.followup.FollowUpTable;

/**
 * The tjänsteskrivelse's summary of the figures: the node's key figures, the sentence saying whether it keeps
 * within its frame, and the table of its units (a unit outside the frame's total marked and explained in a
 * footnote).
 */
final class SummaryTables {

    /** The mark after the name of a listed unit that is not in the node's total. */
    static final String FOOTNOTE_MARK = " \u00B9";

    private final TemplateTexts texts;

    SummaryTables(TemplateTexts texts) {
        this.texts = texts;
    }

    /** The node's total; a table without one (a single unit) sums its rows. */
    static Figures summaryFigures(FollowUpTable table) {
        if (table.total() != null) {
            return table.total();
        }
        Figures sum = Figures.ZERO;
        for (FollowUpRow row : table.rows()) {
            sum = sum.plus(row.figures());
        }
        return sum;
    }

    /** The unit's name as a row or bar names it: marked when the unit is outside the node's total. */
    static String listedName(FollowUpRow row) {
        return row.unit().name() + (row.inTotal() ? "" : FOOTNOTE_MARK);
    }

    /** The node's key figures, shown as {@link DisplayedFigures} shows them. */
    Block.Fields keyFigures(Figures summary) {
        DisplayedFigures shown = DisplayedFigures.of(summary);
        return new Block.Fields(
                texts.text("figures.caption"),
                List.of(
                        new Block.Field(texts.text("figures.monthBudget"), shown.monthBudget()),
                        new Block.Field(texts.text("figures.monthActual"), shown.monthActual()),
                        new Block.Field(
                                texts.text("figures.monthDeviation"), shown.monthDeviation(), shown.monthNegative()),
                        new Block.Field(texts.text("figures.monthPercent"), shown.monthPercent()),
                        new Block.Field(texts.text("figures.ytdBudget"), shown.ytdBudget()),
                        new Block.Field(texts.text("figures.ytdActual"), shown.ytdActual()),
                        new Block.Field(texts.text("figures.ytdDeviation"), shown.ytdDeviation(), shown.ytdNegative()),
                        new Block.Field(texts.text("figures.ytdPercent"), shown.ytdPercent()),
                        new Block.Field(texts.text("figures.annualBudget"), shown.annualBudget())));
    }

    /** Whether the node keeps within its frame: its deviation to date is not negative as shown. */
    static boolean withinFrame(Figures summary) {
        return !DisplayedFigures.of(summary).ytdNegative();
    }

    /** "Inom ramen", or the sentence naming the deviation over the frame. */
    String frameSentence(Figures summary) {
        return withinFrame(summary)
                ? texts.text("frame.within")
                : texts.text(
                        "frame.over",
                        Map.of(
                                Placeholder.DEVIATION.token(),
                                SwedishFormat.tkr(summary.ytdDeviation().negate())));
    }

    Block.Table unitTable(FollowUpTable table) {
        List<Block.Column> columns = new ArrayList<>();
        columns.add(new Block.Column(texts.text("table.unit"), false, 2.6f));
        for (String key : List.of(
                "table.monthBudget",
                "table.monthActual",
                "table.monthDeviation",
                "table.monthPercent",
                "table.annualBudget",
                "table.ytdBudget",
                "table.ytdActual",
                "table.ytdDeviation",
                "table.ytdPercent")) {
            columns.add(new Block.Column(texts.text(key), true, 1f));
        }
        List<Block.Row> rows = new ArrayList<>();
        List<String> footnotes = new ArrayList<>();
        String totalLabel = texts.text("table.total");
        for (FollowUpRow row : table.rows()) {
            rows.add(row(listedName(row), row.figures()));
            if (!row.inTotal()) {
                footnotes.add(texts.text(
                        "table.footnote",
                        Map.of(
                                Placeholder.UNIT_NAME.token(),
                                row.unit().name(),
                                Placeholder.COMMITTEE.token(),
                                row.reportsTo() == null ? "" : row.reportsTo().name(),
                                Placeholder.TOTAL.token(),
                                totalLabel)));
            }
        }
        Block.Row total = table.total() == null ? null : row(totalLabel, table.total());
        return new Block.Table(
                texts.text("table.caption"), columns, rows, total, table.total() == null ? List.of() : footnotes);
    }

    /** A row of the unit table: the name and the shown figures, the two deviations marked when negative. */
    static Block.Row row(String name, Figures figures) {
        DisplayedFigures shown = DisplayedFigures.of(figures);
        List<String> cells = new ArrayList<>();
        cells.add(name);
        cells.addAll(shown.cells());
        List<Boolean> negative = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            negative.add((i == 3 && shown.monthNegative()) || (i == 8 && shown.ytdNegative()));
        }
        return new Block.Row(cells, negative);
    }
}
