package se.ekonomiuppfoljning.ui.apikeys;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.security.UserAccount;

/**
 * A new key's owner, purpose and last day, bound with a {@link Binder} (all three required); a valid form fires a
 * {@link CreateEvent}. The service checks everything again.
 */
class ApiKeyForm extends HorizontalLayout {

    /** The form bean. */
    static final class Values {
        private @Nullable UserAccount owner;
        private String label = "";
        private @Nullable LocalDate expiresOn;

        @Nullable
        UserAccount getOwner() {
            return owner;
        }

        void setOwner(@Nullable UserAccount owner) {
            this.owner = owner;
        }

        String getLabel() {
            return label;
        }

        void setLabel(@Nullable String label) {
            this.label = label == null ? "" : label;
        }

        @Nullable
        LocalDate getExpiresOn() {
            return expiresOn;
        }

        void setExpiresOn(@Nullable LocalDate expiresOn) {
            this.expiresOn = expiresOn;
        }
    }

    private final ComboBox<UserAccount> owner = new ComboBox<>();
    private final TextField label = new TextField();
    private final DatePicker expiresOn = new DatePicker();
    private final Binder<Values> binder = new Binder<>();

    ApiKeyForm(List<UserAccount> owners, LocalDate suggestedExpiry) {
        owner.setId("api-key-owner");
        owner.setLabel(getTranslation("apikeys.owner"));
        owner.setItems(owners);
        owner.setItemLabelGenerator(u -> u.displayName() + " (" + u.username() + ")");
        owner.setWidth("20em");
        label.setId("api-key-label");
        label.setLabel(getTranslation("apikeys.label"));
        label.setHelperText(getTranslation("apikeys.labelHelp"));
        label.setMaxLength(100);
        label.setWidth("22em");
        expiresOn.setId("api-key-expires");
        expiresOn.setLabel(getTranslation("apikeys.expiresOn"));
        binder.forField(owner)
                .asRequired(getTranslation("apikeys.ownerRequired"))
                .bind(Values::getOwner, Values::setOwner);
        binder.forField(label)
                .asRequired(getTranslation("apikeys.labelRequired"))
                .bind(Values::getLabel, Values::setLabel);
        binder.forField(expiresOn)
                .asRequired(getTranslation("apikeys.expiresRequired"))
                .bind(Values::getExpiresOn, Values::setExpiresOn);
        Values values = new Values();
        values.setExpiresOn(suggestedExpiry);
        binder.readBean(values);
        Button create = new Button(getTranslation("apikeys.create"), e -> create());
        create.setId("api-key-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        add(owner, label, expiresOn, create);
    }

    private void create() {
        Values values = new Values();
        if (binder.writeBeanIfValid(values)) {
            UserAccount chosen = values.getOwner();
            LocalDate last = values.getExpiresOn();
            if (chosen != null && last != null) {
                fireEvent(new CreateEvent(this, chosen.username(), values.getLabel(), last));
            }
        }
    }

    Registration addCreateListener(ComponentEventListener<CreateEvent> listener) {
        return addListener(CreateEvent.class, listener);
    }

    /** A valid form's values: whose key, what for, its last day. */
    static final class CreateEvent extends ComponentEvent<ApiKeyForm> {
        private final String owner;
        private final String label;
        private final LocalDate expiresOn;

        CreateEvent(ApiKeyForm source, String owner, String label, LocalDate expiresOn) {
            super(source, false);
            this.owner = owner;
            this.label = label;
            this.expiresOn = expiresOn;
        }

        String owner() {
            return owner;
        }

        String label() {
            return label;
        }

        LocalDate expiresOn() {
            return expiresOn;
        }
    }
}
