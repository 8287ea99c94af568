package se.ekonomiuppfoljning.apikeys;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.ekonomiuppfoljning.common.AuditEntry;
import se.ekonomiuppfoljning.common.AuditLog;
import se.ekonomiuppfoljning.common.RuleViolationException;
import se.ekonomiuppfoljning.security.CurrentUser;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.security.UserAccountRepository;

/**
 * API keys for integrations. An administrator creates a key for a user (a person or a service account), sees it
 * once and may revoke it; every change is audited, without the key. The API accepts a key with its owner's roles
 * and scope as they are at that moment, so a disabled owner's keys stop working at once.
 */
public class ApiKeyService {

    /** The audit trail's kind for a key; the subject is the key's id. */
    public static final String AUDIT_KIND = "API_KEY";

    static final int LABEL_MAX = 100;

    /** A key lives at most this long: an integration is looked at again at least every second year. */
    static final int MAX_YEARS = 2;

    /** The last-used time is written at most this often per key, so that a busy job does not write on every call. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final ApiKeyStore keys;
    private final UserAccountRepository users;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final ApiKeySecrets secrets;

    public ApiKeyService(
            ApiKeyStore keys, UserAccountRepository users, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this(keys, users, currentUser, audit, clock, new SecureRandom());
    }

    ApiKeyService(
            ApiKeyStore keys,
            UserAccountRepository users,
            CurrentUser currentUser,
            AuditLog audit,
            Clock clock,
            SecureRandom random) {
        this.keys = keys;
        this.users = users;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.secrets = new ApiKeySecrets(random);
    }

    /** Every key, newest first; administrators only. */
    public List<ApiKey> list() {
        currentUser.requireAdministrator("list API keys");
        return keys.all();
    }

    /** The users an integration key may be made for; administrators only. */
    public List<UserAccount> possibleOwners() {
        return possibleOwners(ApiKeyPurpose.INTEGRATION);
    }

    /**
     * The users a key of this purpose may be made for, by name: for the integration API every enabled user who is not
     * an administrator, for user administration every enabled administrator (a service account). Administrators only.
     */
    public List<UserAccount> possibleOwners(ApiKeyPurpose purpose) {
        currentUser.requireAdministrator("list API key owners");
        return users.findAll().stream()
                .filter(UserAccount::enabled)
                .filter(user -> user.has(Role.ADMIN) == (purpose == ApiKeyPurpose.USER_ADMINISTRATION))
                .sorted(Comparator.comparing(UserAccount::displayName).thenComparing(UserAccount::username))
                .toList();
    }

    /** Creates a key for the integration API; see {@link #create(ApiKeyPurpose, String, String, LocalDate)}. */
    public CreatedKey create(String owner, String label, LocalDate expiresOn) {
        return create(ApiKeyPurpose.INTEGRATION, owner, label, expiresOn);
    }

