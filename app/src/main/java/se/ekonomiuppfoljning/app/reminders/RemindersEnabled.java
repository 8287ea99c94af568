package se.ekonomiuppfoljning.app.reminders;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Reminders are off unless configured: {@code uppfoljning.reminders.enabled} decides when it is set; otherwise they
 * are on exactly when a mail server is named ({@code spring.mail.host}).
 */
class RemindersEnabled extends SpringBootCondition {

    static final String ENABLED = "uppfoljning.reminders.enabled";
    static final String MAIL_HOST = "spring.mail.host";

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Environment environment = context.getEnvironment();
        String explicit = environment.getProperty(ENABLED, "").strip();
        if (!explicit.isEmpty()) {
            return Boolean.parseBoolean(explicit)
                    ? ConditionOutcome.match(ENABLED + " is true")
                    : ConditionOutcome.noMatch(ENABLED + " is " + explicit);
        }
        return environment.getProperty(MAIL_HOST, "").isBlank()
                ? ConditionOutcome.noMatch(MAIL_HOST + " is not set")
                : ConditionOutcome.match(MAIL_HOST + " is set");
    }
}
