package se.ekonomiuppfoljning.app.security.ldap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.ekonomiuppfoljning.directory.DirectoryLoginService;

/** The directory login's settings and its one bean, {@link LdapLogin} (switched off unless configured). */
@Configuration(proxyBeanMethods = false)
public class LdapConfiguration {

    public static final String PREFIX = "uppfoljning.directory.ldap";

    @Bean
    @ConfigurationProperties(PREFIX)
    LdapProperties ldapProperties() {
        return new LdapProperties();
    }

    @Bean
    LdapLogin ldapLogin(LdapProperties settings, DirectoryLoginService accounts) {
        settings.check();
        return new LdapLogin(settings.isEnabled() ? new LdapDirectory(settings) : null, accounts);
    }
}
