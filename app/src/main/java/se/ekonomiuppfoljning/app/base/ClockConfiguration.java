package se.ekonomiuppfoljning.app.base;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * The one clock of the application, in the kommun's time zone; tests can replace it. With {@code
 * uppfoljning.demo.today} set (the demo profile sets it to a day of its story) the clock is a {@link DemoClock}: that
 * day, ticking from its start when the portal starts; otherwise the system's clock.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private static final Logger log = LoggerFactory.getLogger(ClockConfiguration.class);

    @Bean
    Clock clock(@Value("${uppfoljning.demo.today:}") String demoToday, Environment environment) {
        return clock(demoToday, environment.acceptsProfiles(Profiles.of("demo")));
    }

    /**
     * The clock for the property's value. Outside the demo profile a demo day is refused at start: a production
     * portal on a moved clock would accept expired API keys and date its audit trail wrongly.
     */
    Clock clock(String demoToday, boolean demoProfile) {
        if (!demoToday.isBlank() && !demoProfile) {
            throw new IllegalStateException(
                    "uppfoljning.demo.today is set but the demo profile is not active: remove the setting");
        }
        return clock(demoToday.isBlank() ? null : LocalDate.parse(demoToday.strip()), Clock.system(SWEDEN));
    }

    static Clock clock(@Nullable LocalDate demoToday, Clock system) {
        if (demoToday == null) {
            return system;
        }
        log.warn("The portal's clock runs from {} (uppfoljning.demo.today), not from today's date", demoToday);
        return new DemoClock(system, demoToday);
    }
}
