package se.ekonomiuppfoljning.ui.audit;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.audit.AuditFilter;
import se.ekonomiuppfoljning.audit.AuditRecord;
import se.ekonomiuppfoljning.audit.AuditService;
import se.ekonomiuppfoljning.common.AuditText;
import se.ekonomiuppfoljning.export.ExportTable;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.ui.base.AuditActor;
import se.ekonomiuppfoljning.ui.base.ColumnSet;
import se.ekonomiuppfoljning.ui.base.MainLayout;
import se.ekonomiuppfoljning.ui.export.ExportLinks;

/**
 * "Granskningslogg": every recorded change and security event, newest first, filtered by user, unit, kind and
 * days. The grid is lazy: it asks the service for the page it shows, and the database filters and pages (the trail
 * grows without end). The export holds the filter's entries, up to {@link AuditService#MAX_EXPORT}. Administrators
 * only; the service checks as well.
 */
@Route(value = AuditView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Role.Names.ADMIN)
@Menu(title = "nav.audit", order = 9.5, icon = "vaadin:archive")
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "granskningslogg";

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** The kinds the portal writes today that have a Swedish name in the bundles; others show their code. */
    private static final Set<String> NAMED_KINDS = Set.of(
            "API_KEY",
            "UNIT_REPORT",
            "ACTION",
            "QUESTION",
            "DEADLINE",
            "THRESHOLDS",
            "REPORT_CASE",
            "REPORT_TEMPLATE",
            "CASE_NUMBER_PATTERN",
            "USER");

    private final AuditService audit;
    private final TextField actor = new TextField();
    private final TextField unit = new TextField();
    private final ComboBox<String> kind = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Paragraph count = new Paragraph();
    private final Grid<AuditRecord> grid = new Grid<>();
    private final ColumnSet<AuditRecord> columns = new ColumnSet<AuditRecord>(this)
            .dateTime("time", "audit.col.time", AuditView::time)
            .shown(r -> time(r).format(TIME))
            .grid(c -> c.setFlexGrow(0))
            .text("actor", "audit.col.actor", r -> AuditActor.text(this, r.entry()))
            .grid(c -> c.setFlexGrow(0))
            .text("kind", "audit.col.kind", r -> kindLabel(r.entry().entity()))
            .grid(c -> c.setFlexGrow(0))
            .text("id", "audit.col.id", r -> r.entry().entityId())
            .grid(c -> c.setFlexGrow(0))
            .text("unit", "audit.col.unit", r -> text(r.entry().unitCode()))
            .grid(c -> c.setFlexGrow(0).setTextAlign(ColumnTextAlign.START))
            .text(
                    "before",
                    "audit.col.before",
                    r -> text(AuditText.readable(r.entry().before())))
            .grid(c -> c.setAutoWidth(false).setFlexGrow(1))
            .text(
                    "after",
                    "audit.col.after",
                    r -> text(AuditText.readable(r.entry().after())))
            .grid(c -> c.setAutoWidth(false).setFlexGrow(1));

    AuditView(AuditService audit) {
        this.audit = audit;
        add(new H2(getTranslation("audit.title")), new Paragraph(getTranslation("audit.intro")));
        addFilters();
        addGrid();
        count.setId("audit-count");
        ExportLinks export =
                new ExportLinks(ExportLinks.fileName("granskningslogg"), this::exportTable).setIds("audit-grid");
        add(count, export, new Paragraph(getTranslation("audit.exportLimit", AuditService.MAX_EXPORT)), grid);
        refresh();
    }

    private void addFilters() {
        actor.setId("audit-actor");
        actor.setLabel(getTranslation("audit.filter.actor"));
        actor.setClearButtonVisible(true);
        actor.setMaxLength(60);
        unit.setId("audit-unit");
        unit.setLabel(getTranslation("audit.filter.unit"));
        unit.setClearButtonVisible(true);
        unit.setMaxLength(UnitCode.MAX_LENGTH);
        for (TextField field : new TextField[] {actor, unit}) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(e -> refresh());
        }
        kind.setId("audit-kind");
        kind.setLabel(getTranslation("audit.filter.kind"));
        kind.setClearButtonVisible(true);
        kind.setItems(audit.kinds());
        kind.setItemLabelGenerator(this::kindLabel);
        kind.addValueChangeListener(e -> refresh());
        from.setId("audit-from");
        from.setLabel(getTranslation("audit.filter.from"));
        from.setClearButtonVisible(true);
        to.setId("audit-to");
        to.setLabel(getTranslation("audit.filter.to"));
        to.setClearButtonVisible(true);
        from.addValueChangeListener(e -> {
            to.setMin(e.getValue());
            refresh();
        });
        to.addValueChangeListener(e -> {
            from.setMax(e.getValue());
            refresh();
        });
        HorizontalLayout filters = new HorizontalLayout(actor, unit, kind, from, to);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(filters);
    }

    private void addGrid() {
        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPageSize(50);
        columns.addTo(grid);
        grid.setHeight("60vh");
    }

    /** The filter as the fields show it now. */
    AuditFilter filter() {
        return new AuditFilter(actor.getValue(), unit.getValue(), kind.getValue(), from.getValue(), to.getValue());
    }

    private void refresh() {
        AuditFilter filter = filter();
        long total = audit.count(filter);
        count.setText(getTranslation("audit.count", total));
        grid.setItems(query -> audit.find(filter, query.getOffset(), query.getLimit()).stream(), query ->
                (int) Math.min(audit.count(filter), Integer.MAX_VALUE));
    }

    private ExportTable exportTable() {
        return columns.table(getTranslation("audit.title"), getTranslation("audit.title"), audit.export(filter()));
    }

    private String kindLabel(String code) {
        return NAMED_KINDS.contains(code) ? getTranslation("audit.kind." + code) : code;
    }

    private static LocalDateTime time(AuditRecord record) {
        return LocalDateTime.ofInstant(record.entry().at(), STOCKHOLM);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " – " + getTranslation("app.title");
    }
}
