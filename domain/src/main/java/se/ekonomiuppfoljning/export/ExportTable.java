package se.ekonomiuppfoljning.export;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A table as exported: exactly the rows the page shows, under the page's (Swedish) column headers.
 *
 * @param name      short name, used for the Excel sheet (cut to Excel's 31 characters)
 * @param title     what the table is (node, period, unit of measure), written above it in Excel
 * @param headers   one per column
 * @param rows      the rows, each with one cell per column
 * @param total     the footer row (a total), or {@code null}
 * @param footnotes written below the table in Excel (the CSV holds data only)
 */
public record ExportTable(
        String name,
        String title,
        List<String> headers,
        List<List<ExportCell>> rows,
        @Nullable List<ExportCell> total,
        List<String> footnotes) {

    public ExportTable {
        if (headers.isEmpty()) {
            throw new IllegalArgumentException("an exported table needs at least one column");
        }
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
        total = total == null ? null : List.copyOf(total);
        footnotes = List.copyOf(footnotes);
        for (List<ExportCell> row : rows) {
            requireWidth(row, headers.size());
        }
        if (total != null) {
            requireWidth(total, headers.size());
        }
    }

    public Optional<List<ExportCell>> totalRow() {
        return Optional.ofNullable(total);
    }

    private static void requireWidth(List<ExportCell> row, int width) {
        if (row.size() != width) {
            throw new IllegalArgumentException("a row has " + row.size() + " cells for " + width + " columns");
        }
    }
}
