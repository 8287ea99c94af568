package se.ekonomiuppfoljning.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ekonomiuppfoljning.testdata.SeedKommun.IT;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KS;
import static se.ekonomiuppfoljning.testdata.SeedKommun.OVERFORMYNDAR;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.common.AuditChanges;
import se.ekonomiuppfoljning.security.AccessScope;
import se.ekonomiuppfoljning.security.EmailAddress;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.testdata.InMemoryGroupMappings;
import se.ekonomiuppfoljning.testdata.InMemoryUsers;
import se.ekonomiuppfoljning.testdata.SeedKommun;

class DirectoryLoginServiceTest {

    private static final String IT_CHIEFS = "CN=Chefer IT,OU=Grupper,DC=kommun,DC=se";
    private static final String POLITICIANS = "CN=Ledamöter KS,OU=Grupper,DC=kommun,DC=se";
    private static final String UNUSABLE = "{bcrypt}$2a$10$unusable";

    private final InMemoryUsers users = new InMemoryUsers(SeedKommun.admin("admin"));
    private final InMemoryGroupMappings mappings = new InMemoryGroupMappings();
    private final List<String> audited = new ArrayList<>();
    private final DirectoryLoginService service = new DirectoryLoginService(
            users,
            mappings,
            mappings,
            mappings,
            (actor, at, kind, subject, before, after) -> audited.add(actor + "|" + kind + "|" + before + "|" + after),
            Clock.fixed(Instant.parse("2026-03-16T08:00:00Z"), ZoneOffset.UTC),
            UNUSABLE);

    DirectoryLoginServiceTest() {
        mappings.save(new GroupMapping(IT_CHIEFS, Set.of(Role.CHEF), Set.of(IT), Set.of()));
        mappings.save(new GroupMapping(POLITICIANS, Set.of(Role.POLITIKER), Set.of(), Set.of(KS)));
    }

    private static DirectoryPerson person(String username, String... groups) {
        return new DirectoryPerson(username, "Ingrid Tell", "ingrid.tell@kommun.example", Set.of(groups));
    }

    @Test
    void the_first_login_creates_the_account_with_the_rights_of_its_groups_and_no_usable_password() {
        UserAccount account = service.signIn(person("ITell", " cn=chefer it, ou=grupper,dc=kommun,dc=se ", "CN=Okänd"))
                .orElseThrow();

        assertThat(account.username()).isEqualTo("itell");
        assertThat(account.roles()).containsExactly(Role.CHEF);
        assertThat(account.units()).containsExactly(IT);
        assertThat(account.email()).isEqualTo(new EmailAddress("ingrid.tell@kommun.example"));
        assertThat(users.findByUsername("itell")).contains(account);
        assertThat(users.passwordHashOf("itell")).contains(UNUSABLE);
        assertThat(mappings.isDirectoryAccount("itell")).isTrue();
        assertThat(audited).singleElement().asString().startsWith("itell|USER|null|");
    }

    @Test
    void a_group_taken_away_takes_its_rights_away_at_the_next_login_and_without_a_role_nobody_gets_in() {
        service.signIn(person("itell", IT_CHIEFS, POLITICIANS)).orElseThrow();

        UserAccount second = service.signIn(person("itell", POLITICIANS)).orElseThrow();
        assertThat(second.roles()).containsExactly(Role.POLITIKER);
        assertThat(second.units()).isEmpty();
        assertThat(second.committees()).containsExactly(KS);

        assertThat(service.signIn(person("itell"))).isEmpty();
        assertThat(users.findByUsername("itell").orElseThrow().roles()).isEmpty();
        assertThat(audited).hasSize(3);
        String[] last = audited.get(2).split("\\|", -1);
        assertThat(AuditChanges.between(DirectoryLoginService.AUDIT_FIELDS, last[2], last[3]))
                .extracting(c -> c.field().key())
                .containsExactly("roles", "committees");
    }

    @Test
    void a_login_that_changes_nothing_writes_nothing() {
        service.signIn(person("itell", IT_CHIEFS));
        service.signIn(person("itell", IT_CHIEFS));

        assertThat(audited).hasSize(1);
    }

    @Test
    void nobody_without_a_mapped_group_gets_an_account() {
        assertThat(service.signIn(person("okand", "CN=Alla anställda,DC=kommun,DC=se")))
                .isEmpty();
        assertThat(users.findByUsername("okand")).isEmpty();
        assertThat(audited).isEmpty();
    }

    @Test
    void a_local_account_of_the_same_name_is_never_taken_over() {
        assertThat(service.signIn(person("Admin", IT_CHIEFS))).isEmpty();

        UserAccount admin = users.findByUsername("admin").orElseThrow();
        assertThat(admin.roles()).containsExactly(Role.ADMIN);
        assertThat(users.passwordHashOf("admin")).contains("{noop}admin");
        assertThat(audited).isEmpty();
    }

    @Test
    void an_account_the_administrator_disabled_stays_disabled_whatever_the_directory_says() {
        UserAccount created = service.signIn(person("itell", IT_CHIEFS)).orElseThrow();
        users.save(
                new UserAccount("itell", created.displayName(), created.roles(), created.units(), Set.of(), false),
                UNUSABLE);

        assertThat(service.signIn(person("itell", IT_CHIEFS))).isEmpty();
        assertThat(users.findByUsername("itell").orElseThrow().enabled()).isFalse();
    }

