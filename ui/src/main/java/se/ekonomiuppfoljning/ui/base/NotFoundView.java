package se.ekonomiuppfoljning.ui.base;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;

/**
 * An address that is no page of the portal, in Swedish, with the way back. For logged-in users only: an anonymous
 * visitor is sent to login for any address, whether a page is there or not.
 */
@PermitAll
@ParentLayout(MainLayout.class)
public class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show("error.notFound.title", getTranslation("error.notFound.text", path(event)));
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
