package se.ekonomiuppfoljning.security;

import java.time.Clock;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.AuditEntry;
import se.ekonomiuppfoljning.common.AuditLog;
import se.ekonomiuppfoljning.common.RuleViolationException;

/**
 * What any logged-in user may do with their own account, and only with it: read it and choose the portal's
 * language. Every method acts on the caller; none takes a user name. A changed language is written to the audit
 * trail.
 */
public class OwnAccountService {

    private final CurrentUser currentUser;
    private final UserLanguages languages;
    private final AuditLog audit;
    private final Clock clock;

    public OwnAccountService(CurrentUser currentUser, UserLanguages languages, AuditLog audit, Clock clock) {
        this.currentUser = currentUser;
        this.languages = languages;
        this.audit = audit;
        this.clock = clock;
    }

    /** The caller's account: name, roles, units, committees. */
    public UserAccount myAccount() {
        return currentUser.require();
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
