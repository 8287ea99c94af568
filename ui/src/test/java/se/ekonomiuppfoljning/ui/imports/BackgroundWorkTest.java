package se.ekonomiuppfoljning.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The import page's slow work as production runs it: on another thread, as the logged-in user, with the result
 * handed to the UI through {@code UI.access} (which the page pushes). Karibu holds the session's lock, so the
 * handing-over waits until the test runs the pending access tasks, as a push would.
 */
class BackgroundWorkTest {

    private final SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("import-");

    @BeforeEach
    void aUiAndALoggedInUser() {
        MockVaadin.setup();
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated("ekonomichef", "x", java.util.List.of()));
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
        MockVaadin.tearDown();
    }

    /** Runs the pending UI.access tasks until the reference is set, as the pushes would; fails after 10 s. */
    private static <T> T awaitOnUi(AtomicReference<T> result) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (result.get() == null) {
            assertThat(System.nanoTime())
                    .as("the work's result reached the UI in time")
                    .isLessThan(deadline);
            Thread.sleep(5);
            MockVaadin.clientRoundtrip();
        }
        return result.get();
    }

    @Test
    void the_work_runs_on_another_thread_as_the_user_and_its_result_reaches_the_ui() throws Exception {
        UI ui = UI.getCurrent();
        Thread caller = Thread.currentThread();
        AtomicReference<String> seenByWork = new AtomicReference<>();
        AtomicReference<String> done = new AtomicReference<>();

        new BackgroundWork(executor)
                .run(
                        ui,
                        () -> {
                            seenByWork.set(SecurityContextHolder.getContext()
                                            .getAuthentication()
                                            .getName() + " on "
                                    + (Thread.currentThread() == caller ? "the caller's thread" : "another thread"));
                            return "förhandsgranskning";
                        },
                        result -> done.set(result + (UI.getCurrent() == ui ? " in the UI" : " outside the UI")),
                        failure -> {});

        assertThat(awaitOnUi(done)).isEqualTo("förhandsgranskning in the UI");
        assertThat(seenByWork.get()).isEqualTo("ekonomichef on another thread");
    }

    @Test
    void a_failure_reaches_the_ui_as_the_exception_thrown() throws Exception {
        AtomicReference<Exception> failed = new AtomicReference<>();

        new BackgroundWork(executor)
                .run(
                        UI.getCurrent(),
                        () -> {
                            throw new IllegalStateException("filen kunde inte läsas");
                        },
                        result -> {},
                        failed::set);

        assertThat(awaitOnUi(failed)).isInstanceOf(IllegalStateException.class).hasMessage("filen kunde inte läsas");
    }
}
