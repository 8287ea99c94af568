package se.ekonomiuppfoljning.app.demo;

import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import se.ekonomiuppfoljning.app.base.DemoClock;

/**
 * The moments of the demo's story, for what the seed writes through the services: with the demo's clock ({@code
 * uppfoljning.demo.today}) each step is dated when it happened in March 2026; on the system's clock (the property
 * empty) everything is dated when the demo starts.
 */
@Component
@Profile("demo")
class DemoTime {

    /** February's ledger closed: the controller imports the organisation, the ledger and the budgets. */
    static final LocalDateTime IMPORTS = LocalDateTime.of(2026, 3, 2, 7, 30);

    private final Clock clock;

    DemoTime(Clock clock) {
        this.clock = clock;
    }

    /** What follows happens at {@code moment} (and on, as the clock ticks). */
    void at(LocalDateTime moment) {
        if (clock instanceof DemoClock demo) {
            demo.at(moment);
        }
    }

    /** The story is written: back on the demo's day. */
    void resume() {
        if (clock instanceof DemoClock demo) {
            demo.resume();
        }
    }
}
