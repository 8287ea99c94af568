package se.ekonomiuppfoljning.ui.reports;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.PlainText;
import se.ekonomiuppfoljning.reports.cases.DecisionDraft;

/**
 * The decision of the organ whose meeting a case waits for, bound to a {@link DecisionDraft} with a
 * {@link Binder}: paragraph (1 or higher) and date are required, the next organ's meeting only asked for when
 * there is a next organ. A {@link RecordEvent} carries the draft; an {@link InvalidEvent} says something required
 * is missing. The service checks the rest (a free paragraph, a next meeting after the decision).
 */
class DecisionForm extends VerticalLayout {

    private final Binder<DecisionDraft> binder = new Binder<>(DecisionDraft.class);

    /**
     * @param organName     the deciding organ's name
     * @param nextOrganName the next organ's name, null when the case closes with this decision
     * @param meeting       the organ's meeting, proposed as the decision's date
     */
    DecisionForm(
            String organName,
            @Nullable String nextOrganName,
            @Nullable LocalDate meeting,
            int proposedParagraph,
            String proposedText) {
        setPadding(false);
        setMaxWidth("60em");
        IntegerField paragraph = new IntegerField(getTranslation("case.paragraph"));
        paragraph.setId("case-paragraph");
        paragraph.setHelperText(getTranslation("case.paragraph.helper"));
        paragraph.setMin(1); // the field's own check, which the binder runs first
        paragraph.setI18n(new IntegerField.IntegerFieldI18n()
                .setMinErrorMessage(getTranslation("case.paragraph.min"))
                .setBadInputErrorMessage(getTranslation("case.paragraph.badInput")));
        DatePicker date = new DatePicker(getTranslation("case.decisionDate"));
        date.setId("case-decision-date");
        date.setLocale(getLocale());
        TextArea text = new TextArea(getTranslation("case.decisionText"));
        text.setId("case-decision-text");
        text.setWidthFull();
        text.setMaxLength(PlainText.MAX_LENGTH);
        DatePicker nextMeeting =
                new DatePicker(nextOrganName == null ? "" : getTranslation("case.meetingDate", nextOrganName));
        nextMeeting.setId("case-next-meeting");
        nextMeeting.setLocale(getLocale());
        nextMeeting.setVisible(nextOrganName != null);

        binder.forField(paragraph)
                .asRequired(getTranslation("case.paragraph.required"))
                .bind("paragraph");
        binder.forField(date)
                .asRequired(getTranslation("case.decisionDate.required"))
                .bind("date");
        binder.forField(text).withNullRepresentation("").bind("text");
        binder.forField(nextMeeting).bind("nextMeeting");
        paragraph.setValue(proposedParagraph);
        date.setValue(meeting);
        text.setValue(proposedText);

        Button record = new Button(getTranslation("case.record", organName), e -> record());
        record.setId("case-record");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout fields = new HorizontalLayout(paragraph, date, nextMeeting);
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H3(getTranslation("case.decisionOf", organName)), fields, text, record);
    }

    private void record() {
        DecisionDraft draft;
        try {
            draft = binder.writeRecord();
        } catch (ValidationException invalid) {
            fireEvent(new InvalidEvent(this));
            return;
        }
        fireEvent(new RecordEvent(this, draft));
    }

    Registration addRecordListener(ComponentEventListener<RecordEvent> listener) {
        return addListener(RecordEvent.class, listener);
    }

    Registration addInvalidListener(ComponentEventListener<InvalidEvent> listener) {
        return addListener(InvalidEvent.class, listener);
    }

    /** The decision to record. */
    static final class RecordEvent extends ComponentEvent<DecisionForm> {
        private final DecisionDraft draft;

        RecordEvent(DecisionForm source, DecisionDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        DecisionDraft draft() {
            return draft;
        }
    }

    /** Something required is missing; the fields show what. */
    static final class InvalidEvent extends ComponentEvent<DecisionForm> {
        InvalidEvent(DecisionForm source) {
            super(source, false);
        }
    }
}
