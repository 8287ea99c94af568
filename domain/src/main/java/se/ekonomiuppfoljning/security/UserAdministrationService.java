package se.ekonomiuppfoljning.security;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Use cases of the administrator. Every change of a user is written to the audit trail: who, when, before, after. */
public class UserAdministrationService {

    private final UserAccountRepository users;
    private final CurrentUser currentUser;
    private final SecurityAudit audit;
    private final Clock clock;

    public UserAdministrationService(
            UserAccountRepository users, CurrentUser currentUser, SecurityAudit audit, Clock clock) {
        this.users = users;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every user with roles and scope assignments; administrators only. */
    public List<UserAccount> listUsers() {
        requireAdministrator("list users");
        return users.findAll().stream()
                .sorted(Comparator.comparing(UserAccount::username))
                .toList();
    }

    /**
     * Sets the user's e-mail address, where the portal's reminders go; an empty text removes it. Administrators
     * only; an address that is not valid is refused with {@link InvalidUserDataException} saying why.
     */
    public UserAccount changeEmail(String username, @Nullable String address) {
        UserAccount caller = requireAdministrator("change a user's e-mail address");
        UserAccount user = users.findByUsername(username)
                .orElseThrow(() -> new InvalidUserDataException(SecurityProblem.USER_NOT_FOUND, username));
        String typed = address == null ? "" : address.strip();
        UserAccount changed = user.withEmail(typed.isEmpty() ? null : EmailAddress.parse(typed));
        save(caller, user, changed);
        return changed;
    }

    /** Stores a changed user, keeping the password, and writes the change to the audit trail. */
    private void save(UserAccount caller, UserAccount before, UserAccount after) {
        users.save(after, users.passwordHashOf(before.username()).orElseThrow());
        String beforeText = describe(before);
        String afterText = describe(after);
        if (!beforeText.equals(afterText)) {
            audit.record(
                    caller.username(), clock.instant(), SecurityAudit.USER, after.username(), beforeText, afterText);
        }
    }

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

    private UserAccount requireAdministrator(String operation) {
        UserAccount caller = currentUser.require();
        if (!caller.enabled() || !caller.has(Role.ADMIN)) {
            throw new PermissionDeniedException(caller.username(), operation);
        }
        return caller;
    }
}