    @Test
    void an_address_the_directory_holds_wrongly_keeps_the_one_the_portal_had() {
        service.signIn(person("itell", IT_CHIEFS));

        UserAccount again = service.signIn(new DirectoryPerson("itell", "", "inte-en-adress", Set.of(IT_CHIEFS)))
                .orElseThrow();

        assertThat(again.email()).isEqualTo(new EmailAddress("ingrid.tell@kommun.example"));
        assertThat(again.displayName()).isEqualTo("itell");
        assertThat(OVERFORMYNDAR).isNotIn(again.units());
    }

    @Test
    void a_name_the_user_table_would_match_to_another_account_is_not_taken_from_the_directory() {
        service.signIn(person("rene", IT_CHIEFS)).orElseThrow();

        assertThat(service.signIn(person("René", POLITICIANS))).isEmpty();
        assertThat(users.findByUsername("rene").orElseThrow().roles()).containsExactly(Role.CHEF);
        assertThat(service.signIn(new DirectoryPerson("itell", "Ingrid\nnamn=Admin", null, Set.of(IT_CHIEFS)))
                        .orElseThrow()
                        .displayName())
                .isEqualTo("Ingrid namn=Admin");
    }

    @Test
    void groups_that_together_give_administrator_and_economist_without_units_give_no_economist_role() {
        mappings.save(new GroupMapping("CN=Admins", Set.of(Role.ADMIN), Set.of(), Set.of()));
        mappings.save(new GroupMapping("CN=Ekonomer", Set.of(Role.EKONOM), Set.of(), Set.of()));

        UserAccount account =
                service.signIn(person("itell", "CN=Admins", "CN=Ekonomer")).orElseThrow();

        assertThat(account.roles()).containsExactly(Role.ADMIN);
        assertThat(AccessScope.isWholeOrganisationEconomist(account)).isFalse();
        assertThat(users.findByUsername("itell")).contains(account);

        UserAccount withUnits = service.signIn(person("itell", "CN=Admins", "CN=Ekonomer", IT_CHIEFS))
                .orElseThrow();
        assertThat(withUnits.roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.EKONOM, Role.CHEF);
    }

    private static final ProviderIdentity INGRID = new ProviderIdentity("https://idp.kommun.example", "sub-ingrid");
    private static final ProviderIdentity OTHER = new ProviderIdentity("https://idp.kommun.example", "sub-other");

    @Test
    void an_identity_keeps_its_account_when_its_login_name_changes_at_the_provider() {
        UserAccount first = service.signIn(person("itell", IT_CHIEFS), INGRID)
                .admittedAccount()
                .orElseThrow();

        UserAccount later = service.signIn(person("ingrid.tell", IT_CHIEFS), INGRID)
                .admittedAccount()
                .orElseThrow();

        assertThat(later.username()).isEqualTo(first.username()).isEqualTo("itell");
        assertThat(later.units()).containsExactly(IT);
        assertThat(users.findByUsername("ingrid.tell")).isEmpty();
        assertThat(mappings.ofAccount("itell").orElseThrow().loginName()).isEqualTo("ingrid.tell");
        assertThat(audited)
                .anyMatch(line ->
                        line.contains("loginName=ingrid.tell") && line.contains("renamed at the identity provider"));
    }

    @Test
    void another_identity_with_the_login_name_of_a_bound_account_is_refused_and_audited() {
        service.signIn(person("itell", IT_CHIEFS), INGRID);
        UserAccount before = users.findByUsername("itell").orElseThrow();

        ProviderSignIn refused = service.signIn(person("ITell", POLITICIANS), OTHER);

        assertThat(refused.refusal()).isEqualTo(ProviderSignIn.Refusal.NAME_BOUND_TO_ANOTHER);
        assertThat(refused.admittedAccount()).isEmpty();
        assertThat(users.findByUsername("itell")).contains(before);
        assertThat(mappings.ofAccount("itell").orElseThrow().identity()).isEqualTo(INGRID);
        assertThat(audited).anyMatch(line -> line.contains("sub-other") && line.contains("refused"));
    }

    @Test
    void a_directory_account_made_before_binding_is_bound_at_its_first_provider_login() {
        service.signIn(person("itell", IT_CHIEFS)).orElseThrow();
        assertThat(mappings.ofAccount("itell")).isEmpty();

        assertThat(service.signIn(person("itell", IT_CHIEFS), INGRID).admittedAccount())
                .isPresent();

        assertThat(mappings.ofAccount("itell").orElseThrow().identity()).isEqualTo(INGRID);
        assertThat(service.signIn(person("itell", IT_CHIEFS), OTHER).refusal())
                .isEqualTo(ProviderSignIn.Refusal.NAME_BOUND_TO_ANOTHER);
    }

    @Test
    void a_local_account_is_not_bound_to_an_identity_of_its_name() {
        ProviderSignIn refused = service.signIn(person("admin", IT_CHIEFS), INGRID);

        assertThat(refused.refusal()).isEqualTo(ProviderSignIn.Refusal.NO_ACCESS);
        assertThat(mappings.ofAccount("admin")).isEmpty();
        assertThat(mappings.of(INGRID)).isEmpty();
    }
}
