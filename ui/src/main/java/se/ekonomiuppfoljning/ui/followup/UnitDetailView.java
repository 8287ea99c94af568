package se.ekonomiuppfoljning.ui.followup;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.common.SwedishFormat;
import se.ekonomiuppfoljning.export.ExportColumns;
import se.ekonomiuppfoljning.followup.AccountFigures;
import se.ekonomiuppfoljning.followup.DisplayedFigures;
import se.ekonomiuppfoljning.followup.Figures;
import se.ekonomiuppfoljning.followup.FollowUpService;
import se.ekonomiuppfoljning.followup.UnitDetail;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.organisation.UnknownUnitException;
import se.ekonomiuppfoljning.security.OutOfScopeException;
import se.ekonomiuppfoljning.ui.base.ColumnSet;
import se.ekonomiuppfoljning.ui.base.MainLayout;
import se.ekonomiuppfoljning.ui.base.PeriodLabels;
import se.ekonomiuppfoljning.ui.cycle.MonthlyReportView;
import se.ekonomiuppfoljning.ui.export.ExportLinks;

/** One unit opened: its twelve months (budget, actual, deviation, cumulative) and its accounts. */
@Route(value = "enhet/:" + UnitDetailView.UNIT + "/:" + UnitDetailView.PERIOD, layout = MainLayout.class)
@PermitAll
public class UnitDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String UNIT = "kod";
    static final String PERIOD = "period";

    private final FollowUpService service;
    private String title = "";

    UnitDetailView(FollowUpService service) {
        this.service = service;
    }

    public static RouteParameters parameters(UnitCode unit, Period period) {
        return new RouteParameters(Map.of(UNIT, unit.value(), PERIOD, period.toString()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<String> code = event.getRouteParameters().get(UNIT);
        Optional<String> periodText = event.getRouteParameters().get(PERIOD);
        try {
            UnitDetail detail = service.unitDetail(UnitCode.of(code.orElse("")), Period.parse(periodText.orElse("")));
            show(detail);
        } catch (OutOfScopeException | UnknownUnitException | IllegalArgumentException e) {
            title = getTranslation("detail.deniedTitle");
            add(new H2(title));
            Paragraph message = new Paragraph(getTranslation("followup.denied", code.orElse("")));
            message.setId("detail-message");
            message.addClassName("portal-message");
            add(message);
        }
    }

    private void show(UnitDetail detail) {
        title = detail.unit().name();
        add(new H2(title));
        add(new Breadcrumb(detail.path(), detail.period()));
        add(new Paragraph(getTranslation(
                "detail.caption", detail.unit().code().value(), PeriodLabels.full(detail.period(), getLocale()))));
        Button report = new Button(
                getTranslation("detail.openReport", detail.unit().name()),
                e -> getUI().ifPresent(ui -> ui.navigate(
                        MonthlyReportView.class,
                        MonthlyReportView.parameters(detail.unit().code(), detail.period()))));
        report.setId("detail-report");
        add(report);
        add(new H3(getTranslation("detail.months")));
        Grid<UnitDetail.Month> months = monthGrid(detail);
        add(monthExport(detail, months), months);
        String accountsHeading = getTranslation("detail.accounts", PeriodLabels.full(detail.period(), getLocale()));
        add(new H3(accountsHeading));
        Grid<AccountFigures> accounts = accountGrid(detail);
        add(accountExport(detail, accounts, accountsHeading), accounts);
    }

    private String exportTitle(UnitDetail detail, String table) {
        return detail.unit().name() + " (" + detail.unit().code().value() + "): " + table + ", "
                + PeriodLabels.full(detail.period(), getLocale()) + " (" + getTranslation("export.tkr") + ")";
    }

    private ExportLinks monthExport(UnitDetail detail, Grid<UnitDetail.Month> grid) {
        ColumnSet<UnitDetail.Month> columns = monthColumns(detail);
        String code = detail.unit().code().value();
        return ExportLinks.forGrid(
                grid,
                columns,
                ExportLinks.fileName("manader", code, detail.period().toString()),
                getTranslation(
                        "export.detail.monthsSheet", code, detail.period().year()),
                exportTitle(detail, getTranslation("detail.months")));
    }

    private ExportLinks accountExport(UnitDetail detail, Grid<AccountFigures> grid, String heading) {
        ExportColumns<AccountLine> columns =
                new ExportColumns<AccountLine>().text(getTranslation("detail.col.account"), AccountLine::account);
        FiguresColumns.exportTo(columns, AccountLine::figures, detail.period(), getLocale(), this);
        String code = detail.unit().code().value();
        AccountLine total = new AccountLine(getTranslation("detail.total"), detail.figures());
        return new ExportLinks(
                        ExportLinks.fileName("konton", code, detail.period().toString()),
                        () -> columns.table(
                                getTranslation(
                                        "export.detail.accountsSheet",
                                        code,
                                        detail.period().toString()),
                                exportTitle(detail, heading),
                                grid.getListDataView()
                                        .getItems()
                                        .map(AccountLine::of)
                                        .toList(),
                                total,
                                List.of()))
                .setIds("detail-accounts");
    }

    /** An account as listed, or the sum below the accounts. */
    private record AccountLine(String account, Figures figures) {
        static AccountLine of(AccountFigures a) {
            return new AccountLine(accountName(a), a.figures());
        }
    }

    private static String accountName(AccountFigures a) {
        return a.account().code() + " " + a.account().name();
    }

    /** A month's budget, actual and deviation, and the same to date; a negative deviation gets its part name. */
    private ColumnSet<UnitDetail.Month> monthColumns(UnitDetail detail) {
        return new ColumnSet<UnitDetail.Month>(this)
                .text("month", "detail.col.month", m -> PeriodLabels.monthName(m.month(), getLocale()))
                .amount("budget", "detail.col.budget", UnitDetail.Month::budget)
                .optionalAmount("actual", "detail.col.actual", UnitDetail.Month::actual)
                .optionalAmount("deviation", "detail.col.deviation", UnitDetail.Month::deviation)
                .grid(c -> c.setPartNameGenerator(m -> negative(m.deviation())))
                .amount("cumulative-budget", "detail.col.cumBudget", UnitDetail.Month::cumulativeBudget)
                .optionalAmount("cumulative-actual", "detail.col.cumActual", UnitDetail.Month::cumulativeActual)
                .optionalAmount(
                        "cumulative-deviation", "detail.col.cumDeviation", UnitDetail.Month::cumulativeDeviation)
                .grid(c -> c.setPartNameGenerator(m -> negative(m.cumulativeDeviation())));
    }

    private static @Nullable String negative(@Nullable BigDecimal kronor) {
        return kronor != null && SwedishFormat.toTkr(kronor).signum() < 0 ? "negative" : null;
    }

    private Grid<UnitDetail.Month> monthGrid(UnitDetail detail) {
        Grid<UnitDetail.Month> grid = new Grid<>();
        grid.setId("detail-months");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        monthColumns(detail).addTo(grid);
        grid.setItems(detail.months());
        grid.setPartNameGenerator(m -> m.month() > detail.period().month() ? "future" : null);
        return grid;
    }

    private Grid<AccountFigures> accountGrid(UnitDetail detail) {
        Grid<AccountFigures> grid = new Grid<>();
        grid.setId("detail-accounts");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        Grid.Column<AccountFigures> account = grid.addColumn(UnitDetailView::accountName)
                .setHeader(getTranslation("detail.col.account"))
                .setKey("account")
                .setAutoWidth(true)
                .setFlexGrow(1);
        List<Grid.Column<AccountFigures>> columns =
                new FiguresColumns<>(grid, AccountFigures::figures).addTo(account, detail.period(), getLocale());
        grid.setItems(detail.accounts());
        var footer = grid.appendFooterRow();
        footer.getCell(account).setText(getTranslation("detail.total"));
        List<String> cells = DisplayedFigures.of(detail.figures()).cells();
        for (int i = 0; i < cells.size(); i++) {
            footer.getCell(columns.get(i)).setText(cells.get(i));
        }
        return grid;
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.title");
    }
}
