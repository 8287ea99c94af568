package se.ekonomiuppfoljning.security;

import java.time.Clock;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.organisation.CommitteeCode;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.organisation.UnitCode;

/**
 * Use cases of the administrator: create local users, disable and enable them, set their name, e-mail, roles,
 * units and committees, and end the first administrator's start-up scope. Administrators only; every change of a
 * user is written to the audit trail: who, when, before, after. The portal never runs without an enabled
 * administrator: the change that would leave none is refused, and an administrator cannot disable themselves.
 * A disabled user, or one without a role, cannot log in, and the app ends their open sessions at their next request.
 */
public class UserAdministrationService {

    /** The fewest characters of a password the administrator sets. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    /** The longest name of a user (app_user.display_name). */
    public static final int MAX_DISPLAY_NAME_LENGTH = 200;

    private final UserAccountRepository users;
    private final CurrentUser currentUser;
    private final SecurityAudit audit;
    private final Clock clock;
    private final PasswordHasher passwords;
    private final OrganisationRepository organisation;

    public UserAdministrationService(
            UserAccountRepository users,
            CurrentUser currentUser,
            SecurityAudit audit,
            Clock clock,
            PasswordHasher passwords,
            OrganisationRepository organisation) {
        this.users = users;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.passwords = passwords;
        this.organisation = organisation;
    }

    /** Every user with roles and scope assignments, by user name; administrators only. */
    public List<UserAccount> listUsers() {
        currentUser.requireUserAdministrator("list users");
        return users.findAll().stream()
                .sorted(Comparator.comparing(UserAccount::username))
                .toList();
    }

    /** One page of {@link #listUsers()}, for a lazy list. */
    public List<UserAccount> listUsers(int offset, int limit) {
        currentUser.requireUserAdministrator("list users");
        return users.findPage(offset, limit);
    }

    /** How many users there are; administrators only. */
    public int countUsers() {
        currentUser.requireUserAdministrator("count users");
        return Math.toIntExact(users.count());
    }

    /** The organisation, to pick units and committees from; administrators only. */
    public Organisation organisation() {
        currentUser.requireUserAdministrator("read the organisation for user administration");
        return organisation.load();
    }

    /**
     * Creates a local user who logs in with the given password (stored as its hash only). The user name is stored
     * in its canonical form ({@link Usernames}); one that another account has, as names are compared, is refused.
     */
    public UserAccount createUser(NewUser user) {
        UserAccount caller = currentUser.requireUserAdministrator("create a user");
        String username = Usernames.canonical(user.username());
        if (username.isEmpty()
                || username.length() > Usernames.MAX_LENGTH
                || username.codePoints().anyMatch(Character::isWhitespace)) {
            throw new InvalidUserDataException(
                    SecurityProblem.USERNAME_INVALID, user.username().strip(), Usernames.MAX_LENGTH);
        }
        users.findAll().stream()
                .filter(u -> Usernames.sameAccount(username, u.username()))
                .findFirst()
                .ifPresent(u -> {
                    throw new InvalidUserDataException(SecurityProblem.USERNAME_TAKEN, username, u.username());
                });
        if (user.password().length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidUserDataException(SecurityProblem.PASSWORD_TOO_SHORT, MIN_PASSWORD_LENGTH);
        }
        if (Usernames.sameAccount(user.password(), username)) {
            throw new InvalidUserDataException(SecurityProblem.PASSWORD_IS_USERNAME);
        }
        PasswordRules.checkNotTooLong(user.password());
        if (PasswordRules.isCommon(user.password())) {
            throw new InvalidUserDataException(SecurityProblem.PASSWORD_TOO_COMMON);
        }
        UserAccount created = valid(
                username,
                new UserChanges(user.displayName(), user.email(), user.roles(), user.units(), user.committees()),
                true);
        if (AccessScope.isWholeOrganisationEconomist(created)) {
            throw new InvalidUserDataException(SecurityProblem.STARTUP_SCOPE_ONLY_AT_START, username);
        }
        checkKeyLimits(caller, null, created);
        users.save(created, passwords.hash(user.password()));
        audit.record(caller.username(), clock.instant(), SecurityAudit.USER, username, null, describe(created));
        return created;
    }

    /** Sets the user's name, e-mail and rights at once, as the administrator's form has them. */
    public UserAccount changeUser(String username, UserChanges changes) {
        UserAccount caller = currentUser.requireUserAdministrator("change a user");
        UserAccount user = find(username);
        return save(caller, user, valid(user.username(), changes, user.enabled()));
    }

    /** Sets the user's name and e-mail address (empty for none). */
    public UserAccount changeNameAndEmail(String username, String displayName, @Nullable String email) {
        UserAccount caller = currentUser.requireUserAdministrator("change a user's name");
        UserAccount user = find(username);
        UserChanges now = UserChanges.of(user);
        return save(
                caller,
                user,
                valid(
                        user.username(),
                        new UserChanges(displayName, email, now.roles(), now.units(), now.committees()),
                        user.enabled()));
    }

