package se.ekonomiuppfoljning.directory;

import java.time.Clock;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.AuditField;
import se.ekonomiuppfoljning.common.AuditText;
import se.ekonomiuppfoljning.organisation.CommitteeCode;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.EmailAddress;
import se.ekonomiuppfoljning.security.InvalidUserDataException;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.SecurityAudit;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.security.UserAccountRepository;
import se.ekonomiuppfoljning.security.Usernames;

/**
 * The portal account of a person the directory has just authenticated. The account is created at the first login
 * and updated at every one after it from the directory (name, e-mail) and the group mapping (roles, units,
 * committees), so a group taken away takes its rights away at the next login. Every change is audited. Nobody gets
 * in without a role; an account the administrator disabled stays disabled; a local account of the same name (the
 * administrator's, for when the directory is down) is never taken over. Called by the login adapters before anyone
 * is logged in, so it asks for no caller.
 */
public class DirectoryLoginService {

    static final List<AuditField> AUDIT_FIELDS = List.of(
            AuditField.text("source", "source"),
            AuditField.text("name", "name"),
            AuditField.text("email", "email"),
            AuditField.text("roles", "roles"),
            AuditField.text("units", "units"),
            AuditField.text("committees", "committees"),
            AuditField.text("enabled", "enabled"));

    private static final int NAME_MAX = 200;

    /**
     * A directory login name the portal accepts: ASCII letters, digits and {@code . _ - @} (sAMAccountName, UPN,
     * uid). The user table compares names without regard to accents, so {@code rené} would find {@code rene}'s
     * account: such names are not taken from a directory.
     */
    private static final Pattern DIRECTORY_NAME = Pattern.compile("[a-z0-9._@-]+");

    private final UserAccountRepository users;
    private final DirectoryAccountRegistry registry;
    private final IdentityBindings bindings;
    private final GroupMappings mappings;
    private final SecurityAudit audit;
    private final Clock clock;
    private final String unusablePasswordHash;

    /**
     * @param unusablePasswordHash stored as a directory account's password: a hash no typed password matches, so the
     *     account can only be used through the directory
     */
    public DirectoryLoginService(
            UserAccountRepository users,
            DirectoryAccountRegistry registry,
            IdentityBindings bindings,
            GroupMappings mappings,
            SecurityAudit audit,
            Clock clock,
            String unusablePasswordHash) {
        this.users = users;
        this.registry = registry;
        this.bindings = bindings;
        this.mappings = mappings;
        this.audit = audit;
        this.clock = clock;
        this.unusablePasswordHash = unusablePasswordHash;
    }

    /** The account to log in as, or empty when this person may not log in to the portal. */
    public Optional<UserAccount> signIn(DirectoryPerson person) {
        String username = Usernames.canonical(person.username());
        if (!usable(username)) {
            return Optional.empty();
        }
        return update(username, person);
    }

    /**
     * A login through the identity provider, which names the person for good by {@code identity}. The account
     * bound to that identity is the person's, whatever login name the token carries now (a name changed at the
     * provider is recorded, audited, and changes no account). An identity not bound yet is bound at its first login
     * to the account of its login name: a new one, or a directory account not bound to anybody (one made before
     * accounts were bound, or by the directory login). The account of a name bound to another identity is never
     * taken over: refused and audited. A local account is never taken over either.
     */
    public ProviderSignIn signIn(DirectoryPerson person, ProviderIdentity identity) {
        String loginName = Usernames.canonical(person.username());
        Optional<IdentityBinding> bound = bindings.of(identity);
        if (bound.isPresent()) {
            IdentityBinding binding = bound.get();
            if (usable(loginName) && !loginName.equals(binding.loginName())) {
                IdentityBinding renamed = new IdentityBinding(binding.username(), identity, loginName);
                bindings.save(renamed);
                audit.record(
                        binding.username(),
                        clock.instant(),
                        SecurityAudit.USER,
                        binding.username(),
                        describe(binding, "bound"),
                        describe(renamed, "renamed at the identity provider"));
            }
            return result(update(binding.username(), person));
        }
        if (!usable(loginName)) {
            return ProviderSignIn.refused(ProviderSignIn.Refusal.NO_ACCESS);
        }
        Optional<IdentityBinding> other = bindings.ofAccount(loginName);
        if (other.isPresent()) {
            audit.record(
                    loginName,
                    clock.instant(),
                    SecurityAudit.USER,
                    loginName,
                    describe(other.get(), "bound"),
                    describe(
                            new IdentityBinding(loginName, identity, loginName), "refused: bound to another identity"));
            return ProviderSignIn.refused(ProviderSignIn.Refusal.NAME_BOUND_TO_ANOTHER);
        }
        if (users.findByUsername(loginName).isPresent()
                && rightsOf(person.groups()).roles().isEmpty()) {
            // an account not bound yet is changed, and bound, only by a login it admits: a refused identity that
            // merely carries its name must neither take its rights away nor claim it
            return ProviderSignIn.refused(ProviderSignIn.Refusal.NO_ACCESS);
        }
        Optional<UserAccount> admitted = update(loginName, person);
        if (admitted.isPresent() && registry.isDirectoryAccount(loginName)) {
            IdentityBinding binding = new IdentityBinding(loginName, identity, loginName);
            bindings.save(binding);
            audit.record(
                    loginName,
                    clock.instant(),
                    SecurityAudit.USER,
                    loginName,
                    null,
                    describe(binding, "bound at the first login"));
        }
        return result(admitted);
    }

