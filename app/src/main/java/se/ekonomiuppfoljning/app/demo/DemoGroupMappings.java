package se.ekonomiuppfoljning.app.demo;

import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.ekonomiuppfoljning.app.base.StartupTask;
import se.ekonomiuppfoljning.directory.GroupMapping;
import se.ekonomiuppfoljning.directory.GroupMappingService;
import se.ekonomiuppfoljning.directory.GroupMappings;
import se.ekonomiuppfoljning.organisation.CommitteeCode;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.Role;

/**
 * The demo directory's groups mapped to the portal's rights ({@code demo,ldap}), saved by the administrator through
 * the group mapping's service as on Gruppmappning, so the audit trail shows them. A group the administrator has
 * mapped already (an earlier start, or by hand) is left as it is.
 */
@Component
@Profile("ldap")
@Order(20)
class DemoGroupMappings implements StartupTask {

    private static final Logger log = LoggerFactory.getLogger(DemoGroupMappings.class);

    static final List<GroupMapping> MAPPINGS = List.of(
            new GroupMapping(
                    "cn=Ekonomiuppfoljning-IT-chefer,ou=Grupper," + DemoDirectory.BASE,
                    Set.of(Role.CHEF),
                    Set.of(UnitCode.of("1120")),
                    Set.of()),
            new GroupMapping(
                    "cn=Ekonomiuppfoljning-Ekonomer-KLS,ou=Grupper," + DemoDirectory.BASE,
                    Set.of(Role.EKONOM),
                    Set.of(UnitCode.of("KLS")),
                    Set.of()),
            new GroupMapping(
                    "cn=Ekonomiuppfoljning-Politiker-KS,ou=Grupper," + DemoDirectory.BASE,
                    Set.of(Role.POLITIKER),
                    Set.of(),
                    Set.of(CommitteeCode.of("KS"))));

    private final GroupMappingService service;
    private final GroupMappings mappings;

    DemoGroupMappings(GroupMappingService service, GroupMappings mappings) {
        this.service = service;
        this.mappings = mappings;
    }

    @Override
    public void runBeforeServing() {
        List<GroupMapping> missing = MAPPINGS.stream()
                .filter(m -> mappings.find(m.canonicalGroup()).isEmpty())
                .toList();
        if (missing.isEmpty()) {
            return;
        }
        DemoUsers.as("admin", () -> {
            missing.forEach(service::save);
            return null;
        });
        log.info(
                "Demo directory groups mapped: {}",
                missing.stream().map(GroupMapping::group).toList());
    }
}
