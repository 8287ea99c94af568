package se.ekonomiuppfoljning.app.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** Reminders are off unless a mail server is named or they are switched on; an explicit switch wins. */
class RemindersEnabledTest {

    @Configuration(proxyBeanMethods = false)
    @Conditional(RemindersEnabled.class)
    static class OnlyWhenEnabled {
        @Bean
        String reminderMarker() {
            return "on";
        }
    }

    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withUserConfiguration(OnlyWhenEnabled.class);

    @Test
    void without_a_mail_server_the_reminders_are_off() {
        runner.run(context -> assertThat(context).doesNotHaveBean("reminderMarker"));
        runner.withPropertyValues("spring.mail.host=")
                .run(context -> assertThat(context).doesNotHaveBean("reminderMarker"));
    }

    @Test
    void a_mail_server_turns_them_on_unless_they_are_switched_off() {
        runner.withPropertyValues("spring.mail.host=smtp.kommun.example")
                .run(context -> assertThat(context).hasBean("reminderMarker"));
        runner.withPropertyValues("spring.mail.host=smtp.kommun.example", "uppfoljning.reminders.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean("reminderMarker"));
        runner.withPropertyValues("uppfoljning.reminders.enabled=true")
                .run(context -> assertThat(context).hasBean("reminderMarker"));
    }
}
