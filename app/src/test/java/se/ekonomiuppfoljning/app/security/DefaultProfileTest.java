package se.ekonomiuppfoljning.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * The portal's configuration files read as the packaged jar reads them when started with no profile (Spring Boot's
 * own config loading, without the portal's beans): that is production, with no demo data and a Secure cookie.
 */
class DefaultProfileTest {

    @Configuration(proxyBeanMethods = false)
    static class NothingElse {}

    private static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(NothingElse.class)
                .web(WebApplicationType.NONE)
                .run(args);
    }

    @Test
    void theJarStartedWithNoProfileRunsProdAndCreatesNoDemoUsersAndMarksTheCookieSecure() {
        try (ConfigurableApplicationContext context = start()) {
            Environment environment = context.getEnvironment();
            assertThat(environment.getActiveProfiles()).isEmpty();
            assertThat(environment.acceptsProfiles(Profiles.of("prod"))).isTrue();
            assertThat(environment.acceptsProfiles(Profiles.of("demo"))).isFalse();
            assertThat(environment.getProperty("server.servlet.session.cookie.secure", Boolean.class))
                    .isTrue();
            assertThat(environment.getProperty("server.servlet.session.cookie.same-site"))
                    .isEqualToIgnoringCase("lax");
            assertThat(environment.getProperty("vaadin.closeIdleSessions", Boolean.class))
                    .isTrue();
        }
    }

    @Test
    void theDemoIsChosenByNameAndKeepsItsPlainHttpCookie() {
        try (ConfigurableApplicationContext context = start("--spring.profiles.active=demo")) {
            Environment environment = context.getEnvironment();
            assertThat(environment.acceptsProfiles(Profiles.of("prod"))).isFalse();
            assertThat(environment.getProperty("server.servlet.session.cookie.secure", Boolean.class, false))
                    .isFalse();
            assertThat(environment.getProperty("server.servlet.session.cookie.same-site"))
                    .isEqualToIgnoringCase("lax");
        }
    }
}
