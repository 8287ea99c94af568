package se.ekonomiuppfoljning.ui.directory;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import se.ekonomiuppfoljning.directory.GroupMapping;
import se.ekonomiuppfoljning.directory.GroupMappingService;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAdministrationService;
import se.ekonomiuppfoljning.ui.base.ColumnSet;
import se.ekonomiuppfoljning.ui.base.MainLayout;
import se.ekonomiuppfoljning.ui.base.ShowsProblems;

/**
 * "Katalogens grupper": the mapping from directory groups (AD/LDAP DNs, Entra ID group ids or app roles) to the
 * portal's roles, units and committees that every directory login applies. A list of the mappings, a form for the
 * chosen or a new one, and deleting after a confirmation. Administrators only; the service checks as well and audits
 * every change.
 */
@Route(value = "gruppmappning", layout = MainLayout.class)
@RolesAllowed(Role.Names.ADMIN)
@Menu(title = "nav.groupMappings", order = 9.1, icon = "vaadin:group")
public class GroupMappingsView extends VerticalLayout implements HasDynamicTitle, ShowsProblems {

    private final GroupMappingService mappings;
    private final Grid<GroupMapping> grid = new Grid<>();
    private final GroupMappingForm form;
    private final Paragraph message = new Paragraph();

    GroupMappingsView(GroupMappingService mappings, UserAdministrationService users) {
        this.mappings = mappings;
        this.form = new GroupMappingForm(users.organisation());
        add(
                new H2(getTranslation("groupMappings.title")),
                new Paragraph(getTranslation("groupMappings.help")),
                new Paragraph(getTranslation("groupMappings.union")));
        grid.setId("group-mappings-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        new ColumnSet<GroupMapping>(this)
                .text("group", "groupMappings.col.group", GroupMapping::group)
                .text("roles", "groupMappings.col.roles", this::roles)
                .text("units", "groupMappings.col.units", m -> joined(m.units().stream()))
                .text("committees", "groupMappings.col.committees", m -> joined(m.committees().stream()))
                .addTo(grid);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.isFromClient() || e.getValue() != null) {
                form.edit(e.getValue());
            }
        });
        Button create = new Button(getTranslation("groupMappings.create"), e -> {
            grid.asSingleSelect().clear();
            form.create();
        });
        create.setId("group-mapping-new");
        message.setId("group-mappings-message");
        message.addClassName("portal-message");
        form.addSaveListener(e -> save(e.mapping()));
        form.addDeleteListener(e -> confirmDelete(e.mapping()));
        add(create, message, grid, form);
        refresh();
    }

    private void refresh() {
        grid.setItems(mappings.list());
    }

    private void save(GroupMapping mapping) {
        GroupMapping saved = mappings.save(mapping);
        refresh();
        GroupMapping shown = mappings.list().stream()
                .filter(m -> m.canonicalGroup().equals(saved.canonicalGroup()))
                .findFirst()
                .orElse(saved);
        grid.select(shown);
        form.edit(shown);
        form.saved(getTranslation("groupMappings.saved", saved.group()));
    }

    private void confirmDelete(GroupMapping mapping) {
        ConfirmDialog dialog = new ConfirmDialog(
                getTranslation("groupMappings.deleteTitle"),
                getTranslation("groupMappings.deleteText", mapping.group()),
                getTranslation("groupMappings.deleteConfirm"),
                e -> delete(mapping));
        dialog.setId("group-mapping-delete-dialog");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("groupMappings.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void delete(GroupMapping mapping) {
        mappings.delete(mapping.group());
        grid.asSingleSelect().clear();
        form.edit(null);
        refresh();
        message.setText(getTranslation("groupMappings.deleted", mapping.group()));
    }

    private String roles(GroupMapping mapping) {
        return mapping.roles().stream()
                .map(r -> getTranslation("role." + r.name()))
                .sorted()
                .collect(Collectors.joining(", "));
    }

    private static String joined(java.util.stream.Stream<?> codes) {
        return codes.map(Object::toString).sorted().collect(Collectors.joining(", "));
    }

    @Override
    public void showProblem(String text) {
        message.setText(text);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("groupMappings.title") + " – " + getTranslation("app.title");
    }
}
