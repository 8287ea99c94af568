package se.ekonomiuppfoljning.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * The columns of an export over items of type {@code T}, each a header and how an item becomes a typed cell:
 * the same items a page lists turn into the same rows, in the same order.
 *
 * <pre>{@code
 * ExportColumns<Action> columns = new ExportColumns<Action>()
 *         .text("Åtgärd", Action::what).date("Klart senast", Action::dueDate).amount("Effekt i år", Action::expectedEffect);
 * ExportTable table = columns.table("Åtgärder", "Åtgärder, IT, februari 2026", actions);
 * }</pre>
 */
public final class ExportColumns<T> {

    private final List<String> headers = new ArrayList<>();
    private final List<Function<T, ExportCell>> cells = new ArrayList<>();

    public ExportColumns<T> cell(String header, Function<T, ExportCell> cell) {
        headers.add(header);
        cells.add(cell);
        return this;
    }

    public ExportColumns<T> text(String header, Function<T, @Nullable String> text) {
        return cell(header, item -> ExportCell.text(text.apply(item)));
    }

    /** Text indented by the item's depth (a unit under its parent). */
    public ExportColumns<T> indented(String header, Function<T, String> text, ToIntFunction<T> depth) {
        return cell(header, item -> ExportCell.indented(text.apply(item), depth.applyAsInt(item)));
    }

    /** An amount in kronor, shown in tkr. */
    public ExportColumns<T> amount(String header, Function<T, BigDecimal> kronor) {
        return cell(header, item -> ExportCell.amount(kronor.apply(item)));
    }

    public ExportColumns<T> percent(String header, Function<T, Optional<BigDecimal>> percent) {
        return cell(header, item -> ExportCell.percent(percent.apply(item)));
    }

    public ExportColumns<T> date(String header, Function<T, LocalDate> date) {
        return cell(header, item -> ExportCell.date(date.apply(item)));
    }

    public ExportColumns<T> dateTime(String header, Function<T, LocalDateTime> time) {
        return cell(header, item -> ExportCell.dateTime(time.apply(item)));
    }

    public ExportColumns<T> number(String header, ToLongFunction<T> value) {
        return cell(header, item -> ExportCell.number(value.applyAsLong(item)));
    }

    public List<String> headers() {
        return List.copyOf(headers);
    }

    /** One item as a row. */
    public List<ExportCell> row(T item) {
        return cells.stream().map(c -> c.apply(item)).toList();
    }

    public ExportTable table(String name, String title, List<? extends T> items) {
        return table(name, title, items, null, List.of());
    }

    /** With a footer row made from {@code total} by the same columns, and footnotes. */
    public ExportTable table(
            String name, String title, List<? extends T> items, @Nullable T total, List<String> footnotes) {
        List<List<ExportCell>> rows = items.stream().map(this::row).toList();
        return new ExportTable(name, title, headers, rows, total == null ? null : row(total), footnotes);
    }
}
