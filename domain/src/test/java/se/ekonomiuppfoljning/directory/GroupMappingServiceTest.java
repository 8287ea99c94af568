package se.ekonomiuppfoljning.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.ekonomiuppfoljning.testdata.SeedKommun.IT;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KS;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.ekonomiuppfoljning.common.Problem;
import se.ekonomiuppfoljning.common.RuleViolationException;
import se.ekonomiuppfoljning.organisation.CommitteeCode;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.PermissionDeniedException;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.SecurityProblem;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.testdata.InMemoryAuditLog;
import se.ekonomiuppfoljning.testdata.InMemoryGroupMappings;
import se.ekonomiuppfoljning.testdata.InMemoryOrganisation;
import se.ekonomiuppfoljning.testdata.SeedKommun;

class GroupMappingServiceTest {

    private static final String IT_CHIEFS = "CN=Chefer IT,OU=Grupper,DC=kommun,DC=se";

    private final InMemoryGroupMappings mappings = new InMemoryGroupMappings();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final AtomicReference<UserAccount> caller = new AtomicReference<>(SeedKommun.admin("admin"));
    private final GroupMappingService service = new GroupMappingService(
            mappings,
            new InMemoryOrganisation(SeedKommun.organisation()),
            caller::get,
            audit,
            Clock.fixed(Instant.parse("2026-03-16T08:00:00Z"), ZoneOffset.UTC));

    @Test
    void a_mapping_is_saved_replaced_and_removed_and_each_change_is_audited() {
        service.save(new GroupMapping(IT_CHIEFS, Set.of(Role.CHEF), Set.of(IT), Set.of()));
        service.save(new GroupMapping(
                "cn=chefer it, ou=grupper, dc=kommun, dc=se", Set.of(Role.CHEF, Role.EKONOM), Set.of(IT), Set.of()));
        service.save(new GroupMapping(IT_CHIEFS, Set.of(Role.CHEF, Role.EKONOM), Set.of(IT), Set.of()));

        assertThat(service.list())
                .singleElement()
                .satisfies(m -> assertThat(m.roles()).contains(Role.EKONOM));
        service.delete(" CN=Chefer IT, OU=Grupper,DC=kommun,DC=se");
        assertThat(service.list()).isEmpty();
        assertThat(audit.entries)
                .extracting(
                        e -> e.entity() + " " + e.entityId() + " " + (e.before() == null) + " " + (e.after() == null))
                .containsExactly(
                        "GROUP_MAPPING cn=chefer it,ou=grupper,dc=kommun,dc=se true false",
                        "GROUP_MAPPING cn=chefer it,ou=grupper,dc=kommun,dc=se false false",
                        "GROUP_MAPPING cn=chefer it,ou=grupper,dc=kommun,dc=se false true");
    }

    @Test
    void a_mapping_must_name_a_group_give_a_role_and_name_only_units_and_committees_that_exist() {
        assertRefused(new GroupMapping(" ", Set.of(Role.CHEF), Set.of(), Set.of()), DirectoryProblem.GROUP_MISSING);
        assertRefused(
                new GroupMapping(IT_CHIEFS, Set.of(), Set.of(IT), Set.of()),
                DirectoryProblem.GRANTS_NOTHING,
                IT_CHIEFS);
        assertRefused(
                new GroupMapping(IT_CHIEFS, Set.of(Role.CHEF), Set.of(UnitCode.of("9999")), Set.of()),
                DirectoryProblem.UNKNOWN_UNIT,
                "9999");
        assertRefused(
                new GroupMapping(IT_CHIEFS, Set.of(Role.POLITIKER), Set.of(), Set.of(CommitteeCode.of("XX"))),
                DirectoryProblem.UNKNOWN_COMMITTEE,
                "XX");
        assertThatThrownBy(() -> service.delete("CN=Finns inte"))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.problem())
                                .isEqualTo(Problem.of(DirectoryProblem.MAPPING_NOT_FOUND, "CN=Finns inte")));
        assertThat(mappings.all()).isEmpty();
        assertThat(audit.entries).isEmpty();
    }

    @Test
    void a_mapping_never_gives_administrator_and_economist_without_units_the_whole_kommun_start_up_scope() {
        assertThatThrownBy(() -> service.save(
                        new GroupMapping(IT_CHIEFS, Set.of(Role.ADMIN, Role.EKONOM), Set.of(), Set.of(KS))))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.problem())
                                .isEqualTo(Problem.of(SecurityProblem.STARTUP_SCOPE_ONLY_AT_START, IT_CHIEFS)));
        assertThat(mappings.all()).isEmpty();
        assertThat(audit.entries).isEmpty();

        service.save(new GroupMapping(IT_CHIEFS, Set.of(Role.ADMIN, Role.EKONOM), Set.of(IT), Set.of()));
        assertThat(mappings.all()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"chief", "economist", "politician"})
    void nobody_but_an_administrator_reads_or_changes_the_mapping(String who) {
        service.save(new GroupMapping(IT_CHIEFS, Set.of(Role.CHEF), Set.of(IT), Set.of()));
        caller.set(
                switch (who) {
                    case "chief" -> SeedKommun.chief("eva", IT);
                    case "economist" -> SeedKommun.economist("ekonom", IT);
                    default -> SeedKommun.politician("pia", KS);
                });

        assertThatThrownBy(service::list).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> service.save(new GroupMapping("CN=Alla", Set.of(Role.ADMIN), Set.of(), Set.of())))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> service.delete(IT_CHIEFS)).isInstanceOf(PermissionDeniedException.class);
        assertThat(mappings.all()).hasSize(1);
    }

    private void assertRefused(GroupMapping mapping, DirectoryProblem code, Object... arguments) {
        assertThatThrownBy(() -> service.save(mapping))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.of(code, arguments)));
    }
}
