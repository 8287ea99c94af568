package se.ekonomiuppfoljning.app.security.ldap;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LdapPropertiesTest {

    private static LdapProperties directory(String url, boolean startTls) {
        LdapProperties properties = new LdapProperties();
        properties.setEnabled(true);
        properties.setUrls(List.of(url));
        properties.setStartTls(startTls);
        properties.setUserDnPatterns(List.of("uid={0},ou=Personer"));
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ldap://dc1.kommun.example:389", "LDAP://10.0.0.5", "ldap://127.0.0.1.kommun.example"})
    void a_plain_ldap_address_to_another_machine_without_start_tls_is_refused_at_start(String url) {
        assertThatThrownBy(() -> directory(url, false).check())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(url)
                .hasMessageContaining("start-tls");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ldap://dc1.kommun.example:389", "ldaps://dc1.kommun.example:636"})
    void start_tls_or_ldaps_to_another_machine_is_accepted(String url) {
        assertThatCode(() -> directory(url, url.startsWith("ldap://")).check()).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ldap://127.0.0.1:10389", "ldap://localhost:389", "ldap://[::1]:389", "ldap://localhost"})
    void a_plain_ldap_address_on_this_machine_is_accepted_for_the_demo_and_the_tests(String url) {
        assertThatCode(() -> directory(url, false).check()).doesNotThrowAnyException();
    }
}
