package se.ekonomiuppfoljning.app.reminders;

import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;
import se.ekonomiuppfoljning.actions.ActionRepository;
import se.ekonomiuppfoljning.actions.OverdueActions;
import se.ekonomiuppfoljning.cycle.DeadlineRepository;
import se.ekonomiuppfoljning.cycle.Progress;
import se.ekonomiuppfoljning.cycle.ThresholdRepository;
import se.ekonomiuppfoljning.cycle.UnitReportRepository;
import se.ekonomiuppfoljning.followup.FigureRepository;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.reminders.MailSender;
import se.ekonomiuppfoljning.reminders.ReminderLog;
import se.ekonomiuppfoljning.reminders.ReminderService;
import se.ekonomiuppfoljning.reminders.ReminderSettings;
import se.ekonomiuppfoljning.security.UserAccountRepository;

/**
 * The e-mail reminders, present only when they are on (see {@link RemindersEnabled}). Then the sender
 * ({@code uppfoljning.reminders.from}) and the portal's address for the links ({@code uppfoljning.base-url}) must
 * be set: the application refuses to start without them rather than send mail nobody can answer or follow.
 * <p>
 * The job is locked with ShedLock in the database ({@link ReminderJob}), so that two nodes on one database do not
 * run it at the same moment.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(RemindersEnabled.class)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class ReminderConfiguration {

    @Bean
    MailSender reminderMailSender(
            ObjectProvider<JavaMailSender> javaMailSender, @Value("${uppfoljning.reminders.from:}") String from) {
        JavaMailSender mail = javaMailSender.getIfAvailable();
        if (mail == null) {
            throw new IllegalStateException(
                    "E-mail reminders are on but no mail server is configured: set spring.mail.host"
                            + " (and spring.mail.port, username, password as needed), or " + RemindersEnabled.ENABLED
                            + "=false");
        }
        return new SpringMailSender(
                mail,
                required(from, "uppfoljning.reminders.from", "the sender of the reminders, e.g. ekonomi@kommun.se"));
    }

    @Bean
    ReminderService reminderService(
            OrganisationRepository organisations,
            UserAccountRepository users,
            DeadlineRepository deadlines,
            FigureRepository figures,
            UnitReportRepository reports,
            ThresholdRepository thresholds,
            ActionRepository actions,
            ReminderLog log,
            MailSender reminderMailSender,
            Clock clock,
            @Value("${uppfoljning.reminders.days-before:3,0}") List<Integer> daysBefore,
            @Value("${uppfoljning.base-url:}") String baseUrl,
            @Value("${uppfoljning.actions.political-decision-days:30}") int politicalDecisionDays) {
        ReminderSettings settings = new ReminderSettings(
                daysBefore,
                required(
                        baseUrl,
                        "uppfoljning.base-url",
                        "the portal's address as the users reach it, e.g. https://ekonomi.kommun.se"));
        return new ReminderService(
                organisations,
                users,
                deadlines,
                new Progress(figures, reports, thresholds),
                new OverdueActions(actions, politicalDecisionDays, clock.getZone()),
                log,
                reminderMailSender,
                clock,
                settings);
    }

    /**
     * The scheduled jobs' locks in the table {@code shedlock} (migration V40), timed by the database's clock
     * ({@code usingDbTime}), not the nodes' clocks, which may differ.
     */
    @Bean
    LockProvider schedulerLockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .usingDbTime()
                .build());
    }

    @Bean
    ReminderJob reminderJob(ReminderService reminderService) {
        return new ReminderJob(reminderService);
    }

    private static String required(String value, String property, String what) {
        if (value.isBlank()) {
            throw new IllegalStateException("E-mail reminders are on: set " + property + " (" + what + ")");
        }
        return value.strip();
    }
}
