package se.ekonomiuppfoljning.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.ValueProvider;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.SwedishFormat;
import se.ekonomiuppfoljning.export.ExportCell;
import se.ekonomiuppfoljning.export.ExportColumns;
import se.ekonomiuppfoljning.export.ExportTable;

/**
 * The columns of a table, declared once for both the grid and its export: each a key, a header from the bundles,
 * and the value as a typed export cell with the text the grid shows for it (tkr for an amount, "95,9 %" for a
 * percentage). A column may show other text than it exports ({@link #shown}), be tuned on the grid
 * ({@link #grid}), or belong to one side only ({@link #gridOnly}, {@link #exportOnly}).
 *
 * <pre>{@code
 * ColumnSet<Decision> columns = new ColumnSet<Decision>(this)
 *         .text("organ", "case.organ", d -> service.organName(d.organ()))
 *         .date("date", "case.decisionDate", Decision::date)
 *         .number("paragraph", "case.paragraph", Decision::paragraph).shown(d -> "§ " + d.paragraph());
 * columns.addTo(grid);
 * add(ExportLinks.forGrid(grid, columns, fileName, name, title), grid);
 * }</pre>
 */
public final class ColumnSet<T> implements Serializable {

    private final Component owner;
    private final List<Definition<T>> columns = new ArrayList<>();

    /** Headers are translated by the owner (the page), in its locale. */
    public ColumnSet(Component owner) {
        this.owner = owner;
    }

    /** A column whose header is already text (a month's name), with its cell and the text the grid shows. */
    public ColumnSet<T> column(
            String key,
            String header,
            SerializableFunction<T, ExportCell> cell,
            ValueProvider<T, String> shown,
            @Nullable ColumnTextAlign align) {
        columns.add(new Definition<>(key, header, cell, shown, align));
        return this;
    }

    public ColumnSet<T> text(String key, String headerKey, SerializableFunction<T, @Nullable String> value) {
        return column(
                key,
                owner.getTranslation(headerKey),
                item -> ExportCell.text(value.apply(item)),
                item -> orEmpty(value.apply(item)),
                null);
    }

    /** Kronor: tkr on the grid (right-aligned), the exact amount in the export. */
    public ColumnSet<T> amount(String key, String headerKey, SerializableFunction<T, BigDecimal> kronor) {
        return amountHeaded(key, owner.getTranslation(headerKey), kronor);
    }

    /** An amount that may be missing (a month without actuals): an empty cell then, in the grid and the file. */
    public ColumnSet<T> optionalAmount(
            String key, String headerKey, SerializableFunction<T, @Nullable BigDecimal> kronor) {
        return column(
                key,
                owner.getTranslation(headerKey),
                item -> {
                    BigDecimal value = kronor.apply(item);
                    return value == null ? ExportCell.EMPTY : ExportCell.amount(value);
                },
                item -> {
                    BigDecimal value = kronor.apply(item);
                    return value == null ? "" : SwedishFormat.tkr(value);
                },
                ColumnTextAlign.END);
    }

    /** An amount under a header that is already text. */
    public ColumnSet<T> amountHeaded(String key, String header, SerializableFunction<T, BigDecimal> kronor) {
        return column(
                key,
                header,
                item -> ExportCell.amount(kronor.apply(item)),
                item -> SwedishFormat.tkr(kronor.apply(item)),
                ColumnTextAlign.END);
    }

    /** A percentage, or "–" where there is none. */
    public ColumnSet<T> percent(String key, String headerKey, SerializableFunction<T, Optional<BigDecimal>> percent) {
        return column(
                key,
                owner.getTranslation(headerKey),
                item -> ExportCell.percent(percent.apply(item)),
                item -> SwedishFormat.percent(percent.apply(item)),
                ColumnTextAlign.END);
    }

    /** A date, shown as ISO (2026-02-16). */
    public ColumnSet<T> date(String key, String headerKey, SerializableFunction<T, LocalDate> date) {
        return column(
                key,
                owner.getTranslation(headerKey),
                item -> ExportCell.date(date.apply(item)),
                item -> date.apply(item).toString(),
                null);
    }

    /** A local time, to be shown as the page formats it ({@link #shown}). */
    public ColumnSet<T> dateTime(String key, String headerKey, SerializableFunction<T, LocalDateTime> time) {
        return column(
                key,
                owner.getTranslation(headerKey),
                item -> ExportCell.dateTime(time.apply(item)),
                item -> time.apply(item).toString(),
                null);
    }

    public ColumnSet<T> number(String key, String headerKey, SerializableFunction<T, ? extends Number> value) {
        return column(
                key,
                owner.getTranslation(headerKey),
                item -> ExportCell.number(value.apply(item).longValue()),
                item -> String.valueOf(value.apply(item)),
                null);
    }

    /** The last column shows this text on the grid (the export keeps its typed cell). */
    public ColumnSet<T> shown(ValueProvider<T, String> text) {
        last().shown = text;
        return this;
    }

    /** Tunes the last column on the grid (width, flex, frozen, part names), after the defaults. */
    public ColumnSet<T> grid(SerializableConsumer<Grid.Column<T>> tune) {
        Definition<T> last = last();
        SerializableConsumer<Grid.Column<T>> before = last.tune;
        last.tune = column -> {
            before.accept(column);
            tune.accept(column);
        };
        return this;
    }

    /** The last column is on the grid only (a button, a link). */
    public ColumnSet<T> gridOnly() {
        last().exported = false;
        return this;
    }

    /** The last column is in the export only. */
    public ColumnSet<T> exportOnly() {
        last().onGrid = false;
        return this;
    }

    /**
     * Adds the grid's columns in order, each with its header, key, alignment and automatic width, and returns them.
     */
    public List<Grid.Column<T>> addTo(Grid<T> grid) {
        List<Grid.Column<T>> added = new ArrayList<>();
        for (Definition<T> definition : columns) {
            if (!definition.onGrid) {
                continue;
            }
            Grid.Column<T> column = grid.addColumn(definition.shown)
                    .setHeader(definition.header)
                    .setKey(definition.key)
                    .setAutoWidth(true);
            if (definition.align != null) {
                column.setTextAlign(definition.align);
            }
            definition.tune.accept(column);
            added.add(column);
        }
        return added;
    }

    /** The export's columns: the same headers, typed cells. */
    public ExportColumns<T> export() {
        ExportColumns<T> export = new ExportColumns<>();
        for (Definition<T> definition : columns) {
            if (definition.exported) {
                export.cell(definition.header, definition.cell::apply);
            }
        }
        return export;
    }

    public ExportTable table(String name, String title, List<? extends T> items) {
        return export().table(name, title, items);
    }

    private Definition<T> last() {
        if (columns.isEmpty()) {
            throw new IllegalStateException("no column yet");
        }
        return columns.get(columns.size() - 1);
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static final class Definition<T> implements Serializable {
        final String key;
        final String header;
        final SerializableFunction<T, ExportCell> cell;
        ValueProvider<T, String> shown;
        final @Nullable ColumnTextAlign align;
        SerializableConsumer<Grid.Column<T>> tune = column -> {};
        boolean exported = true;
        boolean onGrid = true;

        Definition(
                String key,
                String header,
                SerializableFunction<T, ExportCell> cell,
                ValueProvider<T, String> shown,
                @Nullable ColumnTextAlign align) {
            this.key = key;
            this.header = header;
            this.cell = cell;
            this.shown = shown;
            this.align = align;
        }
    }
}
