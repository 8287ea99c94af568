package se.ekonomiuppfoljning.ui.apikeys;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.apikeys.ApiKeyPurpose;
import se.ekonomiuppfoljning.security.UserAccount;

/**
 * A new key's purpose, owner, label and last day, bound with a {@link Binder} (all required); a valid form fires a
 * {@link CreateEvent}. The owners offered follow the purpose (administrators for a user administration key, everyone
 * else for an integration key). The service checks everything again.
 */
class ApiKeyForm extends HorizontalLayout {

    /** The form bean. */
    static final class Values {
        private @Nullable ApiKeyPurpose purpose = ApiKeyPurpose.INTEGRATION;
        private @Nullable UserAccount owner;
        private String label = "";
        private @Nullable LocalDate expiresOn;

        @Nullable
        ApiKeyPurpose getPurpose() {
            return purpose;
        }

        void setPurpose(@Nullable ApiKeyPurpose purpose) {
            this.purpose = purpose;
        }

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

    private final RadioButtonGroup<ApiKeyPurpose> purpose = new RadioButtonGroup<>();
    private final ComboBox<UserAccount> owner = new ComboBox<>();
    private final TextField label = new TextField();
    private final DatePicker expiresOn = new DatePicker();
    private final Binder<Values> binder = new Binder<>();

    ApiKeyForm(Function<ApiKeyPurpose, List<UserAccount>> owners, LocalDate suggestedExpiry) {
        purpose.setId("api-key-purpose");
        purpose.setLabel(getTranslation("apikeys.purpose"));
        purpose.setHelperText(getTranslation("apikeys.purposeHelp"));
        purpose.setItems(ApiKeyPurpose.values());
        purpose.setItemLabelGenerator(p -> getTranslation("apikeys.purpose." + p.name()));
        purpose.addValueChangeListener(e -> {
            owner.clear();
            owner.setItems(owners.apply(e.getValue() == null ? ApiKeyPurpose.INTEGRATION : e.getValue()));
        });
        owner.setId("api-key-owner");
        owner.setLabel(getTranslation("apikeys.owner"));
        owner.setItems(owners.apply(ApiKeyPurpose.INTEGRATION));
        owner.setItemLabelGenerator(u -> u.displayName() + " (" + u.username() + ")");
        owner.setWidth("20em");
        label.setId("api-key-label");
        label.setLabel(getTranslation("apikeys.label"));
        label.setHelperText(getTranslation("apikeys.labelHelp"));
        label.setMaxLength(100);
        label.setWidth("22em");
        expiresOn.setId("api-key-expires");
        expiresOn.setLabel(getTranslation("apikeys.expiresOn"));
        binder.forField(purpose)
                .asRequired(getTranslation("apikeys.purposeRequired"))
                .bind(Values::getPurpose, Values::setPurpose);
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
        add(purpose, owner, label, expiresOn, create);
    }

    private void create() {
        Values values = new Values();
        if (binder.writeBeanIfValid(values)) {
            ApiKeyPurpose chosenPurpose = values.getPurpose();
            UserAccount chosen = values.getOwner();
            LocalDate last = values.getExpiresOn();
            if (chosenPurpose != null && chosen != null && last != null) {
                fireEvent(new CreateEvent(this, chosenPurpose, chosen.username(), values.getLabel(), last));
            }
        }
    }

    Registration addCreateListener(ComponentEventListener<CreateEvent> listener) {
        return addListener(CreateEvent.class, listener);
    }

    /** A valid form's values: its purpose, whose key, what for, its last day. */
    static final class CreateEvent extends ComponentEvent<ApiKeyForm> {
        private final ApiKeyPurpose purpose;
        private final String owner;
        private final String label;
        private final LocalDate expiresOn;

        CreateEvent(ApiKeyForm source, ApiKeyPurpose purpose, String owner, String label, LocalDate expiresOn) {
            super(source, false);
            this.purpose = purpose;
            this.owner = owner;
            this.label = label;
            this.expiresOn = expiresOn;
        }

        ApiKeyPurpose purpose() {
            return purpose;
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
