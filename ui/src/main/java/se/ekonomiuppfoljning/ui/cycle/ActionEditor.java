package se.ekonomiuppfoljning.ui.cycle;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.actions.Action;
import se.ekonomiuppfoljning.actions.ActionDraft;
import se.ekonomiuppfoljning.actions.ActionStatus;
import se.ekonomiuppfoljning.actions.ActionView;
import se.ekonomiuppfoljning.actions.DecisionLevel;
import se.ekonomiuppfoljning.actions.DecisionReference;

/**
 * Status, level and (for political ones) the decision of an open åtgärd; the other fields stay as they are. It
 * changes nothing itself: {@link SaveEvent} carries the åtgärd as it should become.
 */
class ActionEditor extends FormLayout {

    private final Select<ActionStatus> status = new Select<>();
    private final Select<DecisionLevel> level = new Select<>();
    private final TextField organ = new TextField(getTranslation("actions.organ"));
    private final DatePicker date = new DatePicker(getTranslation("actions.decisionDate"));
    private final IntegerField paragraph = new IntegerField(getTranslation("actions.paragraph"));
    private final Paragraph why = new Paragraph();
    private final Paragraph fourEyes = new Paragraph();
    private final Binder<Change> binder = new Binder<>();
    private final ReportMessage message;
    private @Nullable ActionView editing;

    ActionEditor(ReportMessage message) {
        this.message = message;
        status.setLabel(getTranslation("actions.status"));
        status.setId("action-edit-status");
        status.setItemLabelGenerator(s -> getTranslation("actions.status." + s.name()));
        level.setLabel(getTranslation("actions.level"));
        level.setId("action-edit-level");
        level.setItems(DecisionLevel.values());
        level.setItemLabelGenerator(l -> getTranslation("actions.level." + l.name()));
        organ.setId("action-edit-organ");
        date.setId("action-edit-date");
        paragraph.setId("action-edit-paragraph");
        why.setId("action-edit-decider");
        fourEyes.setId("action-edit-four-eyes");
        binder.forField(status).bind(c -> c.status, (c, v) -> c.status = v);
        binder.forField(level).bind(c -> c.level, (c, v) -> c.level = v);
        binder.forField(organ).bind(c -> c.organ, (c, v) -> c.organ = v);
        binder.forField(date).bind(c -> c.date, (c, v) -> c.date = v);
        binder.forField(paragraph).bind(c -> c.paragraph, (c, v) -> c.paragraph = v);
        binder.withValidator(Change::dateGivenIfDecided, getTranslation("actions.decisionDateMissing"));
        Button save = new Button(getTranslation("actions.saveChange"), e -> save());
        save.setId("action-edit-save");
        add(status, level, organ, date, paragraph, save, why, fourEyes);
    }

    /**
     * Opens the åtgärd; a decider (a reviewer) may set every status and the decision, the unit's chief only what
     * {@link #chiefsStatuses} lists. {@code fourEyesRefusal} says why the decider may not decide it (empty: may).
     */
    void edit(ActionView view, boolean decider, String fourEyesRefusal) {
        editing = view;
        Action action = view.action();
        status.setItems(decider ? List.of(ActionStatus.values()) : chiefsStatuses(action.status()));
        binder.readBean(new Change(action));
        level.setReadOnly(!decider && action.status().decided());
        organ.setReadOnly(!decider);
        date.setReadOnly(!decider);
        paragraph.setReadOnly(!decider);
        why.setText(getTranslation(action.status().decided() ? "actions.decidedFixed" : "actions.decideByReviewer"));
        why.setVisible(!decider);
        fourEyes.setText(fourEyesRefusal);
        fourEyes.setVisible(decider && !action.status().decided() && !fourEyesRefusal.isEmpty());
    }

    private void save() {
        ActionView view = editing;
        if (view == null) {
            return;
        }
        Change change = new Change(view.action());
        if (!message.write(binder, change)) {
            return;
        }
        // a decision reference refuses an empty organ as it is made
        message.run(() -> fireEvent(new SaveEvent(this, view, change.draft(view.action()))));
    }

    /**
     * The statuses the unit's own chief may choose (the service decides anyway): a proposal may be withdrawn; a
     * decided action's course is reported (pågår, genomförd), but it is not undecided nor cancelled.
     */
    private static List<ActionStatus> chiefsStatuses(ActionStatus now) {
        if (!now.decided()) {
            return List.of(ActionStatus.FORESLAGEN, ActionStatus.AVBRUTEN);
        }
        List<ActionStatus> statuses = new ArrayList<>();
        statuses.add(now);
        for (ActionStatus next : List.of(ActionStatus.PAGAR, ActionStatus.GENOMFORD)) {
            if (!statuses.contains(next)) {
                statuses.add(next);
            }
        }
        return statuses;
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** Change the åtgärd to the draft (its version is the one shown). */
    static class SaveEvent extends ComponentEvent<ActionEditor> {
        private final ActionView action;
        private final ActionDraft draft;

        SaveEvent(ActionEditor source, ActionView action, ActionDraft draft) {
            super(source, false);
            this.action = action;
            this.draft = draft;
        }

        ActionView action() {
            return action;
        }

        ActionDraft draft() {
            return draft;
        }
    }

    /** What the editor binds. */
    private static final class Change {
        private @Nullable ActionStatus status;
        private @Nullable DecisionLevel level;
        private String organ = "";
        private @Nullable LocalDate date;
        private @Nullable Integer paragraph;

        Change(Action action) {
            status = action.status();
            level = action.decisionLevel();
            DecisionReference decision = action.decision();
            if (decision != null) {
                organ = decision.organ();
                date = decision.date();
                paragraph = decision.paragraph();
            }
        }

        private boolean anyDecision() {
            return !organ.isEmpty() || date != null || paragraph != null;
        }

        /** A decision is given by its date at least. */
        boolean dateGivenIfDecided() {
            return !anyDecision() || date != null;
        }

        ActionDraft draft(Action action) {
            LocalDate decided = date;
            DecisionReference decision = anyDecision() && decided != null
                    ? new DecisionReference(organ, decided, paragraph == null ? 0 : paragraph)
                    : null;
            return new ActionDraft(
                    action.what(),
                    action.cause(),
                    action.responsible(),
                    action.dueDate(),
                    action.expectedEffect(),
                    level,
                    status,
                    decision);
        }
    }
}
