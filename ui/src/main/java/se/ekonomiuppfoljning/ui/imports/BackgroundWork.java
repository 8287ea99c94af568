package se.ekonomiuppfoljning.ui.imports;

import com.vaadin.flow.component.UI;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * Runs slow work (reading or saving a large file) off the request thread, as the logged-in user, and hands
 * the result back to the UI through push. The executor is the app's {@code importExecutor}; tests give a
 * synchronous one.
 */
final class BackgroundWork {

    private final TaskExecutor executor;

    BackgroundWork(TaskExecutor executor) {
        this.executor = executor;
    }

    <T> void run(UI ui, Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
        executor.execute(new DelegatingSecurityContextRunnable(() -> {
            try {
                T result = work.call();
                ui.access(() -> done.accept(result));
            } catch (Exception e) {
                ui.access(() -> failed.accept(e));
            }
        }));
    }

    /** Reports progress to the UI at most every 200 ms, so that a fast reader is not slowed by pushes. */
    static final class Throttle {
        private long last;

        boolean due() {
            long now = System.nanoTime();
            if (now - last < 200_000_000L) {
                return false;
            }
            last = now;
            return true;
        }
    }
}
