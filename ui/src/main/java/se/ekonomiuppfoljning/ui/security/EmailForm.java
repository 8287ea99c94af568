package se.ekonomiuppfoljning.ui.security;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.security.EmailAddress;
import se.ekonomiuppfoljning.security.UserAccount;

/**
 * The e-mail address of the user chosen in the list, bound with a {@link Binder}. Empty is allowed (no reminders);
 * the service decides whether an address is valid, and {@link #refused} shows its reason at the field. A
 * {@link SaveEvent} carries the user and the address as typed.
 */
class EmailForm extends VerticalLayout {

    /** The form bean: the address as typed. */
    static final class Values {
        private String email = "";

        String getEmail() {
            return email;
        }

        void setEmail(@Nullable String email) {
            this.email = email == null ? "" : email;
        }
    }

    private final H3 title = new H3();
    private final TextField email = new TextField();
    private final Paragraph message = new Paragraph();
    private final Binder<Values> binder = new Binder<>();
    private @Nullable UserAccount user;

    EmailForm() {
        setPadding(false);
        title.setId("users-form-title");
        email.setId("users-email");
        email.setLabel(getTranslation("users.email"));
        email.setHelperText(getTranslation("users.emailHelp"));
        email.setMaxLength(EmailAddress.MAX_LENGTH);
        email.setWidth("24em");
        binder.forField(email).withNullRepresentation("").bind(Values::getEmail, Values::setEmail);
        message.setId("users-message");
        message.addClassName("portal-message");
        Button save = new Button(getTranslation("users.save"), e -> save());
        save.setId("users-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(email, save);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(title, row, message);
        setVisible(false);
    }

    /** Shows the form for a user, or hides it when none is chosen. */
    void edit(@Nullable UserAccount chosen) {
        user = chosen;
        message.setText("");
        setVisible(chosen != null);
        Values values = new Values();
        if (chosen != null) {
            title.setText(getTranslation("users.editTitle", chosen.displayName(), chosen.username()));
            EmailAddress address = chosen.email();
            values.setEmail(address == null ? "" : address.value());
        }
        binder.readBean(values);
        email.setInvalid(false);
    }

    /** After a save: the outcome in the form's message line. */
    void saved(String text) {
        email.setInvalid(false);
        message.setText(text);
    }

    /** The service refused the address: its reason at the field and in the message line. */
    void refused(String reason) {
        email.setErrorMessage(reason);
        email.setInvalid(true);
        message.setText(reason);
    }

    private void save() {
        UserAccount current = user;
        Values values = new Values();
        if (current != null && binder.writeBeanIfValid(values)) {
            fireEvent(new SaveEvent(this, current, values.getEmail()));
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** The address to save for a user; empty removes it. */
    static final class SaveEvent extends ComponentEvent<EmailForm> {
        private final UserAccount user;
        private final String email;

        SaveEvent(EmailForm source, UserAccount user, String email) {
            super(source, false);
            this.user = user;
            this.email = email;
        }

        UserAccount user() {
            return user;
        }

        String email() {
            return email;
        }
    }
}
