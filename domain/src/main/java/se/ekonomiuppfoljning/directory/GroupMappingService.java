package se.ekonomiuppfoljning.directory;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.AuditEntry;
import se.ekonomiuppfoljning.common.AuditField;
import se.ekonomiuppfoljning.common.AuditLog;
import se.ekonomiuppfoljning.common.AuditText;
import se.ekonomiuppfoljning.common.RuleViolationException;
import se.ekonomiuppfoljning.organisation.CommitteeCode;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.CurrentUser;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.SecurityProblem;
import se.ekonomiuppfoljning.security.UserAccount;

/**
 * The administrator's mapping from directory groups to roles, units and committees, used by every directory login
 * ({@link DirectoryLoginService}). Administrators only; every change is audited.
 */
public class GroupMappingService {

    /** The audit trail's kind for a mapping; the subject is the group's canonical name. */
    public static final String AUDIT_KIND = "GROUP_MAPPING";

    static final List<AuditField> AUDIT_FIELDS = List.of(
            AuditField.text("group", "group"),
            AuditField.text("roles", "roles"),
            AuditField.text("units", "units"),
            AuditField.text("committees", "committees"));

    private final GroupMappings mappings;
    private final OrganisationRepository organisation;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    public GroupMappingService(
            GroupMappings mappings,
            OrganisationRepository organisation,
            CurrentUser currentUser,
            AuditLog audit,
            Clock clock) {
        this.mappings = mappings;
        this.organisation = organisation;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    public List<GroupMapping> list() {
        currentUser.requireAdministrator("list the group mapping");
        return mappings.all().stream()
                .sorted(Comparator.comparing(GroupMapping::canonicalGroup))
                .toList();
    }

    /**
     * Stores what a group gives, replacing what it gave; takes effect at each member's next login. A group must give
     * a role, and its units and committees must exist.
     */
    public GroupMapping save(GroupMapping mapping) {
        UserAccount caller = currentUser.requireAdministrator("change the group mapping");
        String group = mapping.canonicalGroup();
        if (group.isEmpty()) {
            throw new RuleViolationException(DirectoryProblem.GROUP_MISSING);
        }
        if (group.length() > GroupName.MAX_LENGTH || group.chars().anyMatch(Character::isISOControl)) {
            throw new RuleViolationException(DirectoryProblem.GROUP_TOO_LONG, GroupName.MAX_LENGTH);
        }
        if (mapping.roles().isEmpty()) {
            throw new RuleViolationException(DirectoryProblem.GRANTS_NOTHING, mapping.group());
        }
        if (mapping.roles().contains(Role.ADMIN)
                && mapping.roles().contains(Role.EKONOM)
                && mapping.units().isEmpty()) {
            // Administrator and economist without units reads the whole kommun (AccessScope): only the first
            // administrator's start-up scope, never something a group hands out.
            throw new RuleViolationException(SecurityProblem.STARTUP_SCOPE_ONLY_AT_START, mapping.group());
        }
        Organisation known = organisation.load();
        for (UnitCode unit : mapping.units()) {
            if (known.unit(unit).isEmpty()) {
                throw new RuleViolationException(DirectoryProblem.UNKNOWN_UNIT, unit.value());
            }
        }
        for (CommitteeCode committee : mapping.committees()) {
            if (known.committee(committee).isEmpty()) {
                throw new RuleViolationException(DirectoryProblem.UNKNOWN_COMMITTEE, committee.value());
            }
        }
        @Nullable GroupMapping before = mappings.find(group).orElse(null);
        mappings.save(mapping);
        String beforeText = before == null ? null : describe(before);
        String afterText = describe(mapping);
        if (!afterText.equals(beforeText)) {
            audit.record(new AuditEntry(caller.username(), clock.instant(), AUDIT_KIND, group, beforeText, afterText));
        }
        return mapping;
    }

    /** Removes a group's mapping: its members lose what it gave at their next login. */
    public void delete(String group) {
        UserAccount caller = currentUser.requireAdministrator("change the group mapping");
        String canonical = GroupName.canonical(group);
        GroupMapping before = mappings.find(canonical)
                .orElseThrow(() -> new RuleViolationException(DirectoryProblem.MAPPING_NOT_FOUND, group));
        mappings.delete(canonical);
        audit.record(new AuditEntry(caller.username(), clock.instant(), AUDIT_KIND, canonical, describe(before), null));
    }

    static String describe(GroupMapping mapping) {
        return AuditText.of(
                AUDIT_FIELDS,
                mapping.canonicalGroup(),
                sorted(mapping.roles().stream().map(Role::name).toList()),
                sorted(mapping.units().stream().map(UnitCode::value).toList()),
                sorted(mapping.committees().stream().map(CommitteeCode::value).toList()));
    }

    private static String sorted(List<String> values) {
        return values.stream().sorted().collect(Collectors.joining(","));
    }
}
