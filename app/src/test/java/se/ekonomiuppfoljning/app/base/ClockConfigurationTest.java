package se.ekonomiuppfoljning.app.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/**
 * The portal's clock: the system's unless {@code uppfoljning.demo.today} pins the demo to a day of its story; then it
 * ticks from that day's start (issue 12, point 17), and the demo's seed may date its steps before that day.
 */
class ClockConfigurationTest {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    /** A system clock that the test moves by hand. */
    private static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-12-03T11:47:12Z");

        @Override
        public ZoneId getZone() {
            return SWEDEN;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            HandClock outer = this;
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return zone;
                }

                @Override
                public Clock withZone(ZoneId other) {
                    return outer.withZone(other);
                }

                @Override
                public Instant instant() {
                    return outer.now;
                }
            };
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void without_a_demo_day_the_portal_runs_on_the_system_clock() {
        HandClock system = new HandClock();
        assertThat(ClockConfiguration.clock(null, system)).isSameAs(system);
        Clock bean = new ClockConfiguration().clock("", false);
        assertThat(bean.getZone()).isEqualTo(SWEDEN);
        assertThat(bean).isNotInstanceOf(DemoClock.class);
        assertThat(Duration.between(Instant.now(), bean.instant()).abs()).isLessThan(Duration.ofMinutes(1));
    }

    @Test
    void a_demo_day_starts_the_clock_at_that_days_start_and_it_keeps_ticking() {
        HandClock system = new HandClock();
        Clock clock = ClockConfiguration.clock(LocalDate.of(2026, 3, 16), system);

        assertThat(ZonedDateTime.now(clock)).isEqualTo(ZonedDateTime.of(2026, 3, 16, 0, 0, 0, 0, SWEDEN));
        system.now = system.now.plus(Duration.ofMinutes(90).plusSeconds(7));
        assertThat(ZonedDateTime.now(clock)).isEqualTo(ZonedDateTime.of(2026, 3, 16, 1, 30, 7, 0, SWEDEN));
        assertThat(LocalDate.now(new ClockConfiguration().clock("2026-03-16", true)))
                .isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void the_seed_dates_its_steps_before_the_day_and_the_clock_then_goes_on_from_the_day() {
        HandClock system = new HandClock();
        DemoClock clock = (DemoClock) ClockConfiguration.clock(LocalDate.of(2026, 3, 16), system);
        system.now = system.now.plusSeconds(5);

        clock.at(LocalDateTime.of(2026, 3, 2, 7, 30));
        assertThat(LocalDateTime.now(clock)).isEqualTo(LocalDateTime.of(2026, 3, 2, 7, 30));
        system.now = system.now.plusSeconds(2);
        assertThat(LocalDateTime.now(clock)).isEqualTo(LocalDateTime.of(2026, 3, 2, 7, 30, 2));
        // a moment on or after the demo's day is not the story's: the clock stays where it is
        clock.at(LocalDateTime.of(2026, 3, 20, 9, 0));
        assertThat(LocalDateTime.now(clock)).isEqualTo(LocalDateTime.of(2026, 3, 2, 7, 30, 2));

        clock.resume();
        assertThat(LocalDateTime.now(clock)).isEqualTo(LocalDateTime.of(2026, 3, 16, 0, 0, 7));
        // the same clock in another zone: the same instant, and moved with the seed's moments
        Clock utc = clock.withZone(ZoneId.of("UTC"));
        assertThat(utc.instant()).isEqualTo(clock.instant());
        clock.at(LocalDateTime.of(2026, 3, 9, 16, 0));
        assertThat(utc.instant()).isEqualTo(Instant.parse("2026-03-09T15:00:00Z"));
    }

    @Test
    void a_demo_day_outside_the_demo_profile_stops_the_start() {
        assertThatThrownBy(() -> new ClockConfiguration().clock("2026-03-16", false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("demo profile");
    }
}
