package se.ekonomiuppfoljning.app.security;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.ekonomiuppfoljning.security.CurrentUser;
import se.ekonomiuppfoljning.security.SecurityAudit;
import se.ekonomiuppfoljning.security.UserAccountRepository;
import se.ekonomiuppfoljning.security.UserAdministrationService;

@Configuration(proxyBeanMethods = false)
class UserAdministrationConfiguration {

    @Bean
    UserAdministrationService userAdministrationService(
            UserAccountRepository users, CurrentUser currentUser, SecurityAudit audit, Clock clock) {
        return new UserAdministrationService(users, currentUser, audit, clock);
    }
}
