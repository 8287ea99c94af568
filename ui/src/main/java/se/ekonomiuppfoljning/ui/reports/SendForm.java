package se.ekonomiuppfoljning.ui.reports;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.organisation.Unit;

/**
 * Sending a draft case to Allmänna utskottet: the date of its meeting, required ({@link Binder}). A
 * {@link SendEvent} carries the date; an {@link InvalidEvent} says it is missing.
 */
class SendForm extends HorizontalLayout {

    /** The form bean. */
    static final class Values {
        private @Nullable LocalDate meeting;

        @Nullable
        LocalDate getMeeting() {
            return meeting;
        }

        void setMeeting(@Nullable LocalDate meeting) {
            this.meeting = meeting;
        }
    }

    private final Binder<Values> binder = new Binder<>();

    /** @param notApproved the units whose month is not approved: named beside the button (sending is allowed) */
    SendForm(String organName, List<Unit> notApproved) {
        DatePicker meeting = new DatePicker(getTranslation("case.meetingDate", organName));
        meeting.setId("case-send-date");
        meeting.setLocale(getLocale());
        binder.forField(meeting)
                .asRequired(getTranslation("case.send.noDate"))
                .bind(Values::getMeeting, Values::setMeeting);
        Button send = new Button(getTranslation("case.send"), e -> send());
        send.setId("case-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(meeting, send);
        if (!notApproved.isEmpty()) {
            Paragraph months = new Paragraph(NewCaseForm.notApprovedText(this, notApproved));
            months.setId("case-send-not-approved");
            months.addClassName("portal-message");
            add(months);
        }
        setAlignItems(FlexComponent.Alignment.BASELINE);
    }

    private void send() {
        Values values = new Values();
        LocalDate meeting = binder.writeBeanIfValid(values) ? values.getMeeting() : null;
        if (meeting == null) {
            fireEvent(new InvalidEvent(this));
            return;
        }
        fireEvent(new SendEvent(this, meeting));
    }

    Registration addSendListener(ComponentEventListener<SendEvent> listener) {
        return addListener(SendEvent.class, listener);
    }

    Registration addInvalidListener(ComponentEventListener<InvalidEvent> listener) {
        return addListener(InvalidEvent.class, listener);
    }

    /** The date of Allmänna utskottet's meeting to send the case to. */
    static final class SendEvent extends ComponentEvent<SendForm> {
        private final LocalDate meeting;

        SendEvent(SendForm source, LocalDate meeting) {
            super(source, false);
            this.meeting = meeting;
        }

        LocalDate meeting() {
            return meeting;
        }
    }

    /** The date is missing; the field says so. */
    static final class InvalidEvent extends ComponentEvent<SendForm> {
        InvalidEvent(SendForm source) {
            super(source, false);
        }
    }
}
