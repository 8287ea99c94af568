package se.ekonomiuppfoljning.app;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * A mail server for the shared test context: GreenMail on a free port, started before the application so that
 * {@code spring.mail.host} and {@code spring.mail.port} name it exactly as an operator's configuration would. That
 * turns the reminders on in every test, but their job runs only when a test calls it
 * ({@code uppfoljning.reminders.cron=-}), so the suite sends no mail of its own. Starts in a few milliseconds; the
 * tests autowire it as the bean {@code greenMail}.
 */
public class GreenMailInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        GreenMail greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        greenMail.start();
        TestPropertyValues.of(
                        "spring.mail.host=127.0.0.1",
                        "spring.mail.port=" + greenMail.getSmtp().getPort())
                .applyTo(context);
        context.getBeanFactory().registerSingleton("greenMail", greenMail);
        context.addApplicationListener(new ApplicationListener<ContextClosedEvent>() {
            @Override
            public void onApplicationEvent(ContextClosedEvent event) {
                greenMail.stop();
            }
        });
    }
}
