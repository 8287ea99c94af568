package se.ekonomiuppfoljning.app.demo;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import se.ekonomiuppfoljning.app.security.ldap.LdapConfiguration;
import se.ekonomiuppfoljning.app.security.ldap.LdapProperties;

/**
 * The profile {@code ldap}, beside {@code demo} only ({@code --spring.profiles.active=demo,ldap}): the demo's own
 * directory ({@link DemoDirectory}) and the portal's directory login pointed at it, with the rest of the settings from
 * {@code application-ldap.properties}. Refused at start without {@code demo} or with {@code prod}: a real portal names
 * its directory in {@code uppfoljning.directory.ldap.*} and never starts this one.
 */
@Configuration(proxyBeanMethods = false)
@Profile("ldap")
class DemoDirectoryConfiguration {

    @Bean
    DemoDirectory demoDirectory(Environment environment) {
        if (!environment.acceptsProfiles(Profiles.of("demo")) || environment.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException("The profile ldap is the demo's directory: use it as demo,ldap, never"
                    + " with prod; a real directory is configured with uppfoljning.directory.ldap.*");
        }
        return DemoDirectory.start(DemoDirectory.LDIF);
    }

    /** The settings of application-ldap.properties, with the address of the directory just started. */
    @Bean
    @Primary
    @ConfigurationProperties(LdapConfiguration.PREFIX)
    LdapProperties demoLdapProperties(DemoDirectory directory) {
        LdapProperties settings = new LdapProperties();
        settings.setUrls(List.of(directory.url()));
        return settings;
    }
}
