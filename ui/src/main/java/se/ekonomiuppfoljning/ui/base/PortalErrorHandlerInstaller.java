package se.ekonomiuppfoljning.ui.base;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Every session gets the {@link PortalErrorHandler} as it starts, and so does a UI of a session made elsewhere. */
@Component
class PortalErrorHandlerInstaller implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(new PortalErrorHandler()));
        event.getSource().addUIInitListener(e -> {
            if (!(e.getUI().getSession().getErrorHandler() instanceof PortalErrorHandler)) {
                e.getUI().getSession().setErrorHandler(new PortalErrorHandler());
            }
        });
    }
}
