package se.ekonomiuppfoljning.ui.apikeys;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.apikeys.ApiKey;
import se.ekonomiuppfoljning.apikeys.ApiKeyPurpose;
import se.ekonomiuppfoljning.apikeys.ApiKeyService;
import se.ekonomiuppfoljning.apikeys.CreatedKey;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.ui.base.ColumnSet;
import se.ekonomiuppfoljning.ui.base.MainLayout;
import se.ekonomiuppfoljning.ui.base.ShowsProblems;

/**
 * "API-nycklar": keys for integrations such as the nightly import from the ledger. The administrator creates a key
 * for a user (its roles and units are the key's), or for user administration by an HR system (an administrator
 * account; the key opens the users API only), copies it from the page the one time it is shown, and revokes keys that
 * are no longer used. Administrators only; the service checks as well.
 */
@Route(value = "api-nycklar", layout = MainLayout.class)
@RolesAllowed(Role.Names.ADMIN)
@Menu(title = "nav.apiKeys", order = 9.2, icon = "vaadin:key")
public class ApiKeysView extends VerticalLayout implements HasDynamicTitle, ShowsProblems {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(STOCKHOLM);

    private final ApiKeyService keys;
    private final Clock clock;
    private final Grid<ApiKey> grid = new Grid<>();
    private final Paragraph message = new Paragraph();
    private final VerticalLayout created = new VerticalLayout();

    ApiKeysView(ApiKeyService keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
        add(new H2(getTranslation("apikeys.title")), new Paragraph(getTranslation("apikeys.help")));
        ApiKeyForm form = new ApiKeyForm(
                keys::possibleOwners, LocalDate.now(clock.withZone(STOCKHOLM)).plusYears(1));
        form.addCreateListener(e -> create(e.purpose(), e.owner(), e.label(), e.expiresOn()));
        message.setId("api-keys-message");
        message.addClassName("portal-message");
        created.setId("api-key-created");
        created.setPadding(false);
        created.setVisible(false);
        grid.setId("api-keys-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        new ColumnSet<ApiKey>(this)
                .text("owner", "apikeys.col.owner", ApiKey::owner)
                .text("label", "apikeys.col.label", ApiKey::label)
                .text(
                        "purpose",
                        "apikeys.col.purpose",
                        k -> getTranslation("apikeys.purpose." + k.purpose().name()))
                .text("prefix", "apikeys.col.prefix", k -> k.prefix() + "…")
                .text("created", "apikeys.col.created", k -> MINUTE.format(k.createdAt()) + ", " + k.createdBy())
                .text("expires", "apikeys.col.expires", k -> k.expiresOn().toString())
                .text("lastUsed", "apikeys.col.lastUsed", k -> time(k.lastUsedAt()))
                .text("state", "apikeys.col.state", this::state)
                .addTo(grid);
        grid.addComponentColumn(this::revokeButton).setKey("revoke").setAutoWidth(true);
        add(new H3(getTranslation("apikeys.newTitle")), form, message, created, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(keys.list());
    }

    private void create(ApiKeyPurpose purpose, String owner, String label, LocalDate expiresOn) {
        CreatedKey key = keys.create(purpose, owner, label, expiresOn);
        TextField secret = new TextField(getTranslation("apikeys.secret"));
        secret.setId("api-key-secret");
        secret.setValue(key.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setHelperText(getTranslation("apikeys.secretHelp"));
        created.removeAll();
        created.add(secret);
        created.setVisible(true);
        message.setText(
                getTranslation("apikeys.created", key.key().label(), key.key().owner()));
        refresh();
    }

    private Button revokeButton(ApiKey key) {
        Button revoke = new Button(getTranslation("apikeys.revoke"), e -> confirmRevoke(key));
        revoke.setId("api-key-revoke-" + key.id());
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        revoke.setVisible(key.revokedAt() == null);
        return revoke;
    }

    private void confirmRevoke(ApiKey key) {
        ConfirmDialog dialog = new ConfirmDialog(
                getTranslation("apikeys.revokeTitle"),
                getTranslation("apikeys.revokeText", key.label(), key.owner()),
                getTranslation("apikeys.revokeConfirm"),
                e -> revoke(key));
        dialog.setId("api-key-revoke-dialog");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("apikeys.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void revoke(ApiKey key) {
        ApiKey revoked = keys.revoke(key.id());
        created.setVisible(false);
        message.setText(getTranslation("apikeys.revoked", revoked.label(), revoked.owner()));
        refresh();
    }

    private String state(ApiKey key) {
        if (key.revokedAt() != null) {
            return getTranslation("apikeys.state.revoked", time(key.revokedAt()));
        }
        return key.validOn(LocalDate.now(clock.withZone(STOCKHOLM)))
                ? getTranslation("apikeys.state.valid")
                : getTranslation("apikeys.state.expired");
    }

    private static String time(@Nullable Instant at) {
        return at == null ? "" : MINUTE.format(at);
    }

    @Override
    public void showProblem(String text) {
        message.setText(text);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("apikeys.title") + " – " + getTranslation("app.title");
    }
}
