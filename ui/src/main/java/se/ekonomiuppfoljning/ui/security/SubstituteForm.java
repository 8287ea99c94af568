package se.ekonomiuppfoljning.ui.security;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.substitutes.SubstituteCandidate;

/**
 * Naming an ersättare on "Mitt konto": whom (enabled chiefs, by name only), from which day to which (both
 * inclusive). Fires a {@link NameEvent} with valid values; the service checks everything again.
 */
class SubstituteForm extends HorizontalLayout {

    /** The form's values, for the binder. */
    static final class Values {
        private @Nullable SubstituteCandidate substitute;
        private @Nullable LocalDate from;
        private @Nullable LocalDate to;

        @Nullable
        SubstituteCandidate getSubstitute() {
            return substitute;
        }

        void setSubstitute(@Nullable SubstituteCandidate substitute) {
            this.substitute = substitute;
        }

        @Nullable
        LocalDate getFrom() {
            return from;
        }

        void setFrom(@Nullable LocalDate from) {
            this.from = from;
        }

        @Nullable
        LocalDate getTo() {
            return to;
        }

        void setTo(@Nullable LocalDate to) {
            this.to = to;
        }
    }

    private final ComboBox<SubstituteCandidate> substitute = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Binder<Values> binder = new Binder<>();

    SubstituteForm(List<SubstituteCandidate> candidates, LocalDate today) {
        substitute.setId("substitute-user");
        substitute.setLabel(getTranslation("substitutes.user"));
        substitute.setItems(candidates);
        substitute.setItemLabelGenerator(c -> c.displayName() + " (" + c.username() + ")");
        substitute.setWidth("20em");
        from.setId("substitute-from");
        from.setLabel(getTranslation("substitutes.from"));
        from.setMin(today);
        to.setId("substitute-to");
        to.setLabel(getTranslation("substitutes.to"));
        to.setMin(today);
        binder.forField(substitute)
                .asRequired(getTranslation("substitutes.userRequired"))
                .bind(Values::getSubstitute, Values::setSubstitute);
        binder.forField(from)
                .asRequired(getTranslation("substitutes.fromRequired"))
                .bind(Values::getFrom, Values::setFrom);
        binder.forField(to).asRequired(getTranslation("substitutes.toRequired")).bind(Values::getTo, Values::setTo);
        Button name = new Button(getTranslation("substitutes.name"), e -> name());
        name.setId("substitute-name");
        name.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        add(substitute, from, to, name);
    }

    private void name() {
        Values values = new Values();
        if (binder.writeBeanIfValid(values)) {
            SubstituteCandidate chosen = values.getSubstitute();
            LocalDate first = values.getFrom();
            LocalDate last = values.getTo();
            if (chosen != null && first != null && last != null) {
                fireEvent(new NameEvent(this, chosen.username(), first, last));
            }
        }
    }

    /** Empties the form after a naming. */
    void clear() {
        binder.readBean(new Values());
    }

    Registration addNameListener(ComponentEventListener<NameEvent> listener) {
        return addListener(NameEvent.class, listener);
    }

    /** A valid form's values: who, from, to. */
    static final class NameEvent extends ComponentEvent<SubstituteForm> {
        private final String substitute;
        private final LocalDate from;
        private final LocalDate to;

        NameEvent(SubstituteForm source, String substitute, LocalDate from, LocalDate to) {
            super(source, false);
            this.substitute = substitute;
            this.from = from;
            this.to = to;
        }

        String substitute() {
            return substitute;
        }

        LocalDate from() {
            return from;
        }

        LocalDate to() {
            return to;
        }
    }
}
