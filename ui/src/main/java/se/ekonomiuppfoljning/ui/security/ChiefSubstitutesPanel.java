package se.ekonomiuppfoljning.ui.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.RuleViolationException;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.substitutes.ActingAccounts;
import se.ekonomiuppfoljning.substitutes.SubstituteCandidate;
import se.ekonomiuppfoljning.substitutes.SubstituteService;
import se.ekonomiuppfoljning.substitutes.Substitution;
import se.ekonomiuppfoljning.substitutes.SubstitutionLine;
import se.ekonomiuppfoljning.ui.base.Problems;

/**
 * On "Användare", for the chief chosen in the list: their ersättare now and to come, each with a button that ends it,
 * and the form that names one (whom, from which day to which), for a chief who is away and cannot do it on "Mitt
 * konto" themselves. Everything through {@link SubstituteService}, which allows it an administrator, checks the same
 * rules as for the chief and audits it; a refused rule is worded in the panel's message line. Hidden for a user who
 * is no chief with units.
 */
class ChiefSubstitutesPanel extends VerticalLayout {

    private final SubstituteService substitutes;
    private final H3 title = new H3();
    private final Div lines = new Div();
    private final Paragraph message = new Paragraph();
    private final Div formPlace = new Div();
    private @Nullable UserAccount chief;

    ChiefSubstitutesPanel(SubstituteService substitutes) {
        this.substitutes = substitutes;
        setId("users-substitutes");
        setPadding(false);
        lines.setId("users-substitutes-lines");
        message.setId("users-substitutes-message");
        message.addClassName("portal-message");
        add(title, new Paragraph(getTranslation("users.substitutes.help")), lines, formPlace, message);
        setVisible(false);
    }

    /** Shows the panel for {@code user} if they are a chief with units; hides it otherwise. */
    void show(@Nullable UserAccount user) {
        message.setText("");
        if (user == null || !ActingAccounts.mayHandOver(user)) {
            chief = null;
            setVisible(false);
            return;
        }
        chief = user;
        title.setText(getTranslation("users.substitutes.title", user.displayName(), user.username()));
        List<SubstituteCandidate> candidates = substitutes.candidates().stream()
                .filter(c -> !c.username().equals(user.username()))
                .toList();
        SubstituteForm form = new SubstituteForm(candidates, substitutes.today());
        form.setId("users-substitute-form");
        form.addNameListener(e -> name(user, form, e));
        formPlace.removeAll();
        formPlace.add(form);
        refresh();
        setVisible(true);
    }

    private void name(UserAccount user, SubstituteForm form, SubstituteForm.NameEvent event) {
        try {
            substitutes.name(user.username(), event.substitute(), event.from(), event.to());
            form.clear();
            message.setText(getTranslation("users.substitutes.named", user.displayName()));
        } catch (RuleViolationException refused) {
            message.setText(Problems.text(refused.problem()));
        }
        refresh();
    }

    private void refresh() {
        lines.removeAll();
        UserAccount shown = chief;
        if (shown == null) {
            return;
        }
        List<SubstitutionLine> found = substitutes.standInsOf(shown.username());
        if (found.isEmpty()) {
            lines.add(new Paragraph(getTranslation("users.substitutes.none")));
        }
        for (SubstitutionLine line : found) {
            Substitution s = line.substitution();
            Paragraph text = new Paragraph(getTranslation(
                    "users.substitutes.line",
                    line.substituteName(),
                    s.substitute(),
                    s.from().toString(),
                    s.to().toString()));
            Button end = new Button(getTranslation("substitutes.end"), e -> end(s));
            end.setId("users-substitute-end-" + s.id());
            end.addThemeVariants(ButtonVariant.LUMO_SMALL);
            HorizontalLayout row = new HorizontalLayout(text, end);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            lines.add(row);
        }
    }

    private void end(Substitution substitution) {
        try {
            substitutes.end(substitution.id());
            message.setText(getTranslation("substitutes.ended"));
        } catch (RuleViolationException refused) {
            message.setText(Problems.text(refused.problem()));
        }
        refresh();
    }
}
