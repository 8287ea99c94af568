package se.ekonomiuppfoljning.ui.security;

import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.security.UserAdministrationService;
import se.ekonomiuppfoljning.ui.base.MainLayout;

/** "Användare": who may log in, with roles and scope. Administrators only (the service checks as well). */
@Route(value = "anvandare", layout = MainLayout.class)
@RolesAllowed(Role.Names.ADMIN)
@Menu(title = "nav.users", order = 9, icon = "vaadin:users")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    UsersView(UserAdministrationService users) {
        add(new H2(getTranslation("users.title")));
        Grid<UserAccount> grid = new Grid<>();
        grid.setId("users-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(UserAccount::username).setHeader(getTranslation("users.col.username")).setAutoWidth(true);
        grid.addColumn(UserAccount::displayName).setHeader(getTranslation("users.col.name")).setAutoWidth(true);
        grid.addColumn(u -> u.roles().stream().map(r -> getTranslation("role." + r.name())).sorted()
                .collect(Collectors.joining(", "))).setHeader(getTranslation("users.col.roles")).setAutoWidth(true);
        grid.addColumn(u -> u.units().stream().map(Object::toString).sorted().collect(Collectors.joining(", ")))
                .setHeader(getTranslation("users.col.units")).setAutoWidth(true);
        grid.addColumn(u -> u.committees().stream().map(Object::toString).sorted().collect(Collectors.joining(", ")))
                .setHeader(getTranslation("users.col.committees")).setAutoWidth(true);
        grid.setItems(users.listUsers());
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " – " + getTranslation("app.title");
    }
}
