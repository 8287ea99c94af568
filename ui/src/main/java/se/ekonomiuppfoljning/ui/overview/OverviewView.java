package se.ekonomiuppfoljning.ui.overview;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.common.SwedishFormat;
import se.ekonomiuppfoljning.cycle.Thresholds;
import se.ekonomiuppfoljning.organisation.Unit;
import se.ekonomiuppfoljning.overview.KommunOverview;
import se.ekonomiuppfoljning.overview.OverviewRow;
import se.ekonomiuppfoljning.overview.OverviewService;
import se.ekonomiuppfoljning.overview.OverviewStatus;
import se.ekonomiuppfoljning.ui.base.ColumnSet;
import se.ekonomiuppfoljning.ui.base.MainLayout;
import se.ekonomiuppfoljning.ui.base.PeriodLabels;
import se.ekonomiuppfoljning.ui.base.UrlParameters;
import se.ekonomiuppfoljning.ui.export.ExportLinks;
import se.ekonomiuppfoljning.ui.followup.FollowUpView;

/**
 * "Kommunöversikt", the start page ({@code /}): every upper node in the caller's scope (the kommun, each förvaltning,
 * each avdelning with units) with its deviations, helårsprognos, status, trend, months not ready and overdue
 * åtgärder for the latest period with actuals, or {@code ?period=2026-01}. A row opens the node's follow-up table.
 * What the caller sees is decided by {@link OverviewService}; someone whose scope holds no node with units below it
 * (an enhetschef, an administrator) is sent on to the follow-up page, their start before this page existed.
 */
