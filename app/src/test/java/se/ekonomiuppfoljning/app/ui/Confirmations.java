package se.ekonomiuppfoljning.app.ui;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;

/** Confirms a {@link ConfirmDialog} as a browser's round trip does: a listener's refusal goes to the error handler. */
final class Confirmations {

    private Confirmations() {}

    static void confirmAsBrowser(ConfirmDialog dialog) {
        try {
            ConfirmDialogKt._fireConfirm(dialog);
        } catch (RuntimeException thrown) {
            ErrorEvent.findErrorHandler(VaadinSession.getCurrent())
                    .error(new ErrorEvent(thrown, dialog.getElement().getNode()));
        }
    }
}
