package se.ekonomiuppfoljning.app.followup;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.ekonomiuppfoljning.followup.DeviationDriverService;
import se.ekonomiuppfoljning.followup.FigureRepository;
import se.ekonomiuppfoljning.followup.FollowUpService;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.security.CurrentUser;

/** The follow-up use cases as beans; transactions come from {@code DomainServiceTransactions}. */
@Configuration(proxyBeanMethods = false)
class FollowUpConfiguration {

    @Bean
    FollowUpService followUpService(
            OrganisationRepository organisations, FigureRepository figures, CurrentUser currentUser, Clock clock) {
        return new FollowUpService(organisations, figures, currentUser, clock);
    }

    @Bean
    DeviationDriverService deviationDriverService(
            OrganisationRepository organisations, FigureRepository figures, CurrentUser currentUser) {
        return new DeviationDriverService(organisations, figures, currentUser);
    }
}
