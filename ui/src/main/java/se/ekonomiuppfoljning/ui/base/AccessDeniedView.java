package se.ekonomiuppfoljning.ui.base;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;

/**
 * What a logged-in user sees on a page their roles do not open (Vaadin's navigation access control reroutes
 * there): a Swedish sentence naming the page, and the way back. Anonymous visitors never get here, they are sent
 * to login (this view too is for logged-in users only), so nobody learns which pages exist without logging in.
 */
@PermitAll
@ParentLayout(MainLayout.class)
public class AccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show("error.accessDenied.title", getTranslation("error.accessDenied.text", path(event)));
        return HttpStatusCode.FORBIDDEN.getCode();
    }
}
