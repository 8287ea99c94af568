package se.ekonomiuppfoljning.ui.imports;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import se.ekonomiuppfoljning.common.SwedishFormat;
import se.ekonomiuppfoljning.imports.ImportPreview.AccountTotal;

/**
 * The accounts a previewed file books on, folded: code, name (marked when saving adds it to the chart of
 * accounts), and the file's actual and budget on it over all its units, in tkr.
 */
class AccountsPreview extends Details {

    AccountsPreview(List<AccountTotal> accounts) {
        setId("import-accounts-details");
        setSummaryText(getTranslation(
                "import.accounts",
                accounts.size(),
                accounts.stream().filter(a -> !a.known()).count()));
        Grid<AccountTotal> grid = new Grid<>();
        grid.setId("import-accounts");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        if (accounts.size() <= 15) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("30em"); // a ledger's hundreds of accounts scroll, rendered lazily
        }
        grid.addColumn(AccountTotal::code)
                .setHeader(getTranslation("import.col.account"))
                .setAutoWidth(true);
        grid.addColumn(a -> a.name() + (a.known() ? "" : " (" + getTranslation("import.new") + ")"))
                .setHeader(getTranslation("import.col.name"))
                .setAutoWidth(true);
        grid.addColumn(a -> SwedishFormat.tkr(a.fileActual()))
                .setHeader(getTranslation("import.col.fileActual"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(a -> SwedishFormat.tkr(a.fileBudget()))
                .setHeader(getTranslation("import.col.fileBudget"))
                .setTextAlign(ColumnTextAlign.END);
        grid.setItems(accounts);
        add(grid);
    }
}
