package se.ekonomiuppfoljning.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One part of a {@link ReportDocument}, in reading order. Every text is final: numbers are already formatted by
 * the display rules, and a renderer prints the text as it is (never as markup). Only the charts carry numbers, in
 * kronor, for the renderer to draw.
 */
public sealed interface Block {

    /** A heading: level 1 is the document's title, 2 a section, 3 a sub-section. */
    record Heading(int level, String text) implements Block {
        public Heading {
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("heading level 1..3: " + level);
            }
        }
    }

    /** A paragraph; {@code \n} is a line break inside it. */
    record Paragraph(String text) implements Block {}

    /** Label–value lines, as the header block and the summary figures. */
    record Fields(@Nullable String caption, List<Field> fields) implements Block {
        public Fields {
            fields = List.copyOf(fields);
        }
    }

    /** A label and its value; {@code negative} marks a negative deviation (printed bold). */
    record Field(String label, String value, boolean negative) {
        public Field(String label, String value) {
            this(label, value, false);
        }
    }

    /**
     * A table with a caption, its columns, its rows, an optional total row and footnotes under it.
     */
    record Table(
            String caption,
            List<Column> columns,
            List<Row> rows,
            @Nullable Row total,
            List<String> footnotes) implements Block {
        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
            footnotes = List.copyOf(footnotes);
            for (Row row : rows) {
                row.requireWidth(columns.size());
            }
            if (total != null) {
                total.requireWidth(columns.size());
            }
        }
    }

    /** A column: its header, whether it holds figures (right-aligned), and its relative width. */
    record Column(String header, boolean numeric, float width) {}

    /** A row's cells; {@code negative} per cell marks a negative deviation (printed bold). */
    record Row(List<String> cells, List<Boolean> negative) {
        public Row {
            cells = List.copyOf(cells);
            negative = List.copyOf(negative);
            if (negative.size() != cells.size()) {
                throw new IllegalArgumentException("one negative flag per cell");
            }
        }

        public static Row of(List<String> cells) {
            return new Row(cells, cells.stream().map(c -> false).toList());
        }

        void requireWidth(int columns) {
            if (cells.size() != columns) {
                throw new IllegalArgumentException("a row has " + cells.size() + " cells for " + columns + " columns");
            }
        }
    }

    /** A chart, drawn by the renderer; {@code description} is its text alternative. */
    sealed interface Chart extends Block {
        String title();

        String description();
    }

    /**
     * Lines over the months: each series has one value per label in kronor, {@code null} where it has none (the
     * actuals after the period).
     */
    record LineChart(String title, String description, List<String> labels, List<Series> series) implements Chart {
        public LineChart {
            labels = List.copyOf(labels);
            series = List.copyOf(series);
            for (Series s : series) {
                if (s.values().size() != labels.size()) {
                    throw new IllegalArgumentException("series " + s.name() + " needs one value per label");
                }
            }
        }
    }

    /** A named line of values in kronor. */
    record Series(String name, List<@Nullable BigDecimal> values) {
        public Series {
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    /** Horizontal bars, one per label, in kronor; negative bars are deviations over budget. */
    record BarChart(String title, String description, List<Bar> bars) implements Chart {
        public BarChart {
            bars = List.copyOf(bars);
        }
    }

    /** One bar: its label, its value in kronor and that value as printed. */
    record Bar(String label, BigDecimal value, String printed) {}
}
