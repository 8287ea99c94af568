package se.ekonomiuppfoljning.ui.imports;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.TreeSet;
import java.util.stream.IntStream;
import se.ekonomiuppfoljning.common.SwedishFormat;
import se.ekonomiuppfoljning.export.ExportColumns;
import se.ekonomiuppfoljning.imports.BudgetVersion;
import se.ekonomiuppfoljning.imports.BudgetVersionService;
import se.ekonomiuppfoljning.ui.export.ExportLinks;

/**
 * The earlier budgets of a year, kept when an import replaced them, and one of them compared with the budget now.
 * The year is chosen among next year (a budget is imported before its year begins), this year and the two before,
 * and any year a budget was imported for while the page is open; it starts at the newest of them that has
 * versions, and turns to a budget's year when one is imported.
 */
class BudgetVersionsSection extends VerticalLayout {

    private final BudgetVersionService imports;
    private final DateTimeFormatter time;
    private final Select<Integer> year = new Select<>();
    private final Div content = new Div();
    private final Div comparison = new Div();
    private final Grid<BudgetVersion> versions = new Grid<>();
    private final TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());

    BudgetVersionsSection(BudgetVersionService imports, Year thisYear, DateTimeFormatter time) {
        this.imports = imports;
        this.time = time;
        setPadding(false);
        IntStream.rangeClosed(-1, 2).map(back -> thisYear.getValue() - back).forEach(years::add);
        year.setId("budget-versions-year");
        year.setLabel(getTranslation("import.versionsYear"));
        year.setItems(years);
        year.setItemLabelGenerator(String::valueOf);
        year.setValue(years.stream()
                .filter(y -> !imports.budgetVersions(y).isEmpty())
                .findFirst()
                .orElse(thisYear.getValue()));
        year.addValueChangeListener(e -> {
            if (e.getValue() != null) { // setItems clears the value on its way to a new one
                refresh();
            }
        });

        versions.setId("budget-versions");
        versions.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        versions.setAllRowsVisible(true);
        versions.addColumn(this::name)
                .setHeader(getTranslation("import.col.version"))
                .setAutoWidth(true);
        versions.addColumn(v -> time.format(v.createdAt()))
                .setHeader(getTranslation("import.col.at"))
                .setAutoWidth(true);
        versions.addColumn(BudgetVersion::createdBy)
                .setHeader(getTranslation("import.col.user"))
                .setAutoWidth(true);
        versions.addColumn(v -> SwedishFormat.tkr(v.total()))
                .setHeader(getTranslation("import.col.versionTotal"))
                .setTextAlign(ColumnTextAlign.END);
        versions.asSingleSelect().addValueChangeListener(e -> showComparison(e.getValue()));
        comparison.setWidthFull();
        content.setWidthFull();
        add(content, comparison);
        refresh();
    }

    /** Turns to the year (adding it to the choice when it is not there) and shows its versions. */
    void show(int budgetYear) {
        if (years.add(budgetYear)) {
            year.setItems(years); // clears the value
        }
        if (Integer.valueOf(budgetYear).equals(year.getValue())) {
            refresh();
        } else {
            year.setValue(budgetYear); // refreshes
        }
    }

    /** Reads the chosen year's versions again (after an import or an undo) and drops the comparison. */
    void refresh() {
        int chosen = year.getValue();
        ExportColumns<BudgetVersion> columns = new ExportColumns<BudgetVersion>()
                .text(getTranslation("import.col.version"), this::name)
                .dateTime(getTranslation("import.col.at"), v -> LocalDateTime.ofInstant(v.createdAt(), time.getZone()))
                .text(getTranslation("import.col.user"), BudgetVersion::createdBy)
                .amount(getTranslation("import.col.versionTotal"), BudgetVersion::total);
        content.removeAll();
        content.add(
                new H3(getTranslation("import.versions", chosen)),
                year,
                ExportLinks.forGrid(
                        versions,
                        columns,
                        ExportLinks.fileName("budgetversioner", String.valueOf(chosen)),
                        getTranslation("export.import.versionsSheet", chosen),
                        getTranslation("import.versions", chosen) + " (" + getTranslation("export.tkr") + ")"),
                versions);
        versions.setItems(imports.budgetVersions(chosen));
        comparison.removeAll();
    }

    /**
     * The version's name: the budget before its import, with the import's file and time, in the page's language;
     * a version named before the portal worded them keeps the name it was stored with.
     */
    String name(BudgetVersion version) {
        String stored = version.storedName();
        return stored != null
                ? stored
                : getTranslation("import.version.beforeImport", version.importFile(), time.format(version.createdAt()));
    }

    private void showComparison(BudgetVersion version) {
        comparison.removeAll();
        if (version == null) {
            return;
        }
        Grid<BudgetVersionService.BudgetComparison> grid = new Grid<>();
        grid.setId("budget-comparison");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(c -> c.unit().value() + " " + c.name())
                .setHeader(getTranslation("import.col.unit"))
                .setAutoWidth(true);
        grid.addColumn(c -> SwedishFormat.tkr(c.version()))
                .setHeader(getTranslation("import.col.inVersion"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(c -> SwedishFormat.tkr(c.current()))
                .setHeader(getTranslation("import.col.budgetNow"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(c -> SwedishFormat.tkr(c.change()))
                .setHeader(getTranslation("import.col.change"))
                .setTextAlign(ColumnTextAlign.END);
        grid.setItems(imports.compareBudgetVersion(version));
        ExportColumns<BudgetVersionService.BudgetComparison> columns = new ExportColumns<
                        BudgetVersionService.BudgetComparison>()
                .text(getTranslation("import.col.unit"), c -> c.unit().value() + " " + c.name())
                .amount(getTranslation("import.col.inVersion"), BudgetVersionService.BudgetComparison::version)
                .amount(getTranslation("import.col.budgetNow"), BudgetVersionService.BudgetComparison::current)
                .amount(getTranslation("import.col.change"), BudgetVersionService.BudgetComparison::change);
        String title = getTranslation("import.comparison", name(version));
        comparison.add(
                new Paragraph(title),
                ExportLinks.forGrid(
                        grid,
                        columns,
                        ExportLinks.fileName("budgetjamforelse", name(version)),
                        getTranslation("export.import.comparisonSheet"),
                        title),
                grid);
    }
}
