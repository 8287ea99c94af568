package se.ekonomiuppfoljning.persistence.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import se.ekonomiuppfoljning.directory.DirectoryAccountRegistry;
import se.ekonomiuppfoljning.directory.GroupMapping;
import se.ekonomiuppfoljning.directory.GroupMappings;
import se.ekonomiuppfoljning.directory.IdentityBinding;
import se.ekonomiuppfoljning.directory.IdentityBindings;
import se.ekonomiuppfoljning.directory.ProviderIdentity;
import se.ekonomiuppfoljning.organisation.CommitteeCode;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.persistence.PersistenceTest;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.security.UserAccountRepository;

@PersistenceTest
class JdbcGroupMappingsTest {

    private static final String GROUP = "CN=Chefer IT,OU=Grupper,DC=kommun,DC=se";

    @Autowired
    GroupMappings mappings;

    @Autowired
    DirectoryAccountRegistry registry;

    @Autowired
    UserAccountRepository users;

    @Autowired
    IdentityBindings bindings;

    @Test
    void a_mapping_is_stored_found_by_its_canonical_group_replaced_and_removed() {
        GroupMapping mapping = new GroupMapping(
                GROUP, Set.of(Role.CHEF, Role.EKONOM), Set.of(UnitCode.of("1120"), UnitCode.of("1150")), Set.of());
        mappings.save(mapping);

        assertThat(mappings.find("cn=chefer it,ou=grupper,dc=kommun,dc=se")).contains(mapping);
        GroupMapping politicians =
                new GroupMapping(GROUP, Set.of(Role.POLITIKER), Set.of(), Set.of(CommitteeCode.of("KS")));
        mappings.save(politicians);
        assertThat(mappings.all()).containsExactly(politicians);

        assertThat(mappings.delete(mapping.canonicalGroup())).isTrue();
        assertThat(mappings.delete(mapping.canonicalGroup())).isFalse();
        assertThat(mappings.all()).isEmpty();
    }

    @Test
    void an_account_is_a_directory_account_once_marked() {
        users.save(new UserAccount("itell", "Ingrid Tell", Set.of(Role.CHEF), Set.of(), Set.of(), true), "{bcrypt}x");
        assertThat(registry.isDirectoryAccount("itell")).isFalse();

        registry.markDirectoryAccount("itell");
        registry.markDirectoryAccount("itell");

        assertThat(registry.isDirectoryAccount("itell")).isTrue();
        assertThat(registry.isDirectoryAccount("admin")).isFalse();
    }

    @Test
    void an_identity_is_bound_to_one_account_found_by_issuer_and_subject_and_its_login_name_follows_the_provider() {
        users.save(new UserAccount("jbind", "Jon Bind", Set.of(Role.CHEF), Set.of(), Set.of(), true), "{bcrypt}x");
        users.save(new UserAccount("kbind", "Kim Bind", Set.of(Role.CHEF), Set.of(), Set.of(), true), "{bcrypt}x");
        ProviderIdentity jon = new ProviderIdentity("https://idp.example/tenant", "Sub-Jon");
        bindings.save(new IdentityBinding("jbind", jon, "jbind"));

        assertThat(bindings.of(jon)).contains(new IdentityBinding("jbind", jon, "jbind"));
        assertThat(bindings.of(new ProviderIdentity("https://idp.example/tenant", "sub-jon")))
                .as("a subject is compared exactly")
                .isEmpty();
        bindings.save(new IdentityBinding("jbind", jon, "jon.bind"));
        assertThat(bindings.ofAccount("jbind").orElseThrow().loginName()).isEqualTo("jon.bind");

        assertThatThrownBy(() -> bindings.save(new IdentityBinding("kbind", jon, "kbind")))
                .as("one account per identity")
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> bindings.save(
                        new IdentityBinding("jbind", new ProviderIdentity("https://idp.example/tenant", "x"), "j")))
                .as("one identity per account")
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(bindings.ofAccount("kbind")).isEmpty();
    }
}
