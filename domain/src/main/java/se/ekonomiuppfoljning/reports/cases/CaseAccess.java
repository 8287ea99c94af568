package se.ekonomiuppfoljning.reports.cases;

import java.util.List;
import java.util.Set;
import se.ekonomiuppfoljning.common.Problem;
import se.ekonomiuppfoljning.cycle.CycleAccess;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.AccessScope;
import se.ekonomiuppfoljning.security.CurrentUser;
import se.ekonomiuppfoljning.security.PermissionDeniedException;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;

/**
 * Who reads and who changes a case, for every case service: everyone with the case's node in scope reads it (chiefs,
 * economists, politicians of the committee the node reports to); only an enabled economist with the node among their
 * own units' scope changes it.
 */
final class CaseAccess {

    private final OrganisationRepository organisations;
    private final CaseRepository cases;
    private final CurrentUser currentUser;

    CaseAccess(OrganisationRepository organisations, CaseRepository cases, CurrentUser currentUser) {
        this.organisations = organisations;
        this.cases = cases;
        this.currentUser = currentUser;
    }

    /** The cases whose node the caller may read, newest period first. */
    List<ReportCase> readableCases() {
        AccessScope scope = scope(currentUser.require());
        if (scope.isEmpty()) {
            return List.of();
        }
        return cases.findByNodes(scope.visibleUnits());
    }

    /** The case, if the caller may read its node. */
    ReportCase readable(long id) {
        ReportCase found = cases.find(id).orElseThrow(() -> new CaseNotFoundException(id));
        scope(currentUser.require()).requireReadable(found.node());
        return found;
    }

    boolean canEdit(ReportCase reportCase) {
        UserAccount user = currentUser.require();
        return user.enabled() && user.has(Role.EKONOM) && editingScope(user).canRead(reportCase.node());
    }

    /**
     * The nodes where the caller may create and change cases: an enabled economist's own units and everything below
     * them; none for anybody else, nor for the first administrator, who reads the whole organisation but edits
     * nothing there.
     */
    Set<UnitCode> creatableNodes() {
        UserAccount user = currentUser.require();
        if (!user.enabled() || !user.has(Role.EKONOM)) {
            return Set.of();
        }
        return editingScope(user).visibleUnits();
    }

    /** The caller, if they may change cases of the node. */
    UserAccount requireEditor(UnitCode node) {
        UserAccount user = currentUser.require();
        scope(user).requireReadable(node);
        if (!user.enabled() || !user.has(Role.EKONOM)) {
            throw new PermissionDeniedException(user.username(), "change a follow-up case");
        }
        editingScope(user).requireReadable(node);
        return user;
    }

    AccessScope scope(UserAccount user) {
        return AccessScope.resolve(organisations.load(), user);
    }

    /**
     * Where the user may change cases: their own units only, as for the monthly reports. The first administrator
     * reads the whole organisation ({@link AccessScope#isWholeOrganisationEconomist}) but edits nothing there.
     */
    private AccessScope editingScope(UserAccount user) {
        return CycleAccess.editingScope(organisations.load(), user);
    }

    /** The case as its problems name it: its number, or its title in quotes while it has none. */
    static Problem title(ReportCase reportCase) {
        return Problem.of(
                CaseProblem.CASE_TITLE,
                reportCase.caseNumber().isBlank() ? "\u201D" + reportCase.title() + "\u201D" : reportCase.caseNumber());
    }

    /** "Allmänna utskottet" → "allmänna utskottet" inside a sentence. */
    static String inText(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
