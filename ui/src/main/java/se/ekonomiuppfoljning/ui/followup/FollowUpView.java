package se.ekonomiuppfoljning.ui.followup;

import static java.util.Objects.requireNonNull;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.actions.ActionService;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.cycle.MonthlyReportService;
import se.ekonomiuppfoljning.cycle.UnitsCycleService;
import se.ekonomiuppfoljning.export.ExportColumns;
import se.ekonomiuppfoljning.followup.DisplayedFigures;
import se.ekonomiuppfoljning.followup.Figures;
import se.ekonomiuppfoljning.followup.FollowUpCsv;
import se.ekonomiuppfoljning.followup.FollowUpOverview;
import se.ekonomiuppfoljning.followup.FollowUpRow;
import se.ekonomiuppfoljning.followup.FollowUpService;
import se.ekonomiuppfoljning.followup.FollowUpTable;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.organisation.UnknownUnitException;
import se.ekonomiuppfoljning.security.OutOfScopeException;
import se.ekonomiuppfoljning.ui.base.MainLayout;
import se.ekonomiuppfoljning.ui.base.NodePeriodChooser;
import se.ekonomiuppfoljning.ui.base.PeriodLabels;
import se.ekonomiuppfoljning.ui.base.UrlParameters;
import se.ekonomiuppfoljning.ui.export.ExportLinks;

/**
 * "Uppföljning": the per-unit table of a node for a period, as in the tjänsteskrivelse. The node and the
 * period are in the URL ({@code ?enhet=KLS&period=2026-02}); what the user may see is decided by
 * {@link FollowUpService}, which refuses a node outside their scope however the request was made.
 */
