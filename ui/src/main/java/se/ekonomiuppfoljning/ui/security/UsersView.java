package se.ekonomiuppfoljning.ui.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import se.ekonomiuppfoljning.security.InvalidUserDataException;
import se.ekonomiuppfoljning.security.LoginFailures;
import se.ekonomiuppfoljning.security.LoginThrottle;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.security.UserAdministrationService;
import se.ekonomiuppfoljning.ui.base.ColumnSet;
import se.ekonomiuppfoljning.ui.base.MainLayout;
import se.ekonomiuppfoljning.ui.base.Problems;
import se.ekonomiuppfoljning.ui.export.ExportLinks;

/**
 * "Användare": who may log in, with roles, scope and e-mail address (where the reminders go). A user chosen in the
 * list gets a form for the address. Below, the logins blocked now by the login throttle, each with a button that
 * lifts it. Administrators only (the services check as well).
 */
@Route(value = "anvandare", layout = MainLayout.class)
@RolesAllowed(Role.Names.ADMIN)
@Menu(title = "nav.users", order = 9, icon = "vaadin:users")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserAdministrationService users;
    private final Grid<UserAccount> grid = new Grid<>();
    private final EmailForm form = new EmailForm();
    private final LoginThrottle throttle;
    private final Grid<LoginThrottle.Block> blocks = new Grid<>();
    private final Paragraph blocksMessage = new Paragraph();

    private static final DateTimeFormatter UNTIL =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Europe/Stockholm"));

    UsersView(UserAdministrationService users, LoginThrottle throttle) {
        this.users = users;
        this.throttle = throttle;
        add(new H2(getTranslation("users.title")));
        grid.setId("users-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        ColumnSet<UserAccount> columns = new ColumnSet<UserAccount>(this)
                .text("username", "users.col.username", UserAccount::username)
                .text("name", "users.col.name", UserAccount::displayName)
                .text("roles", "users.col.roles", this::roles)
                .text("units", "users.col.units", UsersView::units)
                .text("committees", "users.col.committees", UsersView::committees)
                .text(
                        "email",
                        "users.col.email",
                        u -> u.email() == null ? "" : u.email().value());
        columns.addTo(grid);
        grid.setItems(users.listUsers());
        grid.asSingleSelect().addValueChangeListener(e -> form.edit(e.getValue()));
        add(
                new Paragraph(getTranslation("users.chooseToEdit")),
                ExportLinks.forGrid(
                        grid,
                        columns,
                        ExportLinks.fileName("anvandare"),
                        getTranslation("users.title"),
                        getTranslation("users.title")),
                grid);
        form.addSaveListener(this::save);
        add(form);
        addBlocks();
    }

    private void addBlocks() {
        blocks.setId("users-blocks");
        blocks.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        blocks.setAllRowsVisible(true);
        blocks.addColumn(b -> getTranslation(
                        "users.blocks.kind." + b.failures().kind().name()))
                .setHeader(getTranslation("users.blocks.col.kind"))
                .setAutoWidth(true);
        blocks.addColumn(b -> b.failures().account())
                .setHeader(getTranslation("users.blocks.col.account"))
                .setAutoWidth(true);
        blocks.addColumn(b -> b.failures().address())
                .setHeader(getTranslation("users.blocks.col.address"))
                .setAutoWidth(true);
        blocks.addColumn(b -> b.failures().failures())
                .setHeader(getTranslation("users.blocks.col.failures"))
                .setAutoWidth(true);
        blocks.addColumn(b -> UNTIL.format(b.until()))
                .setHeader(getTranslation("users.blocks.col.until"))
                .setAutoWidth(true);
        blocks.addComponentColumn(b -> {
                    Button lift = new Button(getTranslation("users.blocks.lift"), e -> lift(b.failures()));
                    lift.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    lift.setId("users-block-lift-" + b.failures().kind().name().toLowerCase(Locale.ROOT) + "-"
                            + (b.failures().account() + "-" + b.failures().address()).replaceAll("[^A-Za-z0-9]", "_"));
                    return lift;
                })
                .setKey("lift")
                .setAutoWidth(true);
        blocksMessage.setId("users-blocks-message");
        blocksMessage.addClassName("portal-message");
        add(
                new H3(getTranslation("users.blocks.title")),
                new Paragraph(getTranslation("users.blocks.help")),
                blocks,
                blocksMessage);
        refreshBlocks();
    }

    private void refreshBlocks() {
        var current = throttle.currentBlocks();
        blocks.setItems(current);
        blocks.setVisible(!current.isEmpty());
        if (current.isEmpty()) {
            blocksMessage.setText(getTranslation("users.blocks.none"));
        }
    }

    private void lift(LoginFailures block) {
        throttle.lift(block);
        String what = getTranslation("users.blocks.kind." + block.kind().name())
                + (block.account().isEmpty() ? "" : " " + block.account())
                + (block.address().isEmpty() ? "" : " " + block.address());
        refreshBlocks();
        blocksMessage.setText(getTranslation("users.blocks.lifted", what));
    }

    private String roles(UserAccount user) {
        return user.roles().stream()
                .map(r -> getTranslation("role." + r.name()))
                .sorted()
                .collect(Collectors.joining(", "));
    }

    private static String units(UserAccount user) {
        return user.units().stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
    }

    private static String committees(UserAccount user) {
        return user.committees().stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
    }

    private void save(EmailForm.SaveEvent event) {
        try {
            UserAccount changed = users.changeEmail(event.user().username(), event.email());
            grid.setItems(users.listUsers());
            grid.select(changed);
            form.saved(
                    changed.email() == null
                            ? getTranslation("users.emailRemoved", changed.username())
                            : getTranslation("users.emailSaved", changed.username()));
        } catch (InvalidUserDataException refused) {
            form.refused(Problems.text(refused.problem()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " – " + getTranslation("app.title");
    }
}
