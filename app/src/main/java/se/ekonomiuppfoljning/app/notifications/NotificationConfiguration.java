package se.ekonomiuppfoljning.app.notifications;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.ekonomiuppfoljning.actions.ActionRepository;
import se.ekonomiuppfoljning.actions.OverdueActions;
import se.ekonomiuppfoljning.cycle.DeadlineRepository;
import se.ekonomiuppfoljning.cycle.QuestionRepository;
import se.ekonomiuppfoljning.cycle.UnitReportRepository;
import se.ekonomiuppfoljning.notifications.NotificationReads;
import se.ekonomiuppfoljning.notifications.NotificationService;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.security.CurrentUser;
import se.ekonomiuppfoljning.security.UserAccountRepository;

/**
 * The bell's service; transactions come from {@code DomainServiceTransactions}. A deadline is notified
 * {@code uppfoljning.notifications.deadline-days} days ahead (7), an answered question stays
 * {@code uppfoljning.notifications.horizon} (90 days).
 */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

    @Bean
    NotificationService notificationService(
            OrganisationRepository organisations,
            UserAccountRepository users,
            QuestionRepository questions,
            UnitReportRepository reports,
            DeadlineRepository deadlines,
            ActionRepository actions,
            NotificationReads reads,
            CurrentUser currentUser,
            Clock clock,
            @Value("${uppfoljning.actions.political-decision-days:30}") int politicalDecisionDays,
            @Value("${uppfoljning.notifications.deadline-days:7}") int deadlineDays,
            @Value("${uppfoljning.notifications.horizon:P90D}") Duration horizon) {
        return new NotificationService(
                organisations,
                users,
                questions,
                reports,
                deadlines,
                new OverdueActions(actions, politicalDecisionDays, clock.getZone()),
                reads,
                currentUser,
                clock,
                deadlineDays,
                horizon);
    }
}
