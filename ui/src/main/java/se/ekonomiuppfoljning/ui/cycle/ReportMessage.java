package se.ekonomiuppfoljning.ui.cycle;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.ValidationResult;
import se.ekonomiuppfoljning.common.ConcurrentEditException;
import se.ekonomiuppfoljning.common.RuleViolationException;
import se.ekonomiuppfoljning.security.PermissionDeniedException;
import se.ekonomiuppfoljning.ui.base.Problems;

/**
 * The month page's one line of feedback, shared by its parts: what was done, or why it was refused (a rule's
 * problem worded from the bundles, someone else's newer version, a permission the caller lacks).
 */
class ReportMessage extends Paragraph {

    ReportMessage() {
        setId("report-message");
        addClassName("portal-message");
    }

    /** Runs a change; a refusal is shown instead, and what the user typed stays in the fields. */
    void run(Runnable action) {
        try {
            action.run();
        } catch (RuleViolationException e) {
            setText(Problems.text(e.problem()));
        } catch (PermissionDeniedException e) {
            setText(getTranslation("report.notAllowed"));
        } catch (ConcurrentEditException e) {
            setText(Problems.text(e.problem()));
        }
    }

    void show(String text) {
        setText(text);
    }

    /** Writes the fields into {@code bean}; false, with the first field's message shown, when one is invalid. */
    <T> boolean write(Binder<T> binder, T bean) {
        try {
            binder.writeBean(bean);
            return true;
        } catch (ValidationException e) {
            e.getValidationErrors().stream()
                    .map(ValidationResult::getErrorMessage)
                    .findFirst()
                    .ifPresent(this::show);
            return false;
        }
    }
}