@Route(value = FollowUpView.ROUTE, layout = MainLayout.class)
@PermitAll
@Menu(title = "nav.followup", order = 1, icon = "vaadin:table")
public class FollowUpView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "uppfoljning";
    static final String UNIT_PARAMETER = "enhet";
    static final String PERIOD_PARAMETER = "period";

    private final FollowUpService service;
    private final CycleColumns cycle;
    private final NodePeriodChooser<Period> chooser;
    private final VerticalLayout content = new VerticalLayout();

    FollowUpView(
            FollowUpService service, MonthlyReportService reports, ActionService actions, UnitsCycleService units) {
        this.service = service;
        this.cycle = new CycleColumns(reports, actions, units);
        setSizeFull();
        add(new H2(getTranslation("followup.title")));

        chooser = NodePeriodChooser.months(
                getTranslation("followup.node"), getTranslation("followup.period"), this::navigate);
        add(chooser);

        content.setPadding(false);
        content.setSizeFull();
        add(content);
    }

    /** The URL of a node's table for a period. */
    public static QueryParameters parameters(UnitCode unit, Period period) {
        return QueryParameters.simple(Map.of(UNIT_PARAMETER, unit.value(), PERIOD_PARAMETER, period.toString()));
    }

    private void navigate(UnitCode unit, Period chosen) {
        if (unit == null) {
            UI.getCurrent().navigate(ROUTE, QueryParameters.simple(Map.of(PERIOD_PARAMETER, chosen.toString())));
        } else {
            UI.getCurrent().navigate(ROUTE, parameters(unit, chosen));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        FollowUpOverview overview = service.overview();
        Optional<String> unitParameter = UrlParameters.first(event, UNIT_PARAMETER);
        Optional<String> periodParameter = UrlParameters.first(event, PERIOD_PARAMETER);

        Period chosenPeriod = overview.defaultPeriod();
        if (periodParameter.isPresent()) {
            try {
                chosenPeriod = Period.parse(periodParameter.get());
            } catch (IllegalArgumentException e) {
                showMessage(getTranslation("followup.badPeriod", periodParameter.get()));
                return;
            }
        }
        chooser.show(overview.nodes(), overview.periods(), chosenPeriod);
        if (overview.nodes().isEmpty()) {
            showMessage(getTranslation("followup.noScope"));
            return;
        }
        try {
            FollowUpTable table;
            if (unitParameter.isPresent()) {
                table = service.table(UnitCode.of(unitParameter.get()), chosenPeriod);
            } else {
                table = service.myTable(chosenPeriod);
            }
            show(table, overview);
        } catch (OutOfScopeException | UnknownUnitException | IllegalArgumentException e) {
            showMessage(getTranslation("followup.denied", unitParameter.orElse("")));
        }
    }

    private void showMessage(String text) {
        content.removeAll();
        Paragraph message = new Paragraph(text);
        message.addClassName("portal-message");
        message.setId("followup-message");
        content.add(message);
    }

    private void show(FollowUpTable table, FollowUpOverview overview) {
        content.removeAll();
        if (table.node() != null) {
            UnitCode code = table.node().code();
            chooser.selectNode(code);
            content.add(new Breadcrumb(service.pathTo(code), table.period()));
        }
        String captionText = getTranslation(
                "followup.caption",
                table.node() == null
                        ? getTranslation("followup.myUnits")
                        : table.node().name(),
                PeriodLabels.full(table.period(), getLocale()));
        Paragraph caption = new Paragraph(captionText);
        caption.addClassName("portal-caption");
        content.add(caption);
        Grid<FollowUpRow> grid = new Grid<>();
        CycleColumns.Values cycle = configure(grid, table);
        List<String> footnotes = new ArrayList<>(footnotes(table));
        if (cycle.anyProposal()) {
            footnotes.add(getTranslation("followup.proposalNote"));
        }
        content.add(export(table, grid, cycle, captionText, footnotes), grid);
        footnotes.forEach(text -> {
            Paragraph note = new Paragraph(text);
            note.addClassName("portal-footnote");
            content.add(note);
        });
        if (table.node() != null) {
            Button details = new Button(
                    getTranslation("followup.openDetails", table.node().name()),
                    VaadinIcon.ARROW_RIGHT.create(),
                    e -> UI.getCurrent()
                            .navigate(
                                    UnitDetailView.class,
                                    UnitDetailView.parameters(
                                            requireNonNull(table.node()).code(), table.period())));
            details.setId("followup-details");
            content.add(details);
        }
    }

    private List<String> footnotes(FollowUpTable table) {
        if (!table.hasRowsOutsideTotal()) {
            return List.of();
        }
        return table.rows().stream()
                .filter(r -> !r.inTotal())
                .map(r -> getTranslation(
                        "followup.footnote",
                        r.unit().name(),
                        r.reportsTo() == null ? "" : r.reportsTo().name(),
                        getTranslation("followup.total", table.totalName().orElse(""))))
                .toList();
    }

    /** The name as the grid shows it: a unit outside the node's frame carries the footnote's mark. */
    private static String name(FollowUpRow row) {
        return row.unit().name() + (row.inTotal() ? "" : " \u00B9");
    }

    /**
     * Excel: the grid's columns (figures and the cycle's), its total row and footnotes; CSV: the API's layout
     * ({@link FollowUpCsv}), so that the page's file and {@code /api/v1/followup.csv} are the same.
     */
    private ExportLinks export(
            FollowUpTable table,
            Grid<FollowUpRow> grid,
            CycleColumns.Values cycle,
            String caption,
            List<String> footnotes) {
        ExportColumns<Line> columns = new ExportColumns<Line>().text(getTranslation("followup.col.unit"), Line::name);
        FiguresColumns.exportTo(columns, Line::figures, table.period(), getLocale(), this);
        cycle.exportTo(columns, Line::unit);
        String node = table.node() == null ? null : table.node().code().value();
        String sheet = getTranslation(
                "export.followup.sheet", node == null ? table.period().toString() : node + " " + table.period());
        String title = getTranslation("followup.title") + ": " + caption;
        Line total = table.totalFigures()
                .map(f -> new Line(
                        getTranslation("followup.total", table.totalName().orElse("")), f, null))
                .orElse(null);
        String fileName = ExportLinks.fileName(
                "uppfoljning",
                node == null ? "mina-enheter" : node,
                table.period().toString());
        return new ExportLinks(
                        fileName,
                        () -> columns.table(
                                sheet,
                                title,
                                grid.getListDataView()
                                        .getItems()
                                        .map(r -> new Line(
                                                name(r), r.figures(), r.unit().code()))
                                        .toList(),
                                total,
                                footnotes),
                        () -> FollowUpCsv.table(table, cycle.forCsv()))
                .setIds("followup-grid");
    }

    /** A line of the export: a listed unit, or the total ({@code unit == null}). */
    private record Line(
            String name, Figures figures, @Nullable UnitCode unit) {}

    private CycleColumns.Values configure(Grid<FollowUpRow> grid, FollowUpTable table) {
        grid.setId("followup-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("followup.gridLabel"));
        Grid.Column<FollowUpRow> name = grid.addColumn(FollowUpView::name)
                .setHeader(getTranslation("followup.col.unit"))
                .setKey("unit")
                .setAutoWidth(true)
                .setFlexGrow(1)
                .setFrozen(true);
        List<Grid.Column<FollowUpRow>> figureColumns =
                new FiguresColumns<>(grid, FollowUpRow::figures).addTo(name, table.period(), getLocale());
        grid.setItems(table.rows());
        CycleColumns.Values cycleValues = cycle.addTo(grid, table);
        grid.setPartNameGenerator(r -> r.inTotal() ? null : "outside-total");
        table.totalFigures().ifPresent(total -> {
            var footer = grid.appendFooterRow();
            footer.getCell(name)
                    .setText(getTranslation("followup.total", table.totalName().orElse("")));
            List<String> cells = DisplayedFigures.of(total).cells();
            for (int i = 0; i < cells.size(); i++) {
                footer.getCell(figureColumns.get(i)).setText(cells.get(i));
            }
            cycleValues.fillFooter(footer);
        });
        grid.setSelectionMode(Grid.SelectionMode.SINGLE);
        grid.asSingleSelect().addValueChangeListener(e -> {
            FollowUpRow row = e.getValue();
            if (row == null) {
                return;
            }
            if (row.hasChildren()
                    && (table.node() == null
                            || !row.unit().code().equals(table.node().code()))) {
                UI.getCurrent().navigate(ROUTE, parameters(row.unit().code(), table.period()));
            } else {
                UI.getCurrent()
                        .navigate(
                                UnitDetailView.class,
                                UnitDetailView.parameters(row.unit().code(), table.period()));
            }
        });
        return cycleValues;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("followup.title") + " – " + getTranslation("app.title");
    }
}
