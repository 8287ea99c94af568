package se.ekonomiuppfoljning.ui.reports;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.PlainText;
import se.ekonomiuppfoljning.reports.TemplateText;

/**
 * One text of the document template, bound with a {@link Binder}: the text as edited, its default below. "Spara"
 * and "Återställ" fire a {@link SaveEvent} (an empty text puts the default back); the service checks the
 * placeholders. Read-only for those who may not change the kommun's texts.
 */
class TemplateTextForm extends VerticalLayout {

    /** The form bean: the text as edited. */
    static final class Values {
        private String text = "";

        String getText() {
            return text;
        }

        void setText(@Nullable String text) {
            this.text = text == null ? "" : text;
        }
    }

    private final H3 chosen = new H3();
    private final TextArea text = new TextArea();
    private final Paragraph defaultText = new Paragraph();
    private final Paragraph message = new Paragraph();
    private final Binder<Values> binder = new Binder<>();
    private @Nullable TemplateText selected;

    TemplateTextForm(boolean editable) {
        setPadding(false);
        setMaxWidth("60em");
        text.setId("templates-text");
        text.setLabel(getTranslation("templates.text.label"));
        text.setWidthFull();
        text.setMaxLength(PlainText.MAX_LENGTH);
        binder.forField(text).withNullRepresentation("").bind(Values::getText, Values::setText);
        defaultText.addClassName("portal-caption");
        defaultText.setId("templates-default");
        message.setId("templates-message");
        message.addClassName("portal-message");
        Button save = new Button(getTranslation("templates.save"), e -> save());
        save.setId("templates-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reset = new Button(getTranslation("templates.reset"), e -> fire(""));
        reset.setId("templates-reset");
        save.setVisible(editable);
        reset.setVisible(editable);
        text.setReadOnly(!editable);
        add(chosen, text, defaultText, new HorizontalLayout(save, reset), message);
    }

    /** Shows a text to edit, or asks for one when none is chosen. */
    void edit(@Nullable TemplateText item) {
        selected = item;
        message.setText("");
        chosen.setText(item != null ? item.key() : getTranslation("templates.choose"));
        Values values = new Values();
        values.setText(item != null ? item.text() : "");
        binder.readBean(values);
        text.setEnabled(item != null);
        defaultText.setText(item != null ? getTranslation("templates.default", item.defaultText()) : "");
    }

    void showMessage(String text) {
        message.setText(text);
    }

    private void save() {
        Values values = new Values();
        if (binder.writeBeanIfValid(values)) {
            fire(values.getText());
        }
    }

    private void fire(String value) {
        TemplateText current = selected;
        if (current != null) {
            fireEvent(new SaveEvent(this, current.key(), value));
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** The text to save under a key; empty puts the default back. */
    static final class SaveEvent extends ComponentEvent<TemplateTextForm> {
        private final String key;
        private final String text;

        SaveEvent(TemplateTextForm source, String key, String text) {
            super(source, false);
            this.key = key;
            this.text = text;
        }

        String key() {
            return key;
        }

        String text() {
            return text;
        }
    }
}
