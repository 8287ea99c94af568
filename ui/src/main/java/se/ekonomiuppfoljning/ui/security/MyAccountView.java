package se.ekonomiuppfoljning.ui.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.RuleViolationException;
import se.ekonomiuppfoljning.security.Language;
import se.ekonomiuppfoljning.security.OwnAccountService;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.substitutes.SubstituteService;
import se.ekonomiuppfoljning.substitutes.Substitution;
import se.ekonomiuppfoljning.substitutes.SubstitutionLine;
import se.ekonomiuppfoljning.ui.base.MainLayout;
import se.ekonomiuppfoljning.ui.base.Problems;

/**
 * "Mitt konto": the logged-in user's own account (user name, name, roles, units, committees, e-mail), the portal's
 * language, the ersättare both ways (whom the user stands in for and when; who stands in for them, with a form for a
 * chief to name and end one) and, for a local account, the password. A language chosen here applies at once, to
 * this page and the session's next ones, and at every later login. Every logged-in user, for their own account only
 * (the services act on the caller).
 */
@Route(value = MainLayout.MY_ACCOUNT_ROUTE, layout = MainLayout.class)
@PermitAll
public class MyAccountView extends VerticalLayout implements HasDynamicTitle {

    private final OwnAccountService account;
    private final SubstituteService substitutes;
    private final Select<Language> language = new Select<>();
    private final Paragraph message = new Paragraph();
    private final Div standingIn = new Div();
    private final Div standIns = new Div();
    private final Paragraph substituteMessage = new Paragraph();
    private final Paragraph passwordMessage = new Paragraph();

    MyAccountView(OwnAccountService account, SubstituteService substitutes) {
        this.account = account;
        this.substitutes = substitutes;
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
        add(line(
                "account-email",
                "account.email",
                me.email() == null ? getTranslation("account.none") : me.email().value()));

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

        addSubstitutes(me);
        if (account.mayChangeMyPassword()) {
            addPassword();
        }
    }

    private void addSubstitutes(UserAccount me) {
        add(new H3(getTranslation("substitutes.title")));
        standingIn.setId("substitutes-standing-in");
        standIns.setId("substitutes-mine");
        substituteMessage.setId("substitute-message");
        add(standingIn, standIns);
        if (substitutes.mayNameMine()) {
            SubstituteForm form = new SubstituteForm(substitutes.candidates(), substitutes.today());
            form.setId("substitute-form");
            form.addNameListener(e -> {
                try {
                    substitutes.name(me.username(), e.substitute(), e.from(), e.to());
                    form.clear();
                    substituteMessage.setText(getTranslation("substitutes.named"));
                } catch (RuleViolationException refused) {
                    substituteMessage.setText(Problems.text(refused.problem()));
                }
                refreshSubstitutes();
            });
            add(new Paragraph(getTranslation("substitutes.help")), form);
        }
        add(substituteMessage);
        refreshSubstitutes();
    }

    private void refreshSubstitutes() {
        standingIn.removeAll();
        List<SubstitutionLine> forOthers = substitutes.whomIStandInFor();
        if (forOthers.isEmpty()) {
            standingIn.add(new Paragraph(getTranslation("substitutes.standingInNone")));
        }
        for (SubstitutionLine l : forOthers) {
            Substitution s = l.substitution();
            Paragraph p = new Paragraph(
                    getTranslation("substitutes.standingIn", l.chiefName(), s.chief(), day(s.from()), day(s.to())));
            p.setId("substitute-for-" + s.id());
            standingIn.add(p);
        }
        standIns.removeAll();
        List<SubstitutionLine> mine = substitutes.myStandIns();
        if (mine.isEmpty()) {
            standIns.add(new Paragraph(getTranslation("substitutes.mineNone")));
        }
        for (SubstitutionLine l : mine) {
            Substitution s = l.substitution();
            Paragraph p = new Paragraph(
                    getTranslation("substitutes.mine", l.substituteName(), s.substitute(), day(s.from()), day(s.to())));
            Button end = new Button(getTranslation("substitutes.end"), e -> {
                try {
                    substitutes.end(s.id());
                    substituteMessage.setText(getTranslation("substitutes.ended"));
                } catch (RuleViolationException refused) {
                    substituteMessage.setText(Problems.text(refused.problem()));
                }
                refreshSubstitutes();
            });
            end.setId("substitute-end-" + s.id());
            end.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            HorizontalLayout row = new HorizontalLayout(p, end);
            row.setId("substitute-" + s.id());
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            standIns.add(row);
        }
    }

    private void addPassword() {
        add(new H3(getTranslation("password.title")));
        PasswordForm form = new PasswordForm();
        form.setId("password-form");
        passwordMessage.setId("password-message");
        form.addChangeListener(e -> {
            try {
                account.changeMyPassword(e.current(), e.chosen(), e.repeated());
                passwordMessage.setText(getTranslation("password.changed"));
            } catch (RuleViolationException refused) {
                passwordMessage.setText(Problems.text(refused.problem()));
            }
        });
        add(form, passwordMessage);
    }

    private static String day(LocalDate day) {
        return day.toString();
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
