package se.ekonomiuppfoljning.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where an exception that a listener let through becomes words (installed for every session by
 * {@link PortalErrorHandlerInstaller}): a refusal, a stale edit or a denied access in the bundles' Swedish, any other
 * failure as "Ett oväntat fel inträffade (referens …)" with the reference logged at ERROR beside the stack trace.
 * The text goes to the nearest {@link ShowsProblems} around the component that failed, else to a notification.
 */
public class PortalErrorHandler implements ErrorHandler {

    /** The id of the notification's text, for tests. */
    public static final String NOTIFICATION_ID = "portal-error";

    private static final Logger log = LoggerFactory.getLogger(PortalErrorHandler.class);
    private static final int DURATION_MILLIS = 8000;

    @Override
    public void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? TranslationProvider.SWEDISH : ui.getLocale();
        Optional<String> known = Failures.known(error, locale);
        if (known.isPresent()) {
            log.debug("Refused: {}", error.toString());
        }
        String text = known.orElseGet(() -> Failures.unexpectedText(Failures.logUnexpected(error), locale));
        if (ui == null) {
            return;
        }
        Optional<ShowsProblems> target = event.getComponent().flatMap(PortalErrorHandler::target);
        if (ui.getSession().hasLock()) {
            show(target, text);
        } else {
            ui.access(() -> show(target, text));
        }
    }

    private static void show(Optional<ShowsProblems> target, String text) {
        if (target.isPresent()) {
            target.get().showProblem(text);
            return;
        }
        Notification notification = new Notification(text, DURATION_MILLIS, Notification.Position.MIDDLE);
        notification.setId(NOTIFICATION_ID);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setAssertive(true);
        notification.open();
    }

    /** The failing component itself or the nearest of its ancestors that shows problems, if any. */
    private static Optional<ShowsProblems> target(Component failed) {
        for (Component c = failed; c != null; c = c.getParent().orElse(null)) {
            if (c instanceof ShowsProblems shows) {
                return Optional.of(shows);
            }
        }
        return Optional.empty();
    }
}
