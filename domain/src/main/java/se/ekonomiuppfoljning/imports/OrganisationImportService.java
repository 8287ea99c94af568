package se.ekonomiuppfoljning.imports;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import se.ekonomiuppfoljning.common.AuditEntry;
import se.ekonomiuppfoljning.common.AuditLog;
import se.ekonomiuppfoljning.organisation.Committee;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.organisation.Unit;
import se.ekonomiuppfoljning.security.CurrentUser;
import se.ekonomiuppfoljning.security.KommunWideAccess;
import se.ekonomiuppfoljning.security.UserAccount;

/**
 * Imports the organisation (units, their parents and committees) from a CSV: preview, then save. Only economists
 * import. The tree and the committee frames are changed by an economist whose scope is the whole kommun
 * ({@link KommunWideAccess}); an economist of a part of the kommun changes only units inside their part and leaves
 * every other row of the file as it is ({@link OrganisationPlan}). Organisation imports are written to the audit
 * trail.
 */
public class OrganisationImportService {

    /** The audit trail's entity of a unit changed by an organisation import (id: the unit code). */
    public static final String AUDIT_UNIT = "UNIT";
    /** The audit trail's entity of a committee created by an organisation import (id: the committee code). */
    public static final String AUDIT_COMMITTEE = "COMMITTEE";
    /** The audit trail's entity of an organisation import as a whole (id: the file name). */
    public static final String AUDIT_ORGANISATION_IMPORT = "ORGANISATION_IMPORT";

    private final OrganisationRepository organisations;
    private final AuditLog audit;
    private final ImportCaller access;
    private final Clock clock;

    public OrganisationImportService(
            OrganisationRepository organisations, AuditLog audit, CurrentUser currentUser, Clock clock) {
        this.organisations = organisations;
        this.audit = audit;
        this.access = new ImportCaller(currentUser);
        this.clock = clock;
    }

    /** Whether the caller may change the whole organisation (a whole-kommun economist), not only their part. */
    public boolean mayChangeWholeOrganisation() {
        return access.mayImport() && KommunWideAccess.isWholeKommunEconomist(organisations.load(), access.current());
    }

    /**
     * Reads the organisation CSV and saves it at once (the integration API): {@link #previewOrganisation} then
     * {@link #confirmOrganisation}.
     */
    public OrganisationImportResult importOrganisation(String fileName, InputStream in) {
        return confirmOrganisation(previewOrganisation(fileName, in));
    }

    /**
     * Reads the organisation CSV and says what saving it would do, saving nothing: new units, and for known ones
     * what changes (name, parent, committee). A committee code not yet known would be created with the code as its
     * name (a warning says so). A file that would not make a tree is refused here, every problem named.
     */
    public OrganisationPreview previewOrganisation(String fileName, InputStream in) {
        UserAccount caller = access.requireEconomist();
        List<Unit> units;
        try {
            units = OrganisationCsvReader.read(fileName, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (UncheckedIOException e) {
            throw ImportCaller.refused(fileName, ImportProblemCode.FILE_UNREADABLE, String.valueOf(e.getMessage()));
        }
        return OrganisationPlan.make(organisations.load(), caller, fileName, units, false);
    }

    /**
     * Saves a previewed organisation: new units are created, known ones get the file's name, parent and committee.
     * The plan is made again against the organisation as it is now, so a change made since the preview is not
     * overwritten blindly and the tree is checked again.
     */
    public OrganisationImportResult confirmOrganisation(OrganisationPreview preview) {
        UserAccount caller = access.requireEconomist();
        Organisation before = organisations.load();
        OrganisationPreview plan =
                OrganisationPlan.make(organisations.load(), caller, preview.fileName(), preview.fileUnits(), true);
        organisations.saveCommittees(plan.newCommittees());
        organisations.saveUnits(plan.unitsToSave());
        auditOrganisation(caller, before, plan);
        return new OrganisationImportResult(
                plan.fileUnits().size(),
                plan.created(),
                plan.fileUnits().size() - plan.created(),
                plan.newCommittees().stream().map(c -> c.code().value()).toList(),
                plan.warnings());
    }

    /**
     * One audit entry per created or changed unit and per created committee (before and after as text), and one for
     * the import as a whole, all under the caller's name.
     */
    private void auditOrganisation(UserAccount caller, Organisation before, OrganisationPreview plan) {
        Instant now = clock.instant();
        for (Committee committee : plan.newCommittees()) {
            audit.record(new AuditEntry(
                    caller.username(),
                    now,
                    AUDIT_COMMITTEE,
                    committee.code().value(),
                    null,
                    "namn=" + committee.name() + "\növerordnad="
                            + (committee.parent() == null
                                    ? ""
                                    : committee.parent().value()) + "\nfil=" + plan.fileName()));
        }
        for (Unit after : plan.unitsToSave()) {
            Unit stored = before.unit(after.code()).orElse(null);
            String was = stored == null ? null : describe(stored);
            String now2 = describe(after);
            if (!now2.equals(was)) {
                audit.record(new AuditEntry(
                        caller.username(),
                        now,
                        AUDIT_UNIT,
                        after.code().value(),
                        was,
                        now2 + "\nfil=" + plan.fileName()));
            }
        }
        String id = plan.fileName().length() > 100
                ? plan.fileName().substring(0, 100)
                : plan.fileName(); // the column's width
        audit.record(new AuditEntry(
                caller.username(),
                now,
                AUDIT_ORGANISATION_IMPORT,
                id,
                null,
                "enheter=" + plan.fileUnits().size() + "\nnya=" + plan.created() + "\nändrade=" + plan.changed()
                        + "\nnya nämnder="
                        + plan.newCommittees().stream()
                                .map(c -> c.code().value())
                                .toList()));
    }

    private static String describe(Unit unit) {
        return "namn=" + unit.name() + "\nkortnamn=" + Objects.toString(unit.shortName(), "")
                + "\növerordnad=" + (unit.parent() == null ? "" : unit.parent().value())
                + "\nnämnd=" + (unit.committee() == null ? "" : unit.committee().value());
    }

    /** What an organisation import did. */
    public record OrganisationImportResult(
            int units, int created, int updated, List<String> newCommittees, List<ImportProblem> warnings) {}
}