    /**
     * Creates a key of the purpose for the owner, valid to and including {@code expiresOn}; the returned secret is
     * shown once and never stored. An integration key's owner may not be an administrator; a user administration
     * key's owner must be one. Administrators only.
     */
    public CreatedKey create(ApiKeyPurpose purpose, String owner, String label, LocalDate expiresOn) {
        UserAccount caller = currentUser.requireAdministrator("create an API key");
        UserAccount account = users.findByUsername(owner)
                .orElseThrow(() -> new RuleViolationException(ApiKeyProblem.OWNER_NOT_FOUND, owner));
        if (!account.enabled()) {
            throw new RuleViolationException(ApiKeyProblem.OWNER_DISABLED, account.username());
        }
        if (purpose == ApiKeyPurpose.INTEGRATION && account.has(Role.ADMIN)) {
            // an administrator's rights (users, keys, the audit trail) are for a person at the page, never a job
            throw new RuleViolationException(ApiKeyProblem.OWNER_IS_ADMINISTRATOR, account.username());
        }
        if (purpose == ApiKeyPurpose.USER_ADMINISTRATION && !account.has(Role.ADMIN)) {
            // the key can never do more than its owner: administering users needs an administrator
            throw new RuleViolationException(ApiKeyProblem.OWNER_NOT_ADMINISTRATOR, account.username());
        }
        String name = label.strip();
        if (name.isEmpty()) {
            throw new RuleViolationException(ApiKeyProblem.LABEL_MISSING);
        }
        if (name.length() > LABEL_MAX) {
            throw new RuleViolationException(ApiKeyProblem.LABEL_TOO_LONG, LABEL_MAX);
        }
        LocalDate today = today();
        if (!expiresOn.isAfter(today)) {
            throw new RuleViolationException(ApiKeyProblem.EXPIRY_NOT_IN_FUTURE, expiresOn, today);
        }
        LocalDate latest = today.plusYears(MAX_YEARS);
        if (expiresOn.isAfter(latest)) {
            throw new RuleViolationException(ApiKeyProblem.EXPIRY_TOO_LATE, expiresOn, latest);
        }
        String secret = secrets.newSecret();
        String prefix = secret.substring(0, ApiKeySecrets.SHOWN);
        Instant now = clock.instant();
        long id = keys.add(
                account.username(),
                name,
                prefix,
                ApiKeySecrets.hash(secret),
                expiresOn,
                caller.username(),
                now,
                purpose);
        ApiKey created = keys.find(id).orElseThrow();
        audit.record(new AuditEntry(caller.username(), now, AUDIT_KIND, Long.toString(id), null, describe(created)));
        return new CreatedKey(created, secret);
    }

    /** Revokes a key at once; revoking a revoked key changes nothing. Administrators only. */
    public ApiKey revoke(long id) {
        UserAccount caller = currentUser.requireAdministrator("revoke an API key");
        ApiKey before = keys.find(id).orElseThrow(() -> new RuleViolationException(ApiKeyProblem.KEY_NOT_FOUND, id));
        Instant now = clock.instant();
        if (keys.revoke(id, now)) {
            ApiKey after = keys.find(id).orElseThrow();
            audit.record(new AuditEntry(
                    caller.username(), now, AUDIT_KIND, Long.toString(id), describe(before), describe(after)));
            return after;
        }
        return before;
    }

    /**
     * The owner of a presented key, when it is one of ours, not revoked, not expired and its owner is enabled; empty
     * otherwise, for every reason alike. Called by the API's authentication before anyone is logged in, so it asks
     * for no caller. Costs one SHA-256 and one indexed read; writes the last-used time at most once a minute.
     */
    public Optional<String> authenticate(String presented) {
        return accept(presented).map(AcceptedKey::owner);
    }

    /**
     * The owner and purpose of a presented key, as {@link #authenticate(String)} decides; the API's authentication
     * uses the purpose to say which doors the key opens.
     */
    public Optional<AcceptedKey> accept(String presented) {
        if (!ApiKeySecrets.looksLikeKey(presented)) {
            return Optional.empty();
        }
        Optional<ApiKey> found = keys.findByHash(ApiKeySecrets.hash(presented));
        if (found.isEmpty() || !found.get().validOn(today())) {
            return Optional.empty();
        }
        ApiKey key = found.get();
        Optional<UserAccount> owner = users.findByUsername(key.owner()).filter(UserAccount::enabled);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (key.lastUsedAt() == null || !key.lastUsedAt().plus(TOUCH_EVERY).isAfter(now)) {
            keys.touch(key.id(), now);
        }
        return Optional.of(new AcceptedKey(owner.get().username(), key.purpose()));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), STOCKHOLM);
    }

    /** The key in the audit trail: never the key, not even its hash. */
    static String describe(ApiKey key) {
        return "purpose=" + key.purpose()
                + "\nowner=" + key.owner()
                + "\nlabel=" + key.label().replace('\n', ' ')
                + "\nprefix=" + key.prefix()
                + "\nexpiresOn=" + key.expiresOn()
                + "\nrevokedAt=" + (key.revokedAt() == null ? "" : key.revokedAt());
    }
}
