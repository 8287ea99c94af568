package se.ekonomiuppfoljning.cycle;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.common.Problem;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.Unit;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.AccessScope;
import se.ekonomiuppfoljning.security.OutOfScopeException;
import se.ekonomiuppfoljning.security.PermissionDeniedException;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;

/**
 * Who may do what in the cycle, shared by the report and action services.
 * <ul>
 *     <li>Reading: anybody whose scope holds the unit (politicians too, read-only).</li>
 *     <li>Editing (texts, forecast, actions): a chief or economist whose chief/economist assignments hold the
 *     unit. A user who is also a politician gets no editing rights from their committees.</li>
 *     <li>Marking ready: a chief (role CHEF) whose assignments hold the unit.</li>
 *     <li>Reviewing (approve, send back, decide an operational action): a chief or economist whose assignments
 *     hold the unit's parent, i.e. somebody above the unit; so the chief of only that unit cannot approve their
 *     own. The root has no parent: its reports are reviewed by an economist whose scope holds the root (the
 *     ekonomichef), never by its own chief.</li>
 *     <li>Four eyes: a reviewer does not approve a report they last wrote (texts or forecast) or marked ready
 *     themselves (the kommundirektör is the chief of every unit, so this is what keeps them from approving their
 *     own work), and deciding an åtgärd is a reviewer's act (see {@code ActionService}).</li>
 *     <li>Texts: a reader who may not edit the unit (a politician) reads the month's texts (verksamhetsuppföljning
 *     with its status, analysis) only once the month is approved, and never the reviewer's send-back comment;
 *     the figures and the forecast stay visible. A case frozen for a meeting keeps what it was sent with.</li>
 * </ul>
 */
public final class CycleAccess {

    private static final DateTimeFormatter MONTH =
            DateTimeFormatter.ofPattern("MMMM yyyy", Locale.forLanguageTag("sv-SE"));

    private CycleAccess() {}

    /** The scope the user edits in: their chief and economist assignments only. */
    public static AccessScope editingScope(Organisation organisation, UserAccount user) {
        Set<Role> roles = user.roles().stream()
                .filter(r -> r == Role.CHEF || r == Role.EKONOM)
                .collect(Collectors.toSet());
        return AccessScope.resolve(
                organisation,
                new UserAccount(user.username(), user.displayName(), roles, user.units(), Set.of(), user.enabled()));
    }

    public static boolean mayEdit(UserAccount user) {
        return user.enabled() && (user.has(Role.CHEF) || user.has(Role.EKONOM));
    }

    /** Refuses a user without an editing role, then a unit outside their editing scope. */
    public static AccessScope requireEditor(
            Organisation organisation, UserAccount user, UnitCode unit, String operation) {
        if (!mayEdit(user)) {
            throw new PermissionDeniedException(user.username(), operation);
        }
        AccessScope scope = editingScope(organisation, user);
        scope.requireReadable(unit);
        return scope;
    }

    public static boolean mayEdit(Organisation organisation, UserAccount user, UnitCode unit) {
        return mayEdit(user) && editingScope(organisation, user).canRead(unit);
    }

    public static boolean mayMarkReady(Organisation organisation, UserAccount user, UnitCode unit) {
        return user.enabled()
                && user.has(Role.CHEF)
                && editingScope(organisation, user).canRead(unit);
    }

    public static boolean mayReview(Organisation organisation, UserAccount user, UnitCode unit) {
        if (!mayEdit(user)) {
            return false;
        }
        AccessScope scope = editingScope(organisation, user);
        Unit target = organisation.require(unit);
        if (target.parent() == null) {
            return user.has(Role.EKONOM) && scope.canRead(unit);
        }
        return scope.canRead(target.parent());
    }

    /** Refuses a reader outside the unit with {@link OutOfScopeException}, a non-reviewer with permission denied. */
    public static void requireReviewer(
            Organisation organisation, UserAccount user, AccessScope readScope, UnitCode unit, String operation) {
        readScope.requireReadable(unit);
        if (!mayReview(organisation, user, unit)) {
            throw new PermissionDeniedException(user.username(), operation);
        }
    }

    /**
     * Whether the user reads a unit's audit trail (the month's Ändringshistorik): a reviewer above the unit, or an
     * economist with the unit in their own scope.
     */
    public static boolean mayReadHistory(Organisation organisation, UserAccount user, UnitCode unit) {
        boolean economist = user.enabled()
                && user.has(Role.EKONOM)
                && editingScope(organisation, user).canRead(unit);
        return economist || mayReview(organisation, user, unit);
    }

    /**
     * Whether the user reads the texts of the unit's month in {@code state}: every editor of the unit (its chiefs,
     * the reviewers above it, its economists); other readers (politicians) once the month is approved.
     */
    public static boolean mayReadTexts(Organisation organisation, UserAccount user, UnitCode unit, ReportState state) {
        return state == ReportState.APPROVED || mayEdit(organisation, user, unit);
    }

    /**
     * Whether the user reads an åtgärd of the unit: every editor of the unit; other readers (politicians) once it
     * has been decided, or once the month it was raised in ({@code raisedInState}) is approved.
     */
    public static boolean mayReadAction(
            Organisation organisation, UserAccount user, UnitCode unit, boolean decided, ReportState raisedInState) {
        return decided || mayReadTexts(organisation, user, unit, raisedInState);
    }

    /**
     * Why the user may not approve the report although they review the unit (four eyes); empty when nothing stands
     * in the way. A ready report's {@code updatedBy} is the one who marked it ready: every save
     * turns a ready report back into a draft.
     */
    public static Optional<Problem> fourEyesRefusal(UserAccount user, UnitReport report) {
        if (!report.stored()) {
            return Optional.empty();
        }
        if (user.username().equals(report.writtenBy())) {
            return Optional.of(Problem.of(CycleProblem.FOUR_EYES_LAST_WRITER));
        }
        if (report.state() == ReportState.READY && user.username().equals(report.updatedBy())) {
            return Optional.of(Problem.of(CycleProblem.FOUR_EYES_MARKED_READY));
        }
        return Optional.empty();
    }

    /** "februari 2026". */
    public static String monthName(Period period) {
        return period.toYearMonth().format(MONTH);
    }
}
