package se.ekonomiuppfoljning.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.authentication.BadCredentialsException;
import se.ekonomiuppfoljning.app.security.ldap.LdapConfiguration;
import se.ekonomiuppfoljning.app.security.ldap.LdapDirectory;
import se.ekonomiuppfoljning.app.security.ldap.LdapProperties;
import se.ekonomiuppfoljning.directory.DirectoryPerson;
import se.ekonomiuppfoljning.directory.GroupMapping;
import se.ekonomiuppfoljning.directory.GroupName;

/**
 * The demo profile {@code ldap}'s directory, started as the profile starts it, read with the settings of
 * {@code application-ldap.properties}: the demo people's passwords and groups, the groups the demo maps, and the
 * profile's refusal to start outside the demo.
 */
class DemoDirectoryTest {

    private static final String PASSWORD = "katalog2026";

    private static DemoDirectory directory;
    private static LdapDirectory login;

    @BeforeAll
    static void start() throws Exception {
        directory = DemoDirectory.start(DemoDirectory.LDIF);
        Properties file = new Properties();
        try (InputStream in = new ClassPathResource("application-ldap.properties").getInputStream()) {
            file.load(in);
        }
        LdapProperties settings = new Binder(new MapConfigurationPropertySource(file))
                .bind(LdapConfiguration.PREFIX, Bindable.ofInstance(new LdapProperties()))
                .get();
        settings.setUrls(List.of(directory.url()));
        login = new LdapDirectory(settings);
    }

    @AfterAll
    static void stop() {
        directory.destroy();
    }

    private static Set<String> mapped() {
        return DemoGroupMappings.MAPPINGS.stream()
                .map(GroupMapping::canonicalGroup)
                .collect(Collectors.toSet());
    }

    private static Set<String> groupsOf(DirectoryPerson person) {
        return person.groups().stream().map(GroupName::canonical).collect(Collectors.toSet());
    }

    @Test
    void the_demo_directory_listens_on_the_loopback_address_only() {
        assertThat(directory.url()).startsWith("ldap://127.0.0.1:");
    }

    @Test
    void each_demo_person_logs_in_with_the_demo_password_and_is_in_the_groups_the_demo_maps() {
        Map<String, String> groupOf = Map.of(
                "karin.lund", "cn=ekonomiuppfoljning-it-chefer,ou=grupper,dc=exempelby,dc=se",
                "olof.sund", "cn=ekonomiuppfoljning-ekonomer-kls,ou=grupper,dc=exempelby,dc=se",
                "maria.strom", "cn=ekonomiuppfoljning-politiker-ks,ou=grupper,dc=exempelby,dc=se");
        groupOf.forEach((username, group) -> {
            DirectoryPerson person = login.authenticate(username, PASSWORD);
            assertThat(groupsOf(person)).as(username).contains(group);
            assertThat(mapped()).contains(group);
        });
        DirectoryPerson maria = login.authenticate("maria.strom", PASSWORD);
        assertThat(maria.displayName()).isEqualTo("Maria Ström");
        assertThat(maria.email()).isEqualTo("maria.strom@kommun.example");
    }

    @Test
    void a_demo_person_in_no_mapped_group_is_known_to_the_directory_but_gets_nothing() {
        DirectoryPerson nils = login.authenticate("nils.berg", PASSWORD);
        assertThat(groupsOf(nils)).isNotEmpty().doesNotContainAnyElementsOf(mapped());
    }

    @Test
    void a_wrong_password_and_an_unknown_person_are_refused_alike() {
        assertThatThrownBy(() -> login.authenticate("karin.lund", "demo2026"))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> login.authenticate("ingen.alls", PASSWORD))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> login.authenticate("karin.lund", ""))
                .as("an empty password would be an anonymous bind")
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void the_ldap_profile_starts_no_directory_outside_the_demo() {
        MockEnvironment alone = new MockEnvironment();
        alone.setActiveProfiles("ldap");
        MockEnvironment withProd = new MockEnvironment();
        withProd.setActiveProfiles("demo", "ldap", "prod");
        DemoDirectoryConfiguration configuration = new DemoDirectoryConfiguration();
        assertThatThrownBy(() -> configuration.demoDirectory(alone)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> configuration.demoDirectory(withProd)).isInstanceOf(IllegalStateException.class);
    }
}
