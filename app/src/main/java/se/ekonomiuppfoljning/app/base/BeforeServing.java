package se.ekonomiuppfoljning.app.base;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the {@link StartupTask}s while the context starts, before the web server does: Spring Boot binds the
 * server's port in its own lifecycle (phase {@code SMART_LIFECYCLE_PHASE - 1024}), and this one's phase is lower,
 * so the port opens only after the first administrator exists and the demo data is in. An ApplicationRunner ran
 * after the port was open: a request in between was refused (a correct login answered 302). A task that fails
 * stops the start, as before.
 */
@Component
public class BeforeServing implements SmartLifecycle {

    static final int PHASE = WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE - 2048;

    private static final Logger log = LoggerFactory.getLogger(BeforeServing.class);

    private final List<StartupTask> tasks;
    private final TransactionTemplate transaction;
    private volatile boolean done;

    /** @param tasks in their {@code @Order} (Spring sorts a list it injects) */
    BeforeServing(List<StartupTask> tasks, PlatformTransactionManager transactions) {
        this.tasks = tasks;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void start() {
        if (done) {
            return;
        }
        for (StartupTask task : tasks) {
            long started = System.nanoTime();
            transaction.executeWithoutResult(status -> task.runBeforeServing());
            log.debug(
                    "{} done before serving ({} ms)",
                    task.getClass().getSimpleName(),
                    (System.nanoTime() - started) / 1_000_000);
        }
        done = true;
    }

    /** Whether every start-up task is done (the readiness probe's "startup" component, app.ops). */
    public boolean finished() {
        return done;
    }

    @Override
    public void stop() {
        // nothing to undo: the work is in the database
    }

    @Override
    public boolean isRunning() {
        return done;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