    private static ProviderSignIn result(Optional<UserAccount> admitted) {
        return admitted.map(ProviderSignIn::admitted)
                .orElseGet(() -> ProviderSignIn.refused(ProviderSignIn.Refusal.NO_ACCESS));
    }

    private static boolean usable(String username) {
        return !username.isEmpty()
                && username.length() <= Usernames.MAX_LENGTH
                && DIRECTORY_NAME.matcher(username).matches();
    }

    /** The account of {@code username} created or updated from the directory, if it may log in. */
    private Optional<UserAccount> update(String username, DirectoryPerson person) {
        Optional<UserAccount> existing = users.findByUsername(username);
        if (existing.isPresent() && !registry.isDirectoryAccount(username)) {
            return Optional.empty();
        }
        if (existing.isPresent() && !existing.get().enabled()) {
            return Optional.empty();
        }
        Rights rights = rightsOf(person.groups());
        if (existing.isEmpty() && rights.roles().isEmpty()) {
            return Optional.empty();
        }
        UserAccount after = new UserAccount(
                username,
                displayName(person, username),
                rights.roles(),
                rights.units(),
                rights.committees(),
                true,
                email(person, existing.map(UserAccount::email).orElse(null)));
        if (existing.isEmpty() || !existing.get().equals(after)) {
            users.save(
                    after, existing.flatMap(u -> users.passwordHashOf(username)).orElse(unusablePasswordHash));
            if (existing.isEmpty()) {
                registry.markDirectoryAccount(username);
            }
            audit.record(
                    username,
                    clock.instant(),
                    SecurityAudit.USER,
                    username,
                    existing.map(DirectoryLoginService::describe).orElse(null),
                    describe(after));
        }
        return after.roles().isEmpty() ? Optional.empty() : Optional.of(after);
    }

    /** The union of what the person's groups give. */
    Rights rightsOf(Set<String> groups) {
        Map<String, GroupMapping> byGroup = mappings.all().stream()
                .collect(Collectors.toMap(GroupMapping::canonicalGroup, Function.identity(), (a, b) -> a));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<UnitCode> units = new HashSet<>();
        Set<CommitteeCode> committees = new HashSet<>();
        for (String group : groups) {
            GroupMapping mapping = byGroup.get(GroupName.canonical(group));
            if (mapping != null) {
                roles.addAll(mapping.roles());
                units.addAll(mapping.units());
                committees.addAll(mapping.committees());
            }
        }
        if (roles.contains(Role.ADMIN) && roles.contains(Role.EKONOM) && units.isEmpty()) {
            // Together the groups would make the whole-kommun start-up scope
            // (AccessScope.isWholeOrganisationEconomist).
            // An economist without units reads nothing anyway, so dropping the role takes nothing real away and
            // keeps the administrator able to log in.
            roles.remove(Role.EKONOM);
        }
        return new Rights(roles, units, committees);
    }

    record Rights(Set<Role> roles, Set<UnitCode> units, Set<CommitteeCode> committees) {}

    private static String displayName(DirectoryPerson person, String username) {
        String name = person.displayName().replaceAll("\\p{Cntrl}", " ").strip();
        if (name.isEmpty()) {
            return username;
        }
        return name.length() > NAME_MAX ? name.substring(0, NAME_MAX) : name;
    }

    /** The directory's address where it holds a valid one, else the one the portal had. */
    private static @Nullable EmailAddress email(DirectoryPerson person, @Nullable EmailAddress had) {
        String given = person.email();
        if (given == null || given.isBlank()) {
            return had;
        }
        try {
            return EmailAddress.parse(given);
        } catch (InvalidUserDataException invalid) {
            return had;
        }
    }

    static final List<AuditField> IDENTITY_FIELDS = List.of(
            AuditField.text("source", "source"),
            AuditField.text("issuer", "issuer"),
            AuditField.text("subject", "subject"),
            AuditField.text("loginName", "loginName"),
            AuditField.text("binding", "binding"));

    static String describe(IdentityBinding binding, String state) {
        return AuditText.of(
                IDENTITY_FIELDS,
                "identity provider",
                binding.identity().issuer(),
                binding.identity().subject(),
                binding.loginName(),
                state);
    }

    static String describe(UserAccount user) {
        return AuditText.of(
                AUDIT_FIELDS,
                "directory",
                user.displayName(),
                user.email() == null ? "" : user.email().value(),
                user.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")),
                user.units().stream().map(UnitCode::value).sorted().collect(Collectors.joining(",")),
                user.committees().stream().map(CommitteeCode::value).sorted().collect(Collectors.joining(",")),
                Boolean.toString(user.enabled()));
    }
}