@Route(value = OverviewView.ROUTE, layout = MainLayout.class)
@RouteAlias(value = "", layout = MainLayout.class)
@PermitAll
@Menu(title = "nav.overview", order = 0, icon = "vaadin:dashboard")
public class OverviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "oversikt";
    static final String PERIOD_PARAMETER = "period";

    /** The status as a symbol beside its word, so that it never rests on colour alone. */
    static String symbol(OverviewStatus status) {
        return switch (status) {
            case INOM_RAM -> "\u2714";
            case RISK -> "\u26A0";
            case OVER_RAM -> "\u2716";
        };
    }

    private final OverviewService service;
    private final Select<Period> period = new Select<>();
    private final VerticalLayout content = new VerticalLayout();

    OverviewView(OverviewService service) {
        this.service = service;
        setSizeFull();
        add(new H2(getTranslation("overview.title")));
        period.setLabel(getTranslation("overview.period"));
        period.setId("overview-period");
        period.setItemLabelGenerator(p -> PeriodLabels.full(p, getLocale()));
        period.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent()
                        .navigate(
                                OverviewView.class,
                                QueryParameters.simple(
                                        Map.of(PERIOD_PARAMETER, e.getValue().toString())));
            }
        });
        add(period);
        content.setPadding(false);
        content.setSizeFull();
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> parameter = UrlParameters.first(event, PERIOD_PARAMETER);
        KommunOverview overview;
        if (parameter.isPresent()) {
            Period chosen;
            try {
                chosen = Period.parse(parameter.get());
            } catch (IllegalArgumentException e) {
                showMessage(getTranslation("overview.badPeriod", parameter.get()));
                return;
            }
            overview = service.overview(chosen);
        } else {
            overview = service.overview();
        }
        if (overview.isEmpty()) {
            event.forwardTo(FollowUpView.class);
            return;
        }
        List<Period> periods = new ArrayList<>(overview.periods());
        if (!periods.contains(overview.period())) {
            periods.add(0, overview.period());
        }
        period.setItems(periods);
        period.setValue(overview.period());
        show(overview);
    }

    private void showMessage(String text) {
        content.removeAll();
        Paragraph message = new Paragraph(text);
        message.addClassName("portal-message");
        message.setId("overview-message");
        content.add(message);
    }

    private void show(KommunOverview overview) {
        content.removeAll();
        Period shown = overview.period();
        String caption = getTranslation("overview.caption", PeriodLabels.full(shown, getLocale()));
        Paragraph captionText = new Paragraph(caption);
        captionText.addClassName("portal-caption");
        content.add(captionText);

        Grid<OverviewRow> grid = new Grid<>();
        grid.setId("overview-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("overview.gridLabel"));
        ColumnSet<OverviewRow> columns = columns(shown);
        columns.addTo(grid);
        grid.addComponentColumn(this::status)
                .setHeader(getTranslation("overview.col.status"))
                .setKey("status")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::trend)
                .setHeader(getTranslation("overview.col.trend", PeriodLabels.shortMonth(shown.month(), getLocale())))
                .setKey("trend")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setColumnOrder(
                grid.getColumnByKey("node"),
                grid.getColumnByKey("committee"),
                grid.getColumnByKey("status"),
                grid.getColumnByKey("month-deviation"),
                grid.getColumnByKey("ytd-deviation"),
                grid.getColumnByKey("trend"),
                grid.getColumnByKey("forecast"),
                grid.getColumnByKey("forecast-deviation"),
                grid.getColumnByKey("not-ready"),
                grid.getColumnByKey("overdue"));
        grid.setItems(overview.rows());
        grid.setSelectionMode(Grid.SelectionMode.SINGLE);
        grid.asSingleSelect().addValueChangeListener(e -> {
            OverviewRow row = e.getValue();
            if (row != null) {
                UI.getCurrent()
                        .navigate(
                                FollowUpView.class,
                                FollowUpView.parameters(row.node().code(), shown));
            }
        });

        String fileName = ExportLinks.fileName("oversikt", shown.toString());
        content.add(
                ExportLinks.forGrid(
                        grid,
                        columns,
                        fileName,
                        getTranslation("overview.export.sheet", shown.toString()),
                        getTranslation("overview.title") + ": " + caption),
                grid);
        for (String note : footnotes(overview)) {
            Paragraph paragraph = new Paragraph(note);
            paragraph.addClassName("portal-footnote");
            content.add(paragraph);
        }
    }

    private ColumnSet<OverviewRow> columns(Period shown) {
        String month = PeriodLabels.shortMonth(shown.month(), getLocale());
        return new ColumnSet<OverviewRow>(this)
                .text("node", "overview.col.node", OverviewView::name)
                .shown(r -> "\u2003".repeat(r.depth()) + name(r))
                .grid(c -> c.setFrozen(true).setFlexGrow(1))
                .text(
                        "committee",
                        "overview.col.committee",
                        r -> r.committee() == null ? "" : r.committee().name())
                .text("status", "overview.col.status", this::statusText)
                .exportOnly()
                .amountHeaded(
                        "month-deviation",
                        getTranslation("overview.col.monthDeviation", month),
                        r -> r.figures().monthDeviation())
                .grid(c -> c.setFlexGrow(0)
                        .setPartNameGenerator(r -> negative(r.figures().monthDeviation()) ? "negative" : null))
                .amountHeaded(
                        "ytd-deviation",
                        getTranslation("overview.col.ytdDeviation", month),
                        r -> r.figures().ytdDeviation())
                .grid(c -> c.setFlexGrow(0)
                        .setPartNameGenerator(r -> negative(r.figures().ytdDeviation()) ? "negative" : null))
                .text("trend", "overview.col.trendValues", r -> Sparkline.values(r.trend(), getLocale()))
                .exportOnly()
                .amount("forecast", "overview.col.forecast", OverviewRow::forecast)
                .shown(r -> SwedishFormat.tkr(r.forecast()) + (r.cycle().anyProposal() ? " *" : ""))
                .grid(c -> c.setFlexGrow(0))
                .amount("forecast-deviation", "overview.col.forecastDeviation", OverviewRow::forecastDeviation)
                .grid(c ->
                        c.setFlexGrow(0).setPartNameGenerator(r -> negative(r.forecastDeviation()) ? "negative" : null))
                .number("not-ready", "overview.col.notReady", OverviewRow::monthsNotReady)
                .grid(c -> c.setFlexGrow(0).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END))
                .number("overdue", "overview.col.overdue", OverviewRow::overdueActions)
                .grid(c -> c.setFlexGrow(0).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END));
    }

    /** Negative as printed: below −0.5 tkr (a deviation that rounds to 0 is not shown as one). */
    private static boolean negative(java.math.BigDecimal kronor) {
        return SwedishFormat.toTkr(kronor).signum() < 0;
    }

    /** The node's name, marked ¹ where units listed under it count in another committee's frame. */
    private static String name(OverviewRow row) {
        return row.node().name() + (row.unitsOutsideFrame().isEmpty() ? "" : " \u00B9");
    }

    private String statusText(OverviewRow row) {
        return symbol(row.status()) + " "
                + getTranslation("overview.status." + row.status().name());
    }

    private Span status(OverviewRow row) {
        Span symbol = new Span(symbol(row.status()));
        symbol.getElement().setAttribute("aria-hidden", "true");
        Span word = new Span(getTranslation("overview.status." + row.status().name()));
        Span cell = new Span(symbol, new Span(" "), word);
        cell.addClassName("portal-status");
        cell.getElement().setAttribute("data-status", row.status().name());
        cell.getElement()
                .setAttribute(
                        "aria-label",
                        getTranslation(
                                "overview.status.aria",
                                getTranslation("overview.status." + row.status().name())));
        cell.getElement()
                .setAttribute(
                        "title",
                        getTranslation("overview.status.explain." + row.status().name()));
        cell.getStyle()
                .set(
                        "color",
                        switch (row.status()) {
                            case INOM_RAM -> "var(--lumo-success-text-color)";
                            case RISK -> "var(--lumo-warning-text-color, #8a5a00)";
                            case OVER_RAM -> "var(--lumo-error-text-color)";
                        })
                .set("font-weight", row.status() == OverviewStatus.INOM_RAM ? "normal" : "bold");
        return cell;
    }

    private Svg trend(OverviewRow row) {
        String label = getTranslation("overview.trend.label", Sparkline.values(row.trend(), getLocale()));
        Svg svg = new Svg(Sparkline.svg(row.trend(), label));
        svg.getElement().setAttribute("title", label);
        svg.addClassName("portal-sparkline");
        return svg;
    }

    private List<String> footnotes(KommunOverview overview) {
        List<String> notes = new ArrayList<>();
        Thresholds limits = overview.thresholds();
        notes.add(getTranslation(
                "overview.legend",
                SwedishFormat.tkr(limits.ytdDeviationKronor()),
                SwedishFormat.percent(Optional.of(limits.ytdDeviationPercent().setScale(1, RoundingMode.HALF_UP)))));
        for (OverviewRow row : overview.rows()) {
            for (Unit outside : row.unitsOutsideFrame()) {
                notes.add(getTranslation(
                        "overview.footnote",
                        outside.name(),
                        row.node().name(),
                        getTranslation("followup.total", row.node().displayShortName())));
            }
        }
        if (overview.rows().stream().anyMatch(r -> r.cycle().anyProposal())) {
            notes.add(getTranslation("followup.proposalNote"));
        }
        return notes;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overview.title") + " – " + getTranslation("app.title");
    }
}
