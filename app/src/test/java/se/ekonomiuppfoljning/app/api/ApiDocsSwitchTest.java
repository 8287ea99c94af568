package se.ekonomiuppfoljning.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The OpenAPI description and its page tell a stranger every endpoint: the portal's own configuration files keep
 * them off in {@code prod} unless switched on, and on in the demo. Read with Spring Boot's own loading of
 * application*.properties (an empty context, no portal started).
 */
class ApiDocsSwitchTest {

    @Configuration
    static class Nothing {}

    private static boolean[] docs(String profile, String... args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Nothing.class)
                .web(WebApplicationType.NONE)
                .profiles(profile)
                .logStartupInfo(false)
                .run(args)) {
            Environment environment = context.getEnvironment();
            return new boolean[] {
                environment.getProperty("springdoc.api-docs.enabled", Boolean.class, true),
                environment.getProperty("springdoc.swagger-ui.enabled", Boolean.class, true)
            };
        }
    }

    @Test
    void aStrangerFindsNoApiDescriptionOnAProductionPortal() {
        assertThat(docs("prod")).containsExactly(false, false);
    }

    @Test
    void theApiDescriptionIsServedInProductionWhenSwitchedOnAndInTheDemo() {
        assertThat(docs("prod", "--uppfoljning.api.docs.enabled=true")).containsExactly(true, true);
        assertThat(docs("demo")).containsExactly(true, true);
    }
}
