package se.ekonomiuppfoljning.app.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * {@code portal.sessions.open}: the HTTP sessions open on this node (the users' port; the API is stateless and opens
 * none). A session ends at logout or after {@code server.servlet.session.timeout} without a request. Per node: with
 * two nodes, add them up.
 */
@Component
class OpenSessions implements HttpSessionListener {

    static final String OPEN = "portal.sessions.open";

    private final AtomicInteger open = new AtomicInteger();

    OpenSessions(MeterRegistry registry) {
        Gauge.builder(OPEN, open, AtomicInteger::get)
                .description("HTTP sessions open on this node")
                .register(registry);
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        open.incrementAndGet();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        open.decrementAndGet();
    }
}
