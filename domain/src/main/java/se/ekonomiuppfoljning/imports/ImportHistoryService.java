package se.ekonomiuppfoljning.imports;

import java.time.Clock;
import java.util.List;
import se.ekonomiuppfoljning.common.AuditEntry;
import se.ekonomiuppfoljning.common.AuditLog;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.security.AccessScope;
import se.ekonomiuppfoljning.security.CurrentUser;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;

/**
 * The import history and the undo of an import: an administrator reads every import, an economist those that
 * touched a unit of their scope and undoes those. Undos are written to the audit trail.
 */
public class ImportHistoryService {

    /** The audit trail's entity of an undone import (id: the import's id). */
    public static final String AUDIT_IMPORT = "IMPORT";

    private final OrganisationRepository organisations;
    private final ImportRepository imports;
    private final AuditLog audit;
    private final ImportCaller access;
    private final Clock clock;

    public ImportHistoryService(
            OrganisationRepository organisations,
            ImportRepository imports,
            AuditLog audit,
            CurrentUser currentUser,
            Clock clock) {
        this.organisations = organisations;
        this.imports = imports;
        this.audit = audit;
        this.access = new ImportCaller(currentUser);
        this.clock = clock;
    }

    /**
     * The import history, newest first: an administrator sees every import, an economist those that touched a unit
     * of their scope.
     */
    public List<ImportRecord> history() {
        UserAccount caller = access.requireImporter();
        if (caller.has(Role.ADMIN)) {
            return imports.history();
        }
        AccessScope scope = AccessScope.resolve(organisations.load(), caller);
        return imports.history().stream()
                .filter(r -> imports.unitsOf(r.id()).stream().anyMatch(scope::canRead))
                .toList();
    }

    /** Undoes an import: puts back what it replaced. Only the latest import of its periods can be undone. */
    public void undo(long importId) {
        UserAccount caller = access.requireEconomist();
        ImportRecord record = imports.find(importId)
                .orElseThrow(() -> ImportCaller.refused("", ImportProblemCode.IMPORT_NOT_FOUND, importId));
        AccessScope scope = AccessScope.resolve(organisations.load(), caller);
        long outside = imports.unitsOf(importId).stream()
                .filter(u -> !scope.canRead(u))
                .count();
        if (outside > 0) {
            // The units outside the scope are not named: the caller may not read them.
            throw ImportCaller.refused("", ImportProblemCode.UNDO_OUTSIDE_SCOPE, record.fileName(), outside);
        }
        if (record.undone()) {
            throw ImportCaller.refused("", ImportProblemCode.UNDO_ALREADY_UNDONE, record.fileName());
        }
        if (imports.hasLaterImportOfSamePeriods(importId)) {
            throw ImportCaller.refused("", ImportProblemCode.UNDO_LATER_IMPORT, record.fileName());
        }
        imports.undo(importId);
        audit.record(new AuditEntry(
                caller.username(), clock.instant(), AUDIT_IMPORT, Long.toString(importId), describe(record), "ångrad"));
    }

    private static String describe(ImportRecord record) {
        return "fil=" + record.fileName() + "\ntyp=" + record.kind().name() + "\nperioder=" + record.periods()
                + "\nrader=" + record.rows() + "\nimporterad av=" + record.username() + "\nsha256=" + record.sha256();
    }
}
