package se.ekonomiuppfoljning.app.security;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.ekonomiuppfoljning.security.CurrentUser;
import se.ekonomiuppfoljning.security.LoginAttemptStore;
import se.ekonomiuppfoljning.security.LoginAudit;
import se.ekonomiuppfoljning.security.LoginThrottle;

@Configuration(proxyBeanMethods = false)
class LoginThrottleConfiguration {

    @Bean
    LoginThrottle loginThrottle(LoginAttemptStore store, LoginAudit audit, CurrentUser currentUser, Clock clock) {
        return new LoginThrottle(store, audit, currentUser, clock);
    }
}
