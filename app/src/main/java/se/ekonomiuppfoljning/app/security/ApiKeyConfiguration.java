package se.ekonomiuppfoljning.app.security;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.ekonomiuppfoljning.apikeys.ApiKeyService;
import se.ekonomiuppfoljning.apikeys.ApiKeyStore;
import se.ekonomiuppfoljning.common.AuditLog;
import se.ekonomiuppfoljning.security.CurrentUser;
import se.ekonomiuppfoljning.security.UserAccountRepository;

@Configuration(proxyBeanMethods = false)
class ApiKeyConfiguration {

    @Bean
    ApiKeyService apiKeyService(
            ApiKeyStore keys, UserAccountRepository users, CurrentUser currentUser, AuditLog audit, Clock clock) {
        return new ApiKeyService(keys, users, currentUser, audit, clock);
    }
}
