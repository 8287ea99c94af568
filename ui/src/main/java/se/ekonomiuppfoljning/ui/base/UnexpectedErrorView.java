package se.ekonomiuppfoljning.ui.base;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;

/**
 * A page that failed while it opened: in Swedish, never a stack trace. A refused access (a unit outside the user's
 * scope) reads as the refused page; anything else says that an unexpected error occurred and gives a short
 * reference, which is logged at ERROR with the stack trace for the administrator.
 */
@PermitAll
@ParentLayout(MainLayout.class)
public class UnexpectedErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Exception error = parameter.getCaughtException();
        if (Failures.isDenied(error)) {
            show("error.accessDenied.title", getTranslation("error.accessDenied.text", path(event)));
            return HttpStatusCode.FORBIDDEN.getCode();
        }
        String reference = Failures.logUnexpected(error);
        show("error.unexpected.title", getTranslation("error.unexpected.text", reference));
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }
}
