package se.ekonomiuppfoljning.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.VaadinService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * An open tab does not keep a session alive for ever: Vaadin's heartbeat keeps the UI, but with closeIdleSessions
 * the session ends after server.servlet.session.timeout without a user's request.
 */
class IdleSessionTest extends KaribuTest {

    @Value("${server.servlet.session.timeout}")
    String timeout;

    @Test
    void aTabLeftOpenDoesNotKeepTheSessionAliveThroughTheHeartbeat() {
        DeploymentConfiguration configuration = VaadinService.getCurrent().getDeploymentConfiguration();
        assertThat(configuration.isCloseIdleSessions()).isTrue();
        assertThat(configuration.getHeartbeatInterval()).isEqualTo(300);
        assertThat(timeout).isEqualTo("30m");
    }
}
