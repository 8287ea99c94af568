package se.ekonomiuppfoljning.ui.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import se.ekonomiuppfoljning.security.InvalidUserDataException;
import se.ekonomiuppfoljning.security.LoginFailures;
import se.ekonomiuppfoljning.security.LoginThrottle;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.security.UserAdministrationService;
import se.ekonomiuppfoljning.security.UserChanges;
import se.ekonomiuppfoljning.substitutes.SubstituteService;
import se.ekonomiuppfoljning.ui.base.ColumnSet;
import se.ekonomiuppfoljning.ui.base.MainLayout;
import se.ekonomiuppfoljning.ui.base.Problems;
import se.ekonomiuppfoljning.ui.export.ExportLinks;

/**
 * "Användare": who may log in, with roles, units, committees, e-mail address (where the reminders go) and whether
 * they are enabled, in a lazy list. A user chosen in the list gets a form for all of it and buttons that disable or
 * enable them, and for a chief their ersättare, named and ended here as on their own "Mitt konto"; "Ny användare"
 * opens the form for a new local user. While the first administrator's start-up scope
 * (whole kommun, reading) is in use, a button above the list ends it. Below, the logins blocked now by the login throttle, each with a button that
 * lifts it. Administrators only (the services check as well).
 */
@Route(value = "anvandare", layout = MainLayout.class)
@RolesAllowed(Role.Names.ADMIN)
@Menu(title = "nav.users", order = 9, icon = "vaadin:users")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserAdministrationService users;
    private final Grid<UserAccount> grid = new Grid<>();
    private final UserForm form;
    private final Div startup = new Div();
    private final Paragraph startupMessage = new Paragraph();
    private final LoginThrottle throttle;
    private final Grid<LoginThrottle.Block> blocks = new Grid<>();
    private final Paragraph blocksMessage = new Paragraph();
    private final ChiefSubstitutesPanel substitutes;

    private static final DateTimeFormatter UNTIL =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Europe/Stockholm"));

    UsersView(UserAdministrationService users, LoginThrottle throttle, SubstituteService substituteService) {
        this.users = users;
        this.throttle = throttle;
        this.substitutes = new ChiefSubstitutesPanel(substituteService);
        this.form = new UserForm(users.organisation());
        add(new H2(getTranslation("users.title")));
        addStartupScope();
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
                        u -> u.email() == null ? "" : u.email().value())
                .text(
                        "state",
                        "users.col.state",
                        u -> getTranslation(u.enabled() ? "users.state.enabled" : "users.state.disabled"));
        columns.addTo(grid);
        // lazy: the service hands one page of users at a time
        grid.setItems(
                query -> users.listUsers(query.getOffset(), query.getLimit()).stream(), query -> users.countUsers());
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.isFromClient() || e.getValue() != null) {
                form.edit(e.getValue());
                substitutes.show(e.getValue());
            }
        });
        Button create = new Button(getTranslation("users.create"), e -> {
            grid.asSingleSelect().clear();
            form.create();
            substitutes.show(null);
        });
        create.setId("users-new");
        ExportLinks export = new ExportLinks(
                        ExportLinks.fileName("anvandare"),
                        () -> columns.export()
                                .table(getTranslation("users.title"), getTranslation("users.title"), users.listUsers()))
                .setIds("users-grid");
        add(new Paragraph(getTranslation("users.chooseUser")), new HorizontalLayout(create, export), grid);
        form.addCreateListener(this::create);
        form.addSaveListener(this::save);
        form.addDisableListener(e -> {
            UserAccount disabled = users.disable(e.user().username());
            changed(disabled, getTranslation("users.disabled", disabled.username()));
        });
        form.addEnableListener(e -> {
            UserAccount enabled = users.enable(e.user().username());
            changed(enabled, getTranslation("users.enabled", enabled.username()));
        });
        add(form, substitutes);
        addBlocks();
    }

    /** The first administrator's start-up scope (whole kommun, reading) and the button that ends it. */
    private void addStartupScope() {
        startup.setId("users-startup");
        startupMessage.setId("users-startup-message");
        startupMessage.addClassName("portal-message");
        Button end = new Button(getTranslation("users.startup.end"), e -> endStartupScope());
        end.setId("users-startup-end");
        end.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        startup.add(
                new H3(getTranslation("users.startup.title")),
                new Paragraph(getTranslation("users.startup.help")),
                end);
        add(startup, startupMessage);
        refreshStartupScope();
    }

    private void refreshStartupScope() {
        startup.setVisible(!users.startupScopeUsers().isEmpty());
    }

    private void endStartupScope() {
        try {
            List<UserAccount> ended = users.endStartupScope();
            startupMessage.setText(getTranslation(
                    "users.startup.ended",
                    ended.stream().map(UserAccount::username).collect(Collectors.joining(", "))));
            refreshStartupScope();
            grid.getDataProvider().refreshAll();
        } catch (InvalidUserDataException refused) {
            startupMessage.setText(Problems.text(refused.problem()));
        }
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

    private void create(UserForm.CreateEvent event) {
        try {
            UserAccount created = users.createUser(event.user());
            grid.getDataProvider().refreshAll();
            grid.select(created);
            form.edit(created);
            form.saved(getTranslation("users.created", created.username()));
            substitutes.show(created);
            refreshStartupScope();
        } catch (InvalidUserDataException refused) {
            form.refused(refused.problem(), Problems.text(refused.problem()));
        }
    }

    private void save(UserForm.SaveEvent event) {
        UserAccount before = event.user();
        try {
            UserAccount changed = users.changeUser(before.username(), event.changes());
            boolean onlyEmail =
                    UserChanges.of(before.withEmail(changed.email())).equals(UserChanges.of(changed));
            String text;
            if (onlyEmail && before.email() != null && changed.email() == null) {
                text = getTranslation("users.emailRemoved", changed.username());
            } else if (onlyEmail && !java.util.Objects.equals(before.email(), changed.email())) {
                text = getTranslation("users.emailSaved", changed.username());
            } else {
                text = getTranslation("users.saved", changed.username());
            }
            changed(changed, text);
        } catch (InvalidUserDataException refused) {
            form.refused(refused.problem(), Problems.text(refused.problem()));
        }
    }

    /** After a change the service made: the list and the form show the stored user, the message says what. */
    private void changed(UserAccount changed, String text) {
        grid.getDataProvider().refreshAll();
        grid.select(changed);
        form.edit(changed);
        form.saved(text);
        substitutes.show(changed);
        refreshStartupScope();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " – " + getTranslation("app.title");
    }
}
