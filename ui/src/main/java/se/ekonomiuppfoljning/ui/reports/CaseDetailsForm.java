package se.ekonomiuppfoljning.ui.reports;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.shared.Registration;
import se.ekonomiuppfoljning.common.PlainText;
import se.ekonomiuppfoljning.reports.CaseDetails;

/**
 * A case's header fields, bound to the {@link CaseDetails} record with a {@link Binder}: read-only unless the case
 * is a draft the user may edit. Every field is optional (a blank takes the default); the service checks the
 * diarienummer. A {@link SaveEvent} carries the details as filled in.
 */
class CaseDetailsForm extends VerticalLayout {

    private final Binder<CaseDetails> binder = new Binder<>(CaseDetails.class);

    CaseDetailsForm(CaseDetails details, boolean editable) {
        setPadding(false);
        TextField caseNumber = text("case-number", "case.caseNumber", "caseNumber");
        TextField title = text("case-heading", "case.heading", "title");
        TextField officer = text("case-officer", "memo.officer", "officer");
        TextField chief = text("case-chief", "memo.chief", "chief");
        DatePicker date = new DatePicker(getTranslation("memo.date"));
        date.setId("case-date");
        date.setLocale(getLocale());
        binder.forField(date).bind("date");
        TextArea proposal = area("case-proposal", "memo.proposal", "proposal");
        TextArea forKnowledge = area("case-for-knowledge", "memo.forKnowledge", "forKnowledge");
        TextArea forAction = area("case-for-action", "memo.forAction", "forAction");
        binder.readRecord(details);
        binder.setReadOnly(!editable);
        FormLayout form = new FormLayout(caseNumber, date, title, officer, chief, proposal, forKnowledge, forAction);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(title, 2);
        form.setColspan(proposal, 2);
        form.setMaxWidth("60em");
        add(new H3(getTranslation("case.details")), form);
        if (editable) {
            Button save = new Button(getTranslation("case.save"), e -> save());
            save.setId("case-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(save);
        }
    }

    private void save() {
        CaseDetails details;
        try {
            details = binder.writeRecord();
        } catch (ValidationException invalid) {
            return; // the fields show what is wrong
        }
        fireEvent(new SaveEvent(this, details));
    }

    private TextField text(String id, String label, String property) {
        TextField field = new TextField(getTranslation(label));
        field.setId(id);
        field.setMaxLength(PlainText.MAX_SHORT_LENGTH);
        field.setWidthFull();
        binder.forField(field).withNullRepresentation("").bind(property);
        return field;
    }

    private TextArea area(String id, String label, String property) {
        TextArea area = new TextArea(getTranslation(label));
        area.setId(id);
        area.setMaxLength(PlainText.MAX_LENGTH);
        area.setWidthFull();
        binder.forField(area).withNullRepresentation("").bind(property);
        return area;
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** The details to save. */
    static final class SaveEvent extends ComponentEvent<CaseDetailsForm> {
        private final CaseDetails details;

        SaveEvent(CaseDetailsForm source, CaseDetails details) {
            super(source, false);
            this.details = details;
        }

        CaseDetails details() {
            return details;
        }
    }
}
