package se.ekonomiuppfoljning.ui.security;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import se.ekonomiuppfoljning.security.PasswordRules;

/**
 * Changing one's own password on "Mitt konto" (local accounts): the current one, the new one twice. Fires a
 * {@link ChangeEvent}; the service checks the current password and every rule again. The fields are emptied after
 * every attempt, so no password stays in the page.
 */
class PasswordForm extends HorizontalLayout {

    /** The form's values, for the binder. */
    static final class Values {
        private String current = "";
        private String chosen = "";
        private String repeated = "";

        String getCurrent() {
            return current;
        }

        void setCurrent(String current) {
            this.current = current;
        }

        String getChosen() {
            return chosen;
        }

        void setChosen(String chosen) {
            this.chosen = chosen;
        }

        String getRepeated() {
            return repeated;
        }

        void setRepeated(String repeated) {
            this.repeated = repeated;
        }
    }

    private final PasswordField current = new PasswordField();
    private final PasswordField chosen = new PasswordField();
    private final PasswordField repeated = new PasswordField();
    private final Binder<Values> binder = new Binder<>();

    PasswordForm() {
        current.setId("password-current");
        current.setLabel(getTranslation("password.current"));
        chosen.setId("password-new");
        chosen.setLabel(getTranslation("password.new"));
        chosen.setHelperText(getTranslation("password.help", PasswordRules.MIN_LENGTH));
        repeated.setId("password-repeat");
        repeated.setLabel(getTranslation("password.repeat"));
        for (PasswordField field : new PasswordField[] {current, chosen, repeated}) {
            field.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        }
        chosen.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        repeated.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        current.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        binder.forField(current)
                .asRequired(getTranslation("password.currentRequired"))
                .bind(Values::getCurrent, Values::setCurrent);
        binder.forField(chosen)
                .asRequired(getTranslation("password.newRequired"))
                .bind(Values::getChosen, Values::setChosen);
        binder.forField(repeated)
                .asRequired(getTranslation("password.repeatRequired"))
                .bind(Values::getRepeated, Values::setRepeated);
        Button change = new Button(getTranslation("password.change"), e -> change());
        change.setId("password-change");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        add(current, chosen, repeated, change);
    }

    private void change() {
        Values values = new Values();
        boolean valid = binder.writeBeanIfValid(values);
        clear();
        if (valid) {
            fireEvent(new ChangeEvent(this, values.getCurrent(), values.getChosen(), values.getRepeated()));
        }
    }

    private void clear() {
        binder.readBean(new Values());
    }

    Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
        return addListener(ChangeEvent.class, listener);
    }

    /** The three passwords as typed; held only for the call of the service. */
    static final class ChangeEvent extends ComponentEvent<PasswordForm> {
        private final String current;
        private final String chosen;
        private final String repeated;

        ChangeEvent(PasswordForm source, String current, String chosen, String repeated) {
            super(source, false);
            this.current = current;
            this.chosen = chosen;
            this.repeated = repeated;
        }

        String current() {
            return current;
        }

        String chosen() {
            return chosen;
        }

        String repeated() {
            return repeated;
        }
    }
}
