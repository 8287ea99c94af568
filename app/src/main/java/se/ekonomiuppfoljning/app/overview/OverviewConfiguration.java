package se.ekonomiuppfoljning.app.overview;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.ekonomiuppfoljning.actions.ActionService;
import se.ekonomiuppfoljning.cycle.ThresholdRepository;
import se.ekonomiuppfoljning.cycle.UnitsCycleService;
import se.ekonomiuppfoljning.followup.FigureRepository;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.overview.OverviewService;
import se.ekonomiuppfoljning.security.CurrentUser;

/** Kommunöversikt as a bean; transactions come from {@code DomainServiceTransactions}. */
@Configuration(proxyBeanMethods = false)
class OverviewConfiguration {

    @Bean
    OverviewService overviewService(
            OrganisationRepository organisations,
            FigureRepository figures,
            UnitsCycleService cycles,
            ActionService actions,
            ThresholdRepository thresholds,
            CurrentUser currentUser,
            Clock clock) {
        return new OverviewService(organisations, figures, cycles, actions, thresholds, currentUser, clock);
    }
}
