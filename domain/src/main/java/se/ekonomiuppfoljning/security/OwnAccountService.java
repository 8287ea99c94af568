package se.ekonomiuppfoljning.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.AuditEntry;
import se.ekonomiuppfoljning.common.AuditLog;
import se.ekonomiuppfoljning.common.RuleViolationException;

/**
 * What any logged-in user may do with their own account, and only with it: read it, choose the portal's language
 * and, for a local account (not the directory's), change the password. Every method acts on the caller; none takes a
 * user name. A changed language or password is written to the audit trail (a password without any of it).
 */
public class OwnAccountService {

    private final CurrentUser currentUser;
    private final UserLanguages languages;
    private final AuditLog audit;
    private final Clock clock;
    private final UserAccountRepository users;
    private final PasswordHasher hasher;
    private final PasswordVerifier verifier;
    private final AccountOrigin origin;
    private final OwnSessions sessions;
    private final WrongCurrentPasswords wrongCurrent = new WrongCurrentPasswords();

    public OwnAccountService(
            CurrentUser currentUser,
            UserLanguages languages,
            AuditLog audit,
            Clock clock,
            UserAccountRepository users,
            PasswordHasher hasher,
            PasswordVerifier verifier,
            AccountOrigin origin) {
        this(currentUser, languages, audit, clock, users, hasher, verifier, origin, OwnSessions.NONE);
    }

    public OwnAccountService(
            CurrentUser currentUser,
            UserLanguages languages,
            AuditLog audit,
            Clock clock,
            UserAccountRepository users,
            PasswordHasher hasher,
            PasswordVerifier verifier,
            AccountOrigin origin,
            OwnSessions sessions) {
        this.sessions = sessions;
        this.currentUser = currentUser;
        this.languages = languages;
        this.audit = audit;
        this.clock = clock;
        this.users = users;
        this.hasher = hasher;
        this.verifier = verifier;
        this.origin = origin;
    }

    /**
     * The caller's account as stored: name, roles, units, committees, e-mail (without the units they reach today as
     * somebody's ersättare, which the substitutes show).
     */
    public UserAccount myAccount() {
        UserAccount caller = currentUser.require();
        return users.findByUsername(caller.username()).orElse(caller);
    }

    /** Whether the caller's password is the portal's to change: a local account, not the directory's. */
    public boolean mayChangeMyPassword() {
        return !origin.isDirectoryAccount(currentUser.require().username());
    }

    /**
     * Changes the caller's password: the current one must be right, the new one given twice alike and keep to
     * {@link PasswordRules}. The old password stops working at once (the login's remembered checks compare the
     * stored hash), and every other session of the caller ends ({@link OwnSessions}). Audited without any password or hash. A wrong current password is audited too, and after
     * {@link WrongCurrentPasswords#LIMIT} of them within {@link WrongCurrentPasswords#WINDOW} the account's further
     * attempts are refused unchecked until the oldest of them is that old.
     */
    public void changeMyPassword(String current, String newPassword, String repeated) {
        UserAccount caller = myAccount();
        if (origin.isDirectoryAccount(caller.username())) {
            throw new InvalidUserDataException(SecurityProblem.PASSWORD_OF_DIRECTORY_ACCOUNT);
        }
        Instant now = clock.instant();
        Optional<Duration> blocked = wrongCurrent.blocked(caller.username(), now);
        if (blocked.isPresent()) {
            long minutes = (blocked.get().toSeconds() + 59) / 60;
            throw new InvalidUserDataException(SecurityProblem.PASSWORD_ATTEMPTS_BLOCKED, minutes);
        }
        String stored = users.passwordHashOf(caller.username()).orElse("");
        if (stored.isEmpty() || !verifier.matches(current, stored)) {
            wrongCurrent.failed(caller.username(), now);
            audit.record(new AuditEntry(
                    caller.username(),
                    now,
                    SecurityAudit.USER,
                    caller.username(),
                    "password=(earlier)",
                    "password=(unchanged: wrong current password)"));
            throw new WrongCurrentPasswordException();
        }
        wrongCurrent.clear(caller.username());
        if (!newPassword.equals(repeated)) {
            throw new InvalidUserDataException(SecurityProblem.PASSWORD_REPEAT_DIFFERS);
        }
        PasswordRules.check(caller.username(), newPassword);
        String hash = hasher.hash(newPassword);
        users.save(caller, hash);
        // every other session of the caller ends at its next request; this one goes on
        sessions.keepThisSessionOnly(caller.username(), hash);
        audit.record(new AuditEntry(
                caller.username(),
                clock.instant(),
                SecurityAudit.USER,
                caller.username(),
                "password=(earlier)",
                "password=(changed)"));
    }

    /** The language the caller has chosen, Swedish when none. */
    public Language myLanguage() {
        return languages.languageOf(currentUser.require().username());
    }

    /**
     * Sets the caller's language, from their next page on and at every later login. No language (a cleared
     * choice) is refused with {@link SecurityProblem#UNKNOWN_LANGUAGE}; the same language again changes nothing.
     */
    public Language changeMyLanguage(@Nullable Language language) {
        UserAccount caller = currentUser.require();
        if (language == null) {
            throw new RuleViolationException(SecurityProblem.UNKNOWN_LANGUAGE, "");
        }
        Language before = languages.languageOf(caller.username());
        if (before != language) {
            languages.setLanguage(caller.username(), language);
            audit.record(new AuditEntry(
                    caller.username(),
                    clock.instant(),
                    SecurityAudit.USER,
                    caller.username(),
                    describe(before),
                    describe(language)));
        }
        return language;
    }

    /** The language as the audit trail shows it. */
    static String describe(Language language) {
        return "language=" + language.code();
    }
}
