package se.ekonomiuppfoljning.ui.reports;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.actions.ActionView;
import se.ekonomiuppfoljning.common.PlainText;
import se.ekonomiuppfoljning.reports.cases.DecisionDraft;

/**
 * The decision of the organ whose meeting a case waits for, or the correction of a recorded one, bound to a
 * {@link DecisionDraft} with a {@link Binder}: paragraph (1 or higher) and date are required, and the next organ's
 * meeting when the decision sends the case on (so that it stays in Inför mötet). The proposed political åtgärder of
 * the case's units may be ticked as decided by it. Recording asks for confirmation first ({@link ConfirmDialog});
 * a {@link RecordEvent} carries the confirmed draft; an {@link InvalidEvent} says something required is missing.
 * The service checks the rest (a free paragraph, a next meeting after the decision, who may decide an åtgärd).
 */
class DecisionForm extends VerticalLayout {

    private final Binder<DecisionDraft> binder = new Binder<>(DecisionDraft.class);
    private final String organName;
    private final @Nullable String nextOrganName;
    private final boolean correction;
    private @Nullable ConfirmDialog asked;

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
        this(organName, nextOrganName, meeting, proposedParagraph, proposedText, List.of(), false);
    }

    /**
     * @param actions    the proposed political åtgärder the decision may decide (none: no choice shown)
     * @param correction whether the form corrects a recorded decision (no next meeting, no åtgärder)
     */
    DecisionForm(
            String organName,
            @Nullable String nextOrganName,
            @Nullable LocalDate meeting,
            int proposedParagraph,
            String proposedText,
            List<ActionView> actions,
            boolean correction) {
        this.organName = organName;
        this.nextOrganName = nextOrganName;
        this.correction = correction;
        String prefix = correction ? "case-correct-" : "case-";
        setPadding(false);
        setMaxWidth("60em");
        IntegerField paragraph = new IntegerField(getTranslation("case.paragraph"));
        paragraph.setId(prefix + "paragraph");
        paragraph.setHelperText(getTranslation("case.paragraph.helper"));
        paragraph.setMin(1); // the field's own check, which the binder runs first
        paragraph.setI18n(new IntegerField.IntegerFieldI18n()
                .setMinErrorMessage(getTranslation("case.paragraph.min"))
                .setBadInputErrorMessage(getTranslation("case.paragraph.badInput")));
        DatePicker date = new DatePicker(getTranslation("case.decisionDate"));
        date.setId(prefix + "decision-date");
        date.setLocale(getLocale());
        TextArea text = new TextArea(getTranslation("case.decisionText"));
        text.setId(prefix + "decision-text");
        text.setWidthFull();
        text.setMaxLength(PlainText.MAX_LENGTH);
        DatePicker nextMeeting =
                new DatePicker(nextOrganName == null ? "" : getTranslation("case.meetingDate", nextOrganName));
        nextMeeting.setId("case-next-meeting");
        nextMeeting.setLocale(getLocale());
        nextMeeting.setVisible(nextOrganName != null);
        CheckboxGroup<ActionView> decided = new CheckboxGroup<>(getTranslation("case.decidesActions"));
        decided.setId("case-decision-actions");
        decided.setItems(actions);
        decided.setItemLabelGenerator(
                v -> v.action().unit().value() + " " + v.action().what());
        decided.setHelperText(getTranslation("case.decidesActions.helper"));
        decided.setVisible(!actions.isEmpty());

        binder.forField(paragraph)
                .asRequired(getTranslation("case.paragraph.required"))
                .bind("paragraph");
        binder.forField(date)
                .asRequired(getTranslation("case.decisionDate.required"))
                .bind("date");
        binder.forField(text).withNullRepresentation("").bind("text");
        if (nextOrganName == null) {
            binder.forField(nextMeeting).bind("nextMeeting");
        } else {
            binder.forField(nextMeeting)
                    .asRequired(getTranslation("case.nextMeeting.required", nextOrganName))
                    .bind("nextMeeting");
        }
        binder.forField(decided)
                .withConverter(
                        (Set<ActionView> chosen) ->
                                chosen.stream().map(v -> v.action().id()).toList(),
                        (List<Long> ids) -> {
                            Set<ActionView> chosen = new LinkedHashSet<>();
                            actions.stream()
                                    .filter(v -> ids.contains(v.action().id()))
                                    .forEach(chosen::add);
                            return chosen;
                        })
                .bind("actions");
        paragraph.setValue(proposedParagraph);
        date.setValue(meeting);
        text.setValue(proposedText);

        Button record = new Button(
                correction ? getTranslation("case.correct.save") : getTranslation("case.record", organName),
                e -> record());
        record.setId(correction ? "case-correct-save" : "case-record");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout fields = new HorizontalLayout(paragraph, date, nextMeeting);
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (correction) {
            nextMeeting.setVisible(false);
            add(fields, text, record);
        } else {
            add(new H3(getTranslation("case.decisionOf", organName)), fields, text, decided, record);
        }
    }

    private void record() {
        DecisionDraft draft;
        try {
            draft = binder.writeRecord();
        } catch (ValidationException invalid) {
            fireEvent(new InvalidEvent(this));
            return;
        }
        confirm(draft);
    }

    /** Asks before the decision is stored: it moves the case on (or closes it) and cannot simply be taken back. */
    private void confirm(DecisionDraft draft) {
        LocalDate date = draft.date();
        String when = date == null ? "" : date.toString();
        String paragraph = Integer.toString(draft.paragraph());
        String text;
        if (correction) {
            text = getTranslation("case.correct.confirm.text", organName, paragraph, when);
        } else if (nextOrganName == null) {
            text = getTranslation("case.record.confirm.closes", organName, paragraph, when);
        } else {
            LocalDate next = draft.nextMeeting();
            text = getTranslation(
                    "case.record.confirm.text",
                    organName,
                    paragraph,
                    when,
                    nextOrganName,
                    next == null ? "" : next.toString());
        }
        if (!draft.actions().isEmpty()) {
            text += " "
                    + getTranslation(
                            "case.record.confirm.actions",
                            Integer.toString(draft.actions().size()));
        }
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId(correction ? "case-correct-confirm" : "case-record-confirm");
        dialog.setHeader(getTranslation(correction ? "case.correct.confirm.header" : "case.record.confirm.header"));
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("case.record.confirm.cancel"));
        dialog.setConfirmText(getTranslation(correction ? "case.correct.save" : "case.record.confirm.ok"));
        // Inside the form, so that a refusal is worded in the message line of the page around it (a refused
        // dialog stays attached, closed, until the next one replaces it).
        ConfirmDialog previous = asked;
        if (previous != null && previous.getParent().isPresent()) {
            remove(previous);
        }
        asked = dialog;
        add(dialog);
        dialog.addCancelListener(e -> remove(dialog));
        dialog.addConfirmListener(e -> {
            fireEvent(new RecordEvent(this, draft));
            if (dialog.getParent().isPresent()) {
                remove(dialog);
            }
        });
        dialog.open();
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
