package se.ekonomiuppfoljning.ui.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Collection;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.RuleViolationException;
import se.ekonomiuppfoljning.security.Language;
import se.ekonomiuppfoljning.security.OwnAccountService;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.ui.base.MainLayout;
import se.ekonomiuppfoljning.ui.base.Problems;

/**
 * "Mitt konto": the logged-in user's own account (user name, name, roles, units, committees) and the portal's
 * language. A language chosen here applies at once, to this page and the session's next ones, and at every later
 * login. Every logged-in user, for their own account only (the service acts on the caller).
 */
@Route(value = MainLayout.MY_ACCOUNT_ROUTE, layout = MainLayout.class)
@PermitAll
public class MyAccountView extends VerticalLayout implements HasDynamicTitle {

    private final OwnAccountService account;
    private final Select<Language> language = new Select<>();
    private final Paragraph message = new Paragraph();

    MyAccountView(OwnAccountService account) {
        this.account = account;
        UserAccount me = account.myAccount();
        add(new H2(getTranslation("account.title")));
        add(line("account-username", "account.username", me.username()));
        add(line("account-name", "account.name", me.displayName()));
        add(line(
                "account-roles",
                "account.roles",
                me.roles().stream()
                        .map(r -> getTranslation("role." + r.name()))
                        .sorted()
                        .collect(Collectors.joining(", "))));
        add(line("account-units", "account.units", joined(me.units())));
        add(line("account-committees", "account.committees", joined(me.committees())));

        language.setId("account-language");
        language.setLabel(getTranslation("account.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(l -> getTranslation("language." + l.name()));
        language.setValue(account.myLanguage());
        language.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                choose(me.username(), e.getValue());
            }
        });
        message.setId("account-message");
        add(language, message);
    }

    private void choose(String username, @Nullable Language chosen) {
        try {
            Language applied = account.changeMyLanguage(chosen);
            UI ui = UI.getCurrent();
            UserLocaleInitializer.apply(ui, username, applied);
            // the frame and this page again, in the new language
            ui.refreshCurrentRoute(true);
        } catch (RuleViolationException e) {
            message.setText(Problems.text(e.problem()));
        }
    }

    private Paragraph line(String id, String key, String value) {
        Paragraph line = new Paragraph(getTranslation(key, value));
        line.setId(id);
        return line;
    }

    private String joined(Collection<?> values) {
        return values.isEmpty()
                ? getTranslation("account.none")
                : values.stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.pageTitle");
    }
}
