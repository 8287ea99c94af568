package se.ekonomiuppfoljning.imports;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.AccessScope;
import se.ekonomiuppfoljning.security.CurrentUser;
import se.ekonomiuppfoljning.security.PermissionDeniedException;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;

/**
 * Who may call the import services, shared by them: an economist writes figures and the organisation, an
 * economist or an administrator reads the import records. Each public method of the services asks here itself.
 */
final class ImportCaller {

    private final CurrentUser currentUser;

    ImportCaller(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** Whether the caller may import figures and the organisation (an economist). */
    boolean mayImport() {
        UserAccount caller = currentUser.require();
        return caller.enabled() && caller.has(Role.EKONOM);
    }

    UserAccount current() {
        return currentUser.require();
    }

    /** Reads the import records (history, budget versions): an economist or an administrator. */
    UserAccount requireImporter() {
        UserAccount caller = currentUser.require();
        if (!caller.enabled() || !caller.has(Role.EKONOM) && !caller.has(Role.ADMIN)) {
            throw new PermissionDeniedException(caller.username(), "import");
        }
        return caller;
    }

    /** Writes figures or the organisation: an economist only (an administrator needs EKONOM too). */
    UserAccount requireEconomist() {
        UserAccount caller = currentUser.require();
        if (!caller.enabled() || !caller.has(Role.EKONOM)) {
            throw new PermissionDeniedException(caller.username(), "import figures or the organisation");
        }
        return caller;
    }

    /** Refuses units outside the caller's scope, naming them. */
    static void checkScope(UserAccount caller, Organisation organisation, Collection<UnitCode> units) {
        outsideScope(caller, organisation, units).ifPresent(problem -> {
            throw new ImportException(List.of(problem));
        });
    }

    /** The problem of units outside the caller's scope, naming them; empty when all are inside. */
    static Optional<ImportProblem> outsideScope(
            UserAccount caller, Organisation organisation, Collection<UnitCode> units) {
        AccessScope scope = AccessScope.resolve(organisation, caller);
        List<UnitCode> outside =
                units.stream().filter(u -> !scope.canRead(u)).sorted().toList();
        if (outside.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new ImportProblem("", 0, "ansvar", ImportProblemCode.UNITS_OUTSIDE_SCOPE, outside.toString()));
    }

    static ImportException refused(ParsedFile file, ImportProblemCode code, Object... arguments) {
        return refused(file.fileName(), code, arguments);
    }

    static ImportException refused(String fileName, ImportProblemCode code, Object... arguments) {
        return new ImportException(List.of(new ImportProblem(fileName, 0, "", code, arguments)));
    }
}
