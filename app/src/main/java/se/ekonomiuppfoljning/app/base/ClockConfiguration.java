package se.ekonomiuppfoljning.app.base;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of the application, in the kommun's time zone; tests can replace it. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    @Bean
    Clock clock() {
        return Clock.system(SWEDEN);
    }
}
