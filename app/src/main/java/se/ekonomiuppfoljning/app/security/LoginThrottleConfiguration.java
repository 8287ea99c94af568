package se.ekonomiuppfoljning.app.security;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.ekonomiuppfoljning.security.CurrentUser;
import se.ekonomiuppfoljning.security.LoginAttemptStore;
import se.ekonomiuppfoljning.security.LoginAudit;
import se.ekonomiuppfoljning.security.LoginThrottle;

@Configuration(proxyBeanMethods = false)
class LoginThrottleConfiguration {

    /**
     * The rule of {@link LoginThrottle}, with the free failures of each key from configuration
     * ({@code uppfoljning.login-throttle.pair-free}, {@code .account-free}, {@code .address-free}).
     */
    @Bean
    LoginThrottle loginThrottle(
            LoginAttemptStore store,
            LoginAudit audit,
            CurrentUser currentUser,
            Clock clock,
            @Value("${uppfoljning.login-throttle.pair-free:3}") int pairFree,
            @Value("${uppfoljning.login-throttle.account-free:10}") int accountFree,
            @Value("${uppfoljning.login-throttle.address-free:20}") int addressFree) {
        return new LoginThrottle(
                store,
                audit,
                currentUser,
                clock,
                new LoginThrottle.Rules(
                        withFree(LoginThrottle.PAIR, pairFree),
                        withFree(LoginThrottle.ACCOUNT, accountFree),
                        withFree(LoginThrottle.ADDRESS, addressFree)));
    }

    private static LoginThrottle.Rule withFree(LoginThrottle.Rule rule, int free) {
        return new LoginThrottle.Rule(Math.max(0, free), rule.first(), rule.cap());
    }
}
