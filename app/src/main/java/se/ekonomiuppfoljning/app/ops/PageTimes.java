package se.ekonomiuppfoljning.app.ops;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * {@code portal.page.navigation} (seconds), by {@code view} (the page's class name): the server's time to navigate to
 * a page, from Vaadin's before-enter to after-navigation (access check, the view built, its data read). It does not
 * include the browser's rendering nor the later round trips a page makes (a grid's further rows, a click); those
 * are Vaadin's requests to {@code /} in {@code http.server.requests}, which also times every API call by its path.
 */
@Component
class PageTimes implements VaadinServiceInitListener {

    static final String NAVIGATION = "portal.page.navigation";

    /** The UI's navigation under way: when it started. */
    private record Started(long nanos) implements java.io.Serializable {}

    private final ObjectProvider<MeterRegistry> registry;

    PageTimes(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.addBeforeEnterListener(
                    enter -> ComponentUtil.setData(ui, Started.class, new Started(System.nanoTime())));
            ui.addAfterNavigationListener(after -> stop(ui, after));
        });
    }

    private void stop(UI ui, AfterNavigationEvent after) {
        Started started = ComponentUtil.getData(ui, Started.class);
        MeterRegistry meters = registry.getIfAvailable();
        if (started == null || meters == null || after.getActiveChain().isEmpty()) {
            return;
        }
        ComponentUtil.setData(ui, Started.class, null);
        String view = ClassUtils.getUserClass(after.getActiveChain().get(0)).getSimpleName();
        Timer.builder(NAVIGATION)
                .description("Server time of a navigation to a page")
                .tag("view", view)
                .register(meters)
                .record(System.nanoTime() - started.nanos(), java.util.concurrent.TimeUnit.NANOSECONDS);
    }
}
