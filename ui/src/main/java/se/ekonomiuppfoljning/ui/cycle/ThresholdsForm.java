package se.ekonomiuppfoljning.ui.cycle;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.cycle.Thresholds;

/**
 * The two thresholds as the administrator types them (tkr and per cent), bound with a {@link Binder}: both are
 * required; a {@link SaveEvent} carries them as {@link Thresholds} in kronor, an {@link InvalidEvent} says one is
 * missing. The service checks the values themselves.
 */
class ThresholdsForm extends VerticalLayout {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    /** The form bean: the values as shown (tkr, per cent). */
    static final class Values {
        private @Nullable BigDecimal tkr;
        private @Nullable BigDecimal percent;

        @Nullable
        BigDecimal getTkr() {
            return tkr;
        }

        void setTkr(@Nullable BigDecimal tkr) {
            this.tkr = tkr;
        }

        @Nullable
        BigDecimal getPercent() {
            return percent;
        }

        void setPercent(@Nullable BigDecimal percent) {
            this.percent = percent;
        }
    }

    private final BigDecimalField tkr = new BigDecimalField(getTranslation("settings.kronor"));
    private final BigDecimalField percent = new BigDecimalField(getTranslation("settings.percent"));
    private final Binder<Values> binder = new Binder<>();

    ThresholdsForm(Thresholds current) {
        setPadding(false);
        tkr.setId("settings-tkr");
        percent.setId("settings-percent");
        binder.forField(tkr)
                .asRequired(getTranslation("settings.kronor.required"))
                .bind(Values::getTkr, Values::setTkr);
        binder.forField(percent)
                .asRequired(getTranslation("settings.percent.required"))
                .bind(Values::getPercent, Values::setPercent);
        Values values = new Values();
        values.setTkr(current.ytdDeviationKronor().divide(THOUSAND, 0, RoundingMode.HALF_UP));
        values.setPercent(current.ytdDeviationPercent().stripTrailingZeros());
        binder.readBean(values);
        Button save = new Button(getTranslation("settings.save"), e -> save());
        save.setId("settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(tkr, percent, save);
    }

    private void save() {
        Values values = new Values();
        BigDecimal kronor = binder.writeBeanIfValid(values) ? values.getTkr() : null;
        BigDecimal perCent = values.getPercent();
        if (kronor == null || perCent == null) {
            fireEvent(new InvalidEvent(this));
            return;
        }
        fireEvent(new SaveEvent(
                this,
                new Thresholds(
                        kronor.multiply(THOUSAND).setScale(2, RoundingMode.HALF_UP),
                        perCent.setScale(2, RoundingMode.HALF_UP))));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addInvalidListener(ComponentEventListener<InvalidEvent> listener) {
        return addListener(InvalidEvent.class, listener);
    }

    /** The thresholds to save, in kronor and per cent. */
    static final class SaveEvent extends ComponentEvent<ThresholdsForm> {
        private final Thresholds thresholds;

        SaveEvent(ThresholdsForm source, Thresholds thresholds) {
            super(source, false);
            this.thresholds = thresholds;
        }

        Thresholds thresholds() {
            return thresholds;
        }
    }

    /** A required value is missing; the fields show which. */
    static final class InvalidEvent extends ComponentEvent<ThresholdsForm> {
        InvalidEvent(ThresholdsForm source) {
            super(source, false);
        }
    }
}
