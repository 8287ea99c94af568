package se.ekonomiuppfoljning.substitutes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.AuditEntry;
import se.ekonomiuppfoljning.common.AuditLog;
import se.ekonomiuppfoljning.common.RuleViolationException;
import se.ekonomiuppfoljning.security.CurrentUser;
import se.ekonomiuppfoljning.security.PermissionDeniedException;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.security.UserAccountRepository;

/**
 * Naming and ending ersättare. A chief names another chief to act for their own units from one day to another (both
 * inclusive, at most {@link #MAX_MONTHS} months, not begun in the past); an administrator may do it for any chief.
 * One ersättare at a time: a range overlapping one already named is refused (end that one first). Every naming and
 * ending is audited. The rules read the caller's stored account, never the one they act with today, so standing in
 * for somebody gives no right to hand their units on.
 */
public class SubstituteService {

    /** The kind of the audit entries; the subject is the substitution's id. */
    public static final String AUDIT_KIND = "SUBSTITUTE";
    /** The longest substitution, in months. */
    public static final int MAX_MONTHS = 6;

    private final SubstitutionRepository substitutions;
    private final UserAccountRepository users;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    /** @param clock its zone is the kommun's, in which the days begin and end */
    public SubstituteService(
            SubstitutionRepository substitutions,
            UserAccountRepository users,
            CurrentUser currentUser,
            AuditLog audit,
            Clock clock) {
        this.substitutions = substitutions;
        this.users = users;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the caller may name an ersättare for themselves: an enabled chief with units of their own. */
    public boolean mayNameMine() {
        return ActingAccounts.mayHandOver(stored(currentUser.require()));
    }

    /** The caller's own ersättare, now and to come, by first day. */
    public List<SubstitutionLine> myStandIns() {
        return lines(substitutions.ofChief(currentUser.require().username(), today()));
    }

    /**
     * A chief's ersättare, now and to come, by first day: for the chief themselves or an administrator (who names and
     * ends them on Användare).
     */
    public List<SubstitutionLine> standInsOf(String chief) {
        UserAccount caller = stored(currentUser.require());
        if (!caller.username().equals(chief) && !isAdministrator(caller)) {
            throw new PermissionDeniedException(caller.username(), "list the substitutes of " + chief);
        }
        return lines(substitutions.ofChief(chief, today()));
    }

    /** Whom the caller stands in for, now and to come, by first day. */
    public List<SubstitutionLine> whomIStandInFor() {
        return lines(substitutions.ofSubstitute(currentUser.require().username(), today()));
    }

    private List<SubstitutionLine> lines(List<Substitution> found) {
        return found.stream()
                .map(s -> new SubstitutionLine(s, nameOf(s.chief()), nameOf(s.substitute())))
                .toList();
    }

    private String nameOf(String username) {
        return users.findByUsername(username).map(UserAccount::displayName).orElse(username);
    }

    /**
     * The users a chief may name: enabled chiefs who are not economists, other than the caller, by name; names only
     * (no roles, units or addresses). Chiefs and administrators only.
     */
    public List<SubstituteCandidate> candidates() {
        UserAccount caller = stored(currentUser.require());
        if (!ActingAccounts.mayHandOver(caller) && !isAdministrator(caller)) {
            throw new PermissionDeniedException(caller.username(), "list possible substitutes");
        }
        return users.findAll().stream()
                .filter(ActingAccounts::mayStandIn)
                .filter(u -> !u.username().equals(caller.username()))
                .map(u -> new SubstituteCandidate(u.username(), u.displayName()))
                .sorted(Comparator.comparing(SubstituteCandidate::displayName)
                        .thenComparing(SubstituteCandidate::username))
                .toList();
    }

    /**
     * Names {@code substitute} as {@code chief}'s ersättare from {@code from} to {@code to}, both inclusive. The
     * caller is the chief, or an administrator.
     */
    public Substitution name(
            String chief, @Nullable String substitute, @Nullable LocalDate from, @Nullable LocalDate to) {
        UserAccount caller = stored(currentUser.require());
        if (!caller.username().equals(chief) && !isAdministrator(caller)) {
            throw new PermissionDeniedException(caller.username(), "name a substitute for " + chief);
        }
        UserAccount chiefAccount = users.findByUsername(chief)
                .filter(ActingAccounts::mayHandOver)
                .orElseThrow(() -> new RuleViolationException(SubstituteProblem.NOT_A_CHIEF, chief));
        if (substitute == null || substitute.isBlank()) {
            throw new RuleViolationException(SubstituteProblem.UNKNOWN_SUBSTITUTE, "");
        }
        UserAccount substituteAccount = users.findByUsername(substitute.strip())
                .filter(UserAccount::enabled)
                .orElseThrow(
                        () -> new RuleViolationException(SubstituteProblem.UNKNOWN_SUBSTITUTE, substitute.strip()));
        if (substituteAccount.username().equals(chiefAccount.username())) {
            throw new RuleViolationException(SubstituteProblem.SUBSTITUTE_IS_SELF);
        }
        if (substituteAccount.username().equals(caller.username())) {
            // An administrator who is also a chief would otherwise take another chief's whole scope for themselves.
            throw new RuleViolationException(SubstituteProblem.SUBSTITUTE_IS_CALLER, chiefAccount.username());
        }
        if (!ActingAccounts.mayStandIn(substituteAccount)) {
            throw new RuleViolationException(SubstituteProblem.SUBSTITUTE_NOT_ELIGIBLE, substituteAccount.username());
        }
        if (from == null || to == null) {
            throw new RuleViolationException(SubstituteProblem.RANGE_MISSING);
        }
        checkRange(from, to);
        for (Substitution existing : substitutions.ofChief(chiefAccount.username(), today())) {
            if (existing.overlaps(from, to)) {
                throw new RuleViolationException(
                        SubstituteProblem.OVERLAPS,
                        existing.substitute(),
                        existing.from().toString(),
                        existing.to().toString());
            }
        }
        Substitution named = substitutions.add(chiefAccount.username(), substituteAccount.username(), from, to);
        audit.record(new AuditEntry(
                caller.username(), clock.instant(), AUDIT_KIND, Long.toString(named.id()), null, named.describe()));
        return named;
    }

    /** Ends a substitution at once (whether begun or still to come): its chief, or an administrator. */
    public void end(long id) {
        UserAccount caller = stored(currentUser.require());
        Substitution substitution =
                substitutions.find(id).orElseThrow(() -> new RuleViolationException(SubstituteProblem.NOT_FOUND, id));
        if (!caller.username().equals(substitution.chief()) && !isAdministrator(caller)) {
            throw new PermissionDeniedException(caller.username(), "end the substitute " + id);
        }
        substitutions.remove(id);
        audit.record(new AuditEntry(
                caller.username(), clock.instant(), AUDIT_KIND, Long.toString(id), substitution.describe(), null));
    }

    private void checkRange(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new RuleViolationException(SubstituteProblem.RANGE_REVERSED, from.toString(), to.toString());
        }
        LocalDate today = today();
        if (from.isBefore(today)) {
            throw new RuleViolationException(SubstituteProblem.RANGE_IN_PAST, from.toString(), today.toString());
        }
        if (to.isAfter(from.plusMonths(MAX_MONTHS))) {
            throw new RuleViolationException(SubstituteProblem.RANGE_TOO_LONG, MAX_MONTHS);
        }
    }

    /** The caller's account as stored: without the units they reach today as somebody's ersättare. */
    private UserAccount stored(UserAccount caller) {
        return users.findByUsername(caller.username()).orElse(caller);
    }

    private static boolean isAdministrator(UserAccount user) {
        return user.enabled() && user.has(Role.ADMIN);
    }

    /** Today in the kommun's time zone, the first day a substitution may begin. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
