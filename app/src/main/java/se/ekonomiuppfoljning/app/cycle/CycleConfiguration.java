package se.ekonomiuppfoljning.app.cycle;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.ekonomiuppfoljning.actions.ActionRepository;
import se.ekonomiuppfoljning.actions.ActionService;
import se.ekonomiuppfoljning.common.AuditLog;
import se.ekonomiuppfoljning.cycle.DeadlineRepository;
import se.ekonomiuppfoljning.cycle.DeadlineService;
import se.ekonomiuppfoljning.cycle.ForecastAccuracyService;
import se.ekonomiuppfoljning.cycle.MonthlyReportService;
import se.ekonomiuppfoljning.cycle.QuestionRepository;
import se.ekonomiuppfoljning.cycle.QuestionService;
import se.ekonomiuppfoljning.cycle.ThresholdRepository;
import se.ekonomiuppfoljning.cycle.UnitReportRepository;
import se.ekonomiuppfoljning.cycle.UnitsCycleService;
import se.ekonomiuppfoljning.followup.FigureRepository;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.security.CurrentUser;

/** The monthly cycle's use cases as beans; transactions come from {@code DomainServiceTransactions}. */
@Configuration(proxyBeanMethods = false)
class CycleConfiguration {

    @Bean
    MonthlyReportService monthlyReportService(
            OrganisationRepository organisations,
            FigureRepository figures,
            UnitReportRepository reports,
            ThresholdRepository thresholds,
            AuditLog audit,
            CurrentUser currentUser,
            Clock clock) {
        return new MonthlyReportService(organisations, figures, reports, thresholds, audit, currentUser, clock);
    }

    @Bean
    ForecastAccuracyService forecastAccuracyService(
            OrganisationRepository organisations,
            FigureRepository figures,
            UnitReportRepository reports,
            CurrentUser currentUser) {
        return new ForecastAccuracyService(organisations, figures, reports, currentUser);
    }

    @Bean
    UnitsCycleService unitsCycleService(
            OrganisationRepository organisations,
            FigureRepository figures,
            UnitReportRepository reports,
            CurrentUser currentUser) {
        return new UnitsCycleService(organisations, figures, reports, currentUser);
    }

    @Bean
    DeadlineService deadlineService(
            DeadlineRepository deadlines,
            OrganisationRepository organisations,
            AuditLog audit,
            CurrentUser currentUser,
            Clock clock) {
        return new DeadlineService(deadlines, organisations, audit, currentUser, clock);
    }

    @Bean
    QuestionService questionService(
            OrganisationRepository organisations,
            QuestionRepository questions,
            AuditLog audit,
            CurrentUser currentUser,
            Clock clock) {
        return new QuestionService(organisations, questions, audit, currentUser, clock);
    }

    /** A political åtgärd not decided within {@code uppfoljning.actions.political-decision-days} is overdue. */
    @Bean
    ActionService actionService(
            OrganisationRepository organisations,
            FigureRepository figures,
            UnitReportRepository reports,
            ActionRepository actions,
            AuditLog audit,
            CurrentUser currentUser,
            Clock clock,
            @Value("${uppfoljning.actions.political-decision-days:30}") int days) {
        return new ActionService(organisations, figures, reports, actions, audit, currentUser, clock, days);
    }
}
