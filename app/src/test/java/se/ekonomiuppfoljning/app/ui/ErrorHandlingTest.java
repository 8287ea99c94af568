package se.ekonomiuppfoljning.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import se.ekonomiuppfoljning.actions.ActionProblem;
import se.ekonomiuppfoljning.common.RuleViolationException;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.OutOfScopeException;
import se.ekonomiuppfoljning.security.PermissionDeniedException;
import se.ekonomiuppfoljning.ui.base.Failures;
import se.ekonomiuppfoljning.ui.base.PortalErrorHandler;
import se.ekonomiuppfoljning.ui.base.UnexpectedErrorView;

/**
 * One error handler for every session: what a listener lets through is told in Swedish, a refusal in the bundles'
 * words, anything else as an unexpected error whose reference the administrator finds in the log, with the stack
 * trace. A page that fails while it opens shows the portal's Swedish error page, never a trace.
 */
class ErrorHandlingTest extends KaribuTest {

    private static final Pattern REFERENCE = Pattern.compile("\\(referens ([A-Z0-9]{8})\\)");

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger failures = (Logger) LoggerFactory.getLogger(Failures.class);

    @BeforeEach
    void captureTheLog() {
        log.start();
        failures.addAppender(log);
    }

    @AfterEach
    void releaseTheLog() {
        failures.detachAppender(log);
    }

    /** A page that fails as it opens, with an unexpected failure or a refused unit. */
    @PermitAll
    public static class FailingView extends VerticalLayout implements BeforeEnterObserver {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            if (event.getLocation().getPath().contains("enhet")) {
                throw new OutOfScopeException("politiker", UnitCode.of("KLS"));
            }
            throw new IllegalStateException("the database went away");
        }
    }

    private static void fail(RuntimeException thrown) {
        ErrorEvent.findErrorHandler(VaadinSession.getCurrent()).error(new ErrorEvent(thrown));
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text", ""))
                .toList();
    }

    private String loggedReference() {
        assertThat(log.list).hasSize(1);
        ILoggingEvent event = log.list.get(0);
        assertThat(event.getLevel()).isEqualTo(Level.ERROR);
        assertThat(event.getThrowableProxy()).as("the stack trace is logged").isNotNull();
        Matcher matcher = Pattern.compile("reference ([A-Z0-9]{8})").matcher(event.getFormattedMessage());
        assertThat(matcher.find()).as(event.getFormattedMessage()).isTrue();
        return matcher.group(1);
    }

    @Test
    void every_session_has_the_portals_error_handler() {
        login("ekonomichef");
        assertThat(VaadinSession.getCurrent().getErrorHandler()).isInstanceOf(PortalErrorHandler.class);
    }

    @Test
    void an_unexpected_failure_is_told_with_a_reference_that_the_log_holds_with_the_stack_trace() {
        login("ekonomichef");
        fail(new IllegalStateException("the database went away"));

        assertThat(notifications()).hasSize(1);
        String shown = notifications().get(0);
        assertThat(shown).startsWith("Ett oväntat fel inträffade (referens ").doesNotContain("database");
        Matcher matcher = REFERENCE.matcher(shown);
        assertThat(matcher.find()).isTrue();
        assertThat(loggedReference()).isEqualTo(matcher.group(1));
        assertThat(log.list.get(0).getThrowableProxy().getMessage()).isEqualTo("the database went away");
    }

    @Test
    void two_failures_get_two_references() {
        login("ekonomichef");
        fail(new IllegalStateException("one"));
        fail(new IllegalStateException("two"));
        assertThat(notifications()).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void a_rules_refusal_is_told_in_the_bundles_swedish_and_is_no_error_in_the_log() {
        login("ekonomichef");
        fail(new RuleViolationException(ActionProblem.NOT_FOUND, 42));
        assertThat(notifications()).containsExactly("Åtgärden finns inte (id 42).");
        assertThat(log.list).isEmpty();
    }

    @Test
    void a_refused_access_is_told_in_swedish_whatever_refused_it() {
        login("politiker");
        fail(new OutOfScopeException("politiker", UnitCode.of("KLS")));
        fail(new PermissionDeniedException("politiker", "edit"));
        assertThat(notifications())
                .containsOnly("Du har inte behörighet till det du försökte göra.")
                .hasSize(2);
        assertThat(log.list).isEmpty();
    }

    @Test
    void a_page_that_fails_as_it_opens_shows_the_swedish_error_page_with_the_logged_reference() {
        login("ekonomichef");
        RouteConfiguration.forSessionScope().setRoute("trasig", FailingView.class);
        UI.getCurrent().navigate("trasig");

        _get(UnexpectedErrorView.class);
        assertThat(_get(H2.class, spec -> spec.withId("error-title")).getText())
                .isEqualTo("Ett oväntat fel inträffade");
        String text = _get(Paragraph.class, spec -> spec.withId("error-text")).getText();
        assertThat(text).startsWith("Sidan kunde inte visas på grund av ett oväntat fel (referens ");
        assertThat(text).doesNotContain("database").doesNotContain("Exception");
        Matcher matcher = REFERENCE.matcher(text);
        assertThat(matcher.find()).isTrue();
        assertThat(loggedReference()).isEqualTo(matcher.group(1));
        assertThat(UI.getCurrent().getInternals().getTitle())
                .isEqualTo("Ett oväntat fel inträffade – Ekonomiuppföljning");
    }

    @Test
    void a_page_that_opens_a_unit_outside_the_scope_shows_the_refused_page() {
        login("politiker");
        RouteConfiguration.forSessionScope().setRoute("trasig/enhet", FailingView.class);
        UI.getCurrent().navigate("trasig/enhet");

        _get(UnexpectedErrorView.class);
        assertThat(_get(H2.class, spec -> spec.withId("error-title")).getText()).isEqualTo("Ingen behörighet");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Ingen behörighet – Ekonomiuppföljning");
        assertThat(log.list).isEmpty();
    }
}
