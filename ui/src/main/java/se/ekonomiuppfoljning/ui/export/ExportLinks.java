package se.ekonomiuppfoljning.ui.export;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;
import se.ekonomiuppfoljning.export.CsvWriter;
import se.ekonomiuppfoljning.export.ExportColumns;
import se.ekonomiuppfoljning.export.ExportTable;
import se.ekonomiuppfoljning.export.XlsxWriter;
import se.ekonomiuppfoljning.ui.base.ColumnSet;

/**
 * "Exportera: Excel | CSV" for one table on a page: two download links (Vaadin's {@link DownloadHandler}) that
 * write the table when clicked, as xlsx ({@link XlsxWriter}) and as CSV ({@link CsvWriter}, UTF-8 with a byte
 * order mark so that Excel reads å, ä, ö right). The table is made from what the page already holds (a grid's
 * items, the service results it was built from), never by asking again, so the file holds exactly the rows the
 * user sees.
 *
 * <pre>{@code
 * ExportColumns<ActionView> columns = new ExportColumns<ActionView>()
 *         .text(getTranslation("actions.what"), v -> v.action().what()).date(getTranslation("actions.due"), v -> v.action().dueDate());
 * add(ExportLinks.forGrid(grid, columns, ExportLinks.fileName("atgarder", unit.value(), period.toString()),
 *         "Åtgärder " + unit.value(), title), grid);
 * }</pre>
 */
public class ExportLinks extends HorizontalLayout {

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV_TYPE = "text/csv;charset=UTF-8";

    private final Anchor xlsx;
    private final Anchor csv;

    /** Both files from the same table. */
    public ExportLinks(String fileName, SerializableSupplier<ExportTable> table) {
        this(fileName, table, table);
    }

    /**
     * The Excel file from one table and the CSV from another (the follow-up's CSV keeps the API's fixed
     * layout, the Excel file has the page's columns).
     *
     * @param fileName the file name without extension, see {@link #fileName(String...)}
     */
    public ExportLinks(
            String fileName, SerializableSupplier<ExportTable> xlsxTable, SerializableSupplier<ExportTable> csvTable) {
        addClassName("portal-export");
        setPadding(false);
        setSpacing(false);
        setAlignItems(FlexComponent.Alignment.CENTER);
        xlsx = link(
                download(fileName + ".xlsx", XLSX_TYPE, () -> XlsxWriter.write(xlsxTable.get())),
                getTranslation("export.xlsx"),
                VaadinIcon.FILE_TABLE);
        csv = link(
                download(fileName + ".csv", CSV_TYPE, () -> CsvWriter.forExcel(csvTable.get())),
                getTranslation("export.csv"),
                VaadinIcon.FILE_TEXT_O);
        xlsx.setAriaLabel(getTranslation("export.xlsxLabel", fileName + ".xlsx"));
        csv.setAriaLabel(getTranslation("export.csvLabel", fileName + ".csv"));
        Span label = new Span(getTranslation("export.label"));
        Span separator = new Span("|");
        separator.getElement().setAttribute("aria-hidden", "true");
        add(label, xlsx, separator, csv);
    }

    /**
     * Exports the rows the grid lists when the user clicks (after any refresh, in the grid's order) by the given
     * columns. The grid must hold its items in memory ({@code setItems(list)}), as every grid here does. Ids:
     * {@code <grid id>-export}, {@code -xlsx}, {@code -csv}.
     */
    public static <T> ExportLinks forGrid(
            Grid<T> grid, ExportColumns<T> columns, String fileName, String name, String title) {
        ExportLinks links = new ExportLinks(
                fileName,
                () -> columns.table(
                        name, title, grid.getListDataView().getItems().toList()));
        grid.getId().ifPresent(links::setIds);
        return links;
    }

    /** The same for a grid whose columns and export come from one {@link ColumnSet}. */
    public static <T> ExportLinks forGrid(
            Grid<T> grid, ColumnSet<T> columns, String fileName, String name, String title) {
        return forGrid(grid, columns.export(), fileName, name, title);
    }

    /** Gives the links the ids {@code <prefix>-export}, {@code <prefix>-xlsx} and {@code <prefix>-csv}. */
    public ExportLinks setIds(String prefix) {
        setId(prefix + "-export");
        xlsx.setId(prefix + "-xlsx");
        csv.setId(prefix + "-csv");
        return this;
    }

    public Anchor xlsxLink() {
        return xlsx;
    }

    public Anchor csvLink() {
        return csv;
    }

    /**
     * A file name from parts: "uppfoljning", "KLS", "2026-02" → {@code uppfoljning-KLS-2026-02}; å, ä, ö become
     * a, a, o and anything but letters, digits, "." and "-" becomes "-", so that every browser and system keeps it.
     */
    public static String fileName(String... parts) {
        String joined = Arrays.stream(parts)
                .filter(Objects::nonNull)
                .filter(p -> !p.isBlank())
                .collect(Collectors.joining("-"));
        String ascii = Normalizer.normalize(joined, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String safe = ascii.replaceAll("[^A-Za-z0-9.\\-]+", "-")
                .replaceAll("-{2,}", "-")
                .replace("-.", ".")
                .replaceAll("^[-.]+|[-.]+$", "");
        return safe.isEmpty() ? "export" : safe;
    }

    private static Anchor link(DownloadHandler handler, String text, VaadinIcon icon) {
        Anchor anchor = new Anchor();
        anchor.setHref(handler, AttachmentType.DOWNLOAD);
        anchor.add(icon.create(), new Span(text));
        return anchor;
    }

    /** Writes the file when the link is followed, reading the page's data under the session lock. */
    private static DownloadHandler download(String fileName, String type, SerializableSupplier<byte[]> content) {
        return DownloadHandler.fromInputStream(event -> {
            UI ui = event.getUI();
            byte[][] bytes = new byte[1][];
            if (ui == null) {
                bytes[0] = content.get();
            } else {
                ui.accessSynchronously(() -> bytes[0] = content.get());
            }
            return new DownloadResponse(new ByteArrayInputStream(bytes[0]), fileName, type, bytes[0].length);
        });
    }
}