    /**
     * Sets the user's e-mail address, where the portal's reminders go; an empty text removes it. Administrators
     * only; an address that is not valid is refused with {@link InvalidUserDataException} saying why.
     */
    public UserAccount changeEmail(String username, @Nullable String address) {
        UserAccount caller = currentUser.requireUserAdministrator("change a user's e-mail address");
        UserAccount user = find(username);
        String typed = address == null ? "" : address.strip();
        UserAccount changed = user.withEmail(typed.isEmpty() ? null : EmailAddress.parse(typed));
        return save(caller, user, changed);
    }

    /** Gives the user a role. */
    public UserAccount grantRole(String username, Role role) {
        UserAccount caller = currentUser.requireUserAdministrator("give a role");
        UserAccount user = find(username);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(user.roles());
        roles.add(role);
        return save(caller, user, with(user, roles, user.units(), user.committees(), user.enabled()));
    }

    /** Takes a role from the user; a user left without a role cannot log in. */
    public UserAccount revokeRole(String username, Role role) {
        UserAccount caller = currentUser.requireUserAdministrator("take a role");
        UserAccount user = find(username);
        Set<Role> roles = new HashSet<>(user.roles());
        roles.remove(role);
        return save(caller, user, with(user, roles, user.units(), user.committees(), user.enabled()));
    }

    /** Sets the units of a chief or economist (their subtrees are the scope). */
    public UserAccount setUnits(String username, Set<UnitCode> units) {
        UserAccount caller = currentUser.requireUserAdministrator("set a user's units");
        UserAccount user = find(username);
        UserChanges now = UserChanges.of(user);
        return save(
                caller,
                user,
                valid(
                        user.username(),
                        new UserChanges(now.displayName(), now.email(), now.roles(), units, now.committees()),
                        user.enabled()));
    }

    /** Sets the committees a politician sits in (the organs they follow: KS, KF …). */
    public UserAccount setCommittees(String username, Set<CommitteeCode> committees) {
        UserAccount caller = currentUser.requireUserAdministrator("set a user's committees");
        UserAccount user = find(username);
        UserChanges now = UserChanges.of(user);
        return save(
                caller,
                user,
                valid(
                        user.username(),
                        new UserChanges(now.displayName(), now.email(), now.roles(), now.units(), committees),
                        user.enabled()));
    }

    /** Disables the user: they cannot log in, and their open sessions end. Not oneself, not the last administrator. */
    public UserAccount disable(String username) {
        UserAccount caller = currentUser.requireUserAdministrator("disable a user");
        UserAccount user = find(username);
        if (user.username().equals(caller.username())) {
            throw new InvalidUserDataException(SecurityProblem.CANNOT_DISABLE_SELF);
        }
        return save(caller, user, with(user, user.roles(), user.units(), user.committees(), false));
    }

    /** Enables a disabled user again. */
    public UserAccount enable(String username) {
        UserAccount caller = currentUser.requireUserAdministrator("enable a user");
        UserAccount user = find(username);
        return save(caller, user, with(user, user.roles(), user.units(), user.committees(), true));
    }

    /**
     * The users who read the whole kommun with the first administrator's start-up scope (administrator and
     * economist with no units, see {@link AccessScope#isWholeOrganisationEconomist}); administrators only.
     */
    public List<UserAccount> startupScopeUsers() {
        currentUser.requireUserAdministrator("list the start-up scope");
        return users.findAll().stream()
                .filter(UserAccount::enabled)
                .filter(AccessScope::isWholeOrganisationEconomist)
                .sorted(Comparator.comparing(UserAccount::username))
                .toList();
    }

    /**
     * Ends the start-up scope once real users exist: the users who have it keep ADMIN and lose EKONOM, so they read
     * no unit data any more. Refused while no other enabled user with a role exists, or when nobody has the scope.
     * Each change is audited.
     */
    public List<UserAccount> endStartupScope() {
        UserAccount caller = currentUser.requireUserAdministrator("end the start-up scope");
        List<UserAccount> holders = users.findAll().stream()
                .filter(UserAccount::enabled)
                .filter(AccessScope::isWholeOrganisationEconomist)
                .sorted(Comparator.comparing(UserAccount::username))
                .toList();
        if (holders.isEmpty()) {
            throw new InvalidUserDataException(SecurityProblem.NO_STARTUP_SCOPE);
        }
        Set<String> holderNames = holders.stream().map(UserAccount::username).collect(Collectors.toSet());
        boolean realUsers = users.findAll().stream()
                .anyMatch(u -> u.enabled() && !u.roles().isEmpty() && !holderNames.contains(u.username()));
        if (!realUsers) {
            throw new InvalidUserDataException(SecurityProblem.NO_REAL_USERS);
        }
        return holders.stream()
                .map(holder -> {
                    Set<Role> roles = new HashSet<>(holder.roles());
                    roles.remove(Role.EKONOM);
                    return save(caller, holder, with(holder, roles, holder.units(), holder.committees(), true));
                })
                .toList();
    }

    private UserAccount find(String username) {
        return users.findByUsername(username)
                .orElseThrow(() -> new InvalidUserDataException(SecurityProblem.USER_NOT_FOUND, username));
    }

