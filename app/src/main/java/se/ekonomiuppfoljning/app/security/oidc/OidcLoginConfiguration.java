package se.ekonomiuppfoljning.app.security.oidc;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import se.ekonomiuppfoljning.directory.DirectoryLoginService;

/** The OIDC login's one bean, always there: it decides from the client registrations whether the login is on. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OidcLoginProperties.class)
class OidcLoginConfiguration {

    @Bean
    OidcLogin oidcLogin(
            ObjectProvider<ClientRegistrationRepository> registrations,
            OidcLoginProperties properties,
            DirectoryLoginService directory) {
        return new OidcLogin(registrations, properties, directory);
    }
}