    /** The user with the changes, refused where a name, address, unit or committee is not one the portal has. */
    private UserAccount valid(String username, UserChanges changes, boolean enabled) {
        String name = changes.displayName().strip();
        if (name.isEmpty() || name.length() > MAX_DISPLAY_NAME_LENGTH) {
            throw new InvalidUserDataException(SecurityProblem.DISPLAY_NAME_INVALID, MAX_DISPLAY_NAME_LENGTH);
        }
        String typed = changes.email() == null ? "" : changes.email().strip();
        @Nullable EmailAddress email = typed.isEmpty() ? null : EmailAddress.parse(typed);
        Organisation known = organisation.load();
        changes.units().stream()
                .sorted()
                .filter(u -> known.unit(u).isEmpty())
                .findFirst()
                .ifPresent(u -> {
                    throw new InvalidUserDataException(SecurityProblem.UNKNOWN_UNIT, u.value());
                });
        changes.committees().stream()
                .sorted(Comparator.comparing(CommitteeCode::value))
                .filter(c -> known.committee(c).isEmpty())
                .findFirst()
                .ifPresent(c -> {
                    throw new InvalidUserDataException(SecurityProblem.UNKNOWN_COMMITTEE, c.value());
                });
        return new UserAccount(username, name, changes.roles(), changes.units(), changes.committees(), enabled, email);
    }

    private static UserAccount with(
            UserAccount user, Set<Role> roles, Set<UnitCode> units, Set<CommitteeCode> committees, boolean enabled) {
        return new UserAccount(user.username(), user.displayName(), roles, units, committees, enabled, user.email());
    }

    /**
     * Stores a changed user, keeping the password, and writes the change to the audit trail. Refused when it would
     * leave the portal without an enabled administrator.
     */
    private UserAccount save(UserAccount caller, UserAccount before, UserAccount after) {
        checkKeyLimits(caller, before, after);
        boolean wasAdministrator = before.enabled() && before.has(Role.ADMIN);
        boolean isAdministrator = after.enabled() && after.has(Role.ADMIN);
        if (wasAdministrator && !isAdministrator) {
            boolean another = users.findAll().stream()
                    .anyMatch(u -> !u.username().equals(before.username()) && u.enabled() && u.has(Role.ADMIN));
            if (!another) {
                throw new InvalidUserDataException(SecurityProblem.LAST_ADMINISTRATOR, before.username());
            }
        }
        boolean rightsAdded = !before.roles().containsAll(after.roles())
                || !before.units().containsAll(after.units())
                || !before.committees().containsAll(after.committees());
        if (rightsAdded && caller.username().equals(before.username())) {
            throw new InvalidUserDataException(SecurityProblem.OWN_RIGHTS, caller.username());
        }
        if (AccessScope.isWholeOrganisationEconomist(after) && !AccessScope.isWholeOrganisationEconomist(before)) {
            throw new InvalidUserDataException(SecurityProblem.STARTUP_SCOPE_ONLY_AT_START, after.username());
        }
        String beforeText = describe(before);
        String afterText = describe(after);
        if (!beforeText.equals(afterText)) {
            users.save(after, users.passwordHashOf(before.username()).orElseThrow());
            audit.record(
                    caller.username(), clock.instant(), SecurityAudit.USER, after.username(), beforeText, afterText);
        }
        return after;
    }

    /**
     * An HR system's key administers chiefs and politicians only: through it no account that is or becomes an
     * administrator or an economist is created or changed. So a key that leaks, or that one administrator made for
     * another's account, can neither make an administrator, nor change one (an administrator's own rights
     * included), nor give an economist's reading of whole förvaltningar. Those stay on the Användare page, where a
     * person is logged in.
     */
    private void checkKeyLimits(UserAccount caller, @Nullable UserAccount before, UserAccount after) {
        if (!currentUser.throughUserAdministrationKey()) {
            return;
        }
        boolean beyond =
                !KEY_ROLES.containsAll(after.roles()) || (before != null && !KEY_ROLES.containsAll(before.roles()));
        if (beyond) {
            throw new PermissionDeniedException(
                    caller.username(), "administer an administrator or an economist through a key");
        }
    }

    /** The roles an HR system's key may administer. */
    public static final Set<Role> KEY_ROLES = Set.copyOf(EnumSet.of(Role.CHEF, Role.POLITIKER));

    /** A stable text of a user account for the audit trail (no password, not even its hash). */
    static String describe(UserAccount user) {
        return "namn=" + user.displayName()
                + "; roller=" + sorted(user.roles().stream().map(Role::name))
                + "; enheter=" + sorted(user.units().stream().map(Object::toString))
                + "; nämnder=" + sorted(user.committees().stream().map(Object::toString))
                + "; aktiv=" + (user.enabled() ? "ja" : "nej")
                + "; e-post=" + (user.email() == null ? "" : user.email().value());
    }

    private static String sorted(Stream<String> values) {
        return values.sorted().collect(Collectors.joining(","));
    }
}
