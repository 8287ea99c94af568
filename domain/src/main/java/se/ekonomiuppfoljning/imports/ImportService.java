package se.ekonomiuppfoljning.imports;

import static java.util.Objects.requireNonNull;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.AuditEntry;
import se.ekonomiuppfoljning.common.AuditLog;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.common.Problem;
import se.ekonomiuppfoljning.followup.AmountLine;
import se.ekonomiuppfoljning.imports.ImportPreview.UnitComparison;
import se.ekonomiuppfoljning.imports.ImportPreview.UnknownUnit;
import se.ekonomiuppfoljning.organisation.Account;
import se.ekonomiuppfoljning.organisation.Committee;
import se.ekonomiuppfoljning.organisation.CommitteeCode;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.organisation.Unit;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.AccessScope;
import se.ekonomiuppfoljning.security.CurrentUser;
import se.ekonomiuppfoljning.security.KommunWideAccess;
import se.ekonomiuppfoljning.security.PermissionDeniedException;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;

/**
 * Imports from the ledger: read and preview a file (nothing saved), then save it whole. Only economists import
 * (figures, undo, the organisation), each for the units of their scope; an administrator without EKONOM reads the
 * history and the budget versions but writes no figures. The organisation's tree and committee frames are changed
 * by an economist whose scope is the whole kommun ({@link KommunWideAccess}); an economist of a part of the kommun
 * changes only units inside their part and leaves every other row of the file as it is. All-or-nothing comes from
 * the one transaction around each service call: a refusal anywhere saves nothing. Organisation imports and undos
 * are written to the audit trail.
 */
public class ImportService {

    /** The audit trail's entity of a unit changed by an organisation import (id: the unit code). */
    public static final String AUDIT_UNIT = "UNIT";
    /** The audit trail's entity of a committee created by an organisation import (id: the committee code). */
    public static final String AUDIT_COMMITTEE = "COMMITTEE";
    /** The audit trail's entity of an organisation import as a whole (id: the file name). */
    public static final String AUDIT_ORGANISATION_IMPORT = "ORGANISATION_IMPORT";
    /** The audit trail's entity of an undone import (id: the import's id). */
    public static final String AUDIT_IMPORT = "IMPORT";

    private final OrganisationRepository organisations;
    private final ImportRepository imports;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final long maxBytes;

    public ImportService(
            OrganisationRepository organisations,
            ImportRepository imports,
            AuditLog audit,
            CurrentUser currentUser,
            Clock clock,
            long maxBytes) {
        this.organisations = organisations;
        this.imports = imports;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /** Whether the caller may import figures and the organisation (an economist); the page hides the upload else. */
    public boolean mayImport() {
        UserAccount caller = currentUser.require();
        return caller.enabled() && caller.has(Role.EKONOM);
    }

    /** Whether the caller may change the whole organisation (a whole-kommun economist), not only their part. */
    public boolean mayChangeWholeOrganisation() {
        UserAccount caller = currentUser.require();
        return mayImport() && KommunWideAccess.isWholeKommunEconomist(organisations.load(), caller);
    }

    /** Reads the file and tells what saving it would do. Saves nothing. */
    public ImportPreview preview(String fileName, ImportKind kind, InputStream in, LongConsumer progress) {
        UserAccount caller = requireEconomist();
        ParsedFile file = FileReaders.read(fileName, kind, in, maxBytes, progress);
        if (file.actuals().isEmpty() && file.budget().isEmpty()) {
            throw refused(file, ImportProblemCode.NO_UNIT_AMOUNTS);
        }
        Organisation organisation = organisations.load();
        checkKommun(file);
        checkBudgetYear(file);
        file = checkAccounts(file);
        checkAmounts(file);
        List<UnknownUnit> unknown = new ArrayList<>();
        Set<UnitCode> known = new TreeSet<>();
        for (UnitCode unit : file.units()) {
            if (organisation.unit(unit).isPresent()) {
                known.add(unit);
            } else {
                unknown.add(
                        new UnknownUnit(unit, file.unitNames().getOrDefault(unit, unit.value()), file.lineOf(unit)));
            }
        }
        checkScope(caller, organisation, known);
        Set<Period> periods = file.actualPeriods();
        Integer budgetYear = file.budgetYear().orElse(null);
        Map<UnitCode, BigDecimal> currentActual = periods.isEmpty() ? Map.of() : imports.actualTotals(known, periods);
        Map<UnitCode, BigDecimal> currentBudget =
                budgetYear == null ? Map.of() : imports.budgetTotals(known, budgetYear);
        Map<UnitCode, BigDecimal> fileActual = sumByUnit(file.actuals());
        Map<UnitCode, BigDecimal> fileBudget = sumByUnit(file.budget());
        List<UnitComparison> comparisons = new ArrayList<>();
        for (UnitCode unit : file.units()) {
            String name = organisation
                    .unit(unit)
                    .map(Unit::name)
                    .orElse(file.unitNames().getOrDefault(unit, unit.value()));
            comparisons.add(new UnitComparison(
                    unit,
                    name,
                    known.contains(unit),
                    fileActual.getOrDefault(unit, BigDecimal.ZERO),
                    currentActual.getOrDefault(unit, BigDecimal.ZERO),
                    fileBudget.getOrDefault(unit, BigDecimal.ZERO),
                    currentBudget.getOrDefault(unit, BigDecimal.ZERO)));
        }
        return new ImportPreview(file, periods, budgetYear, comparisons, accountTotals(file), unknown);
    }

    /**
     * Saves a previewed file: places unknown units under the chosen parents, sets the kommun's identity on the
     * first import, replaces the actuals of every (unit, month) of the file's periods and the year's budget of
     * its units (keeping the earlier budget as a version), and writes the history.
     */
    public ImportRecord confirm(ImportPreview preview, Map<UnitCode, UnitCode> placements) {
        UserAccount caller = requireEconomist();
        ParsedFile file = preview.file();
        Organisation organisation = organisations.load();
        checkKommun(file);
        List<ImportProblem> problems = new ArrayList<>();
        List<Unit> newUnits = new ArrayList<>();
        for (UnknownUnit unknown : preview.unknownUnits()) {
            UnitCode parent = placements.get(unknown.code());
            if (parent == null) {
                problems.add(new ImportProblem(
                        file.fileName(),
                        unknown.line(),
                        "ansvar",
                        ImportProblemCode.UNIT_TO_PLACE,
                        unknown.code().value(),
                        unknown.name()));
            } else if (organisation.unit(parent).isEmpty()) {
                problems.add(new ImportProblem(
                        file.fileName(),
                        unknown.line(),
                        "ansvar",
                        ImportProblemCode.PLACEMENT_PARENT_UNKNOWN,
                        parent.value(),
                        unknown.code().value()));
            } else {
                checkScope(caller, organisation, Set.of(parent));
                newUnits.add(new Unit(unknown.code(), unknown.name(), null, parent, null, 1000));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
        checkScope(
                caller,
                organisation,
                preview.units().stream()
                        .filter(UnitComparison::known)
                        .map(UnitComparison::unit)
                        .collect(Collectors.toSet()));
        if (imports.kommun().isEmpty() && file.companyName() != null && file.organisationNumber() != null) {
            imports.saveKommun(new KommunIdentity(file.companyName(), file.organisationNumber()));
        }
        saveAccounts(file);
        if (!newUnits.isEmpty()) {
            organisations.saveUnits(newUnits);
        }
        String periodsText = describe(preview);
        long id = imports.startImport(new ImportRecord(
                0,
                caller.username(),
                clock.instant(),
                file.fileName(),
                file.sha256(),
                file.kind(),
                periodsText,
                file.actuals().size() + file.budget().size(),
                "sparad",
                false));
        if (!file.actuals().isEmpty()) {
            imports.replaceActuals(id, unitsOf(file.actuals()), preview.periods(), file.actuals());
        }
        if (!file.budget().isEmpty() && preview.budgetYear() != null) {
            String version = "Före import av " + file.fileName() + " "
                    + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                            .withZone(ZoneId.of("Europe/Stockholm"))
                            .format(clock.instant());
            imports.replaceBudget(
                    id, preview.budgetYear(), unitsOf(file.budget()), file.budget(), version, caller.username());
        }
        return imports.find(id).orElseThrow();
    }

    /** Reads and saves in one step, for the integration API: refused when the file has unknown unit codes. */
    public Imported importFile(String fileName, ImportKind kind, InputStream in) {
        ImportPreview preview = preview(fileName, kind, in, bytes -> {});
        if (preview.needsPlacement()) {
            throw new ImportException(preview.unknownUnits().stream()
                    .map(u -> new ImportProblem(
                            fileName,
                            u.line(),
                            "ansvar",
                            ImportProblemCode.UNIT_UNKNOWN_IMPORT_ORGANISATION_FIRST,
                            u.code().value(),
                            u.name()))
                    .toList());
        }
        return new Imported(
                confirm(preview, Map.of()),
                List.copyOf(preview.file().units()),
                preview.file().warnings());
    }

    /** A saved import, the units it saved figures for (sorted) and the warnings its file gave. */
    public record Imported(ImportRecord record, List<UnitCode> units, List<ImportProblem> warnings) {}

    /**
     * The import history, newest first: an administrator sees every import, an economist those that touched a unit
     * of their scope.
     */
    public List<ImportRecord> history() {
        UserAccount caller = requireImporter();
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
        UserAccount caller = requireEconomist();
        ImportRecord record =
                imports.find(importId).orElseThrow(() -> refused("", ImportProblemCode.IMPORT_NOT_FOUND, importId));
        AccessScope scope = AccessScope.resolve(organisations.load(), caller);
        long outside = imports.unitsOf(importId).stream()
                .filter(u -> !scope.canRead(u))
                .count();
        if (outside > 0) {
            // The units outside the scope are not named: the caller may not read them.
            throw refused("", ImportProblemCode.UNDO_OUTSIDE_SCOPE, record.fileName(), outside);
        }
        if (record.undone()) {
            throw refused("", ImportProblemCode.UNDO_ALREADY_UNDONE, record.fileName());
        }
        if (imports.hasLaterImportOfSamePeriods(importId)) {
            throw refused("", ImportProblemCode.UNDO_LATER_IMPORT, record.fileName());
        }
        imports.undo(importId);
        audit.record(new AuditEntry(
                caller.username(), clock.instant(), AUDIT_IMPORT, Long.toString(importId), describe(record), "ångrad"));
    }

    private static String describe(ImportRecord record) {
        return "fil=" + record.fileName() + "\ntyp=" + record.kind().name() + "\nperioder=" + record.periods()
                + "\nrader=" + record.rows() + "\nimporterad av=" + record.username() + "\nsha256=" + record.sha256();
    }

    /**
     * The earlier budgets of a year, newest first: the versions kept by imports that touched a unit of the caller's
     * scope (as in the history), each totalled over the units of their scope only. An administrator without EKONOM
     * reads no figures, so no version.
     */
    public List<BudgetVersion> budgetVersions(int year) {
        UserAccount caller = requireImporter();
        List<BudgetVersion> versions = imports.budgetVersions(year);
        // An administrator without EKONOM reads no figures: their scope is empty, so they see no version.
        AccessScope scope = AccessScope.resolve(organisations.load(), caller);
        List<BudgetVersion> visible = new ArrayList<>();
        for (BudgetVersion version : versions) {
            if (imports.unitsOf(version.importId()).stream().anyMatch(scope::canRead)) {
                Map<UnitCode, BigDecimal> totals = inScope(imports.budgetVersionTotals(version.id()), scope);
                visible.add(new BudgetVersion(
                        version.id(),
                        version.importId(),
                        version.year(),
                        version.name(),
                        version.createdAt(),
                        version.createdBy(),
                        totals.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)));
            }
        }
        return visible;
    }

    /**
     * An earlier budget beside the current one, per unit of the version (annual totals in kronor); for an economist
     * only the units of their scope.
     */
    public List<BudgetComparison> compareBudgetVersion(BudgetVersion version) {
        UserAccount caller = requireImporter();
        Organisation organisation = organisations.load();
        Map<UnitCode, BigDecimal> stored = imports.budgetVersionTotals(version.id());
        Map<UnitCode, BigDecimal> earlier = inScope(stored, AccessScope.resolve(organisation, caller));
        Map<UnitCode, BigDecimal> current = imports.budgetTotals(earlier.keySet(), version.year());
        return earlier.keySet().stream()
                .sorted()
                .map(unit -> new BudgetComparison(
                        unit,
                        organisation.unit(unit).map(Unit::name).orElse(unit.value()),
                        requireNonNull(earlier.get(unit)),
                        current.getOrDefault(unit, BigDecimal.ZERO)))
                .toList();
    }

    private static Map<UnitCode, BigDecimal> inScope(Map<UnitCode, BigDecimal> byUnit, AccessScope scope) {
        Map<UnitCode, BigDecimal> result = new HashMap<>(byUnit);
        result.keySet().retainAll(scope.visibleUnits());
        return result;
    }

    /** One unit's annual budget in an earlier version and now. */
    public record BudgetComparison(UnitCode unit, String name, BigDecimal version, BigDecimal current) {

        public BigDecimal change() {
            return current.subtract(version);
        }
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
        UserAccount caller = requireEconomist();
        List<Unit> units;
        try {
            units = OrganisationCsvReader.read(fileName, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (UncheckedIOException e) {
            throw refused(fileName, ImportProblemCode.FILE_UNREADABLE, String.valueOf(e.getMessage()));
        }
        return plan(caller, fileName, units, false);
    }

    /**
     * Saves a previewed organisation: new units are created, known ones get the file's name, parent and committee.
     * The plan is made again against the organisation as it is now, so a change made since the preview is not
     * overwritten blindly and the tree is checked again.
     */
    public OrganisationImportResult confirmOrganisation(OrganisationPreview preview) {
        UserAccount caller = requireEconomist();
        Organisation before = organisations.load();
        OrganisationPreview plan = plan(caller, preview.fileName(), preview.fileUnits(), true);
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
        java.time.Instant now = clock.instant();
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

    /** @param saving words the warnings as done ("skapades") rather than to be done ("skapas") */
    private OrganisationPreview plan(UserAccount caller, String fileName, List<Unit> units, boolean saving) {
        Organisation current = organisations.load();
        boolean wholeKommun = KommunWideAccess.isWholeKommunEconomist(current, caller);
        AccessScope scope = AccessScope.resolve(current, caller);
        List<ImportProblem> warnings = new ArrayList<>();
        Map<CommitteeCode, Committee> committees = new LinkedHashMap<>();
        current.committees().forEach(c -> committees.put(c.code(), c));
        List<Committee> newCommittees = new ArrayList<>();
        for (Unit unit : units) {
            if (unit.committee() != null && !committees.containsKey(unit.committee())) {
                Committee created =
                        new Committee(unit.committee(), unit.committee().value(), null);
                committees.put(created.code(), created);
                newCommittees.add(created);
                warnings.add(new ImportProblem(
                        fileName,
                        unit.sortOrder() + 1,
                        ImportColumns.COMMITTEE,
                        saving
                                ? OrganisationImportProblem.COMMITTEE_CREATED
                                : OrganisationImportProblem.COMMITTEE_TO_BE_CREATED,
                        unit.committee().value()));
            }
        }
        Map<UnitCode, Unit> merged = new LinkedHashMap<>();
        current.units().forEach(u -> merged.put(u.code(), u));
        List<OrganisationPreview.Change> changes = new ArrayList<>();
        int created = 0;
        for (Unit unit : units) {
            Unit before = merged.get(unit.code());
            Unit after = new Unit(
                    unit.code(),
                    unit.name(),
                    unit.shortName() != null ? unit.shortName() : before == null ? null : before.shortName(),
                    unit.parent(),
                    unit.committee(),
                    unit.sortOrder());
            if (before == null) {
                created++;
            }
            OrganisationPreview.Change change = OrganisationPreview.Change.between(before, after);
            changes.add(change);
            if (!wholeKommun
                    && before != null
                    && change.kind() == OrganisationPreview.Kind.UNCHANGED
                    && !scope.canRead(unit.code())) {
                after = before; // another scope's unit, listed unchanged: kept as stored, its place among siblings too
            }
            merged.put(unit.code(), after);
        }
        Map<UnitCode, Integer> lines = new HashMap<>();
        units.forEach(u -> lines.put(u.code(), u.sortOrder() + 1)); // the reader numbers a unit by its line
        checkTree(fileName, merged, lines);
        Organisation planned = new Organisation(committees.values(), merged.values()); // the model's guard too
        if (!wholeKommun) {
            checkWithinScope(fileName, current, planned, scope, units, newCommittees);
        }
        return new OrganisationPreview(
                fileName,
                List.copyOf(units),
                units.stream().map(u -> merged.get(u.code())).toList(),
                List.copyOf(newCommittees),
                List.copyOf(changes),
                created,
                List.copyOf(warnings));
    }

    /**
     * The rule for an economist whose scope is not the whole kommun: every row of the file that changes something
     * changes a unit inside their scope (name, short name), a move stays inside the scope (from a parent in it to a
     * parent in it, never the topmost units of the scope themselves), a new unit lies below a unit of the scope, and
     * no unit changes the committee whose frame it counts in (nor is a new or moved unit placed under a unit of
     * another committee: that would list it in that committee's reports); no new committee is created. Every problem
     * is named at the file's line, as a problem.
     */
    private static void checkWithinScope(
            String fileName,
            Organisation current,
            Organisation planned,
            AccessScope scope,
            List<Unit> rows,
            List<Committee> newCommittees) {
        Set<CommitteeCode> created = newCommittees.stream().map(Committee::code).collect(Collectors.toSet());
        Map<UnitCode, ImportProblem> problems = new LinkedHashMap<>();
        Map<UnitCode, Integer> lines = new HashMap<>();
        for (Unit row : rows) {
            int line = row.sortOrder() + 1;
            lines.put(row.code(), line);
            UnitCode code = row.code();
            Unit after = planned.require(code);
            Optional<Unit> stored = current.unit(code);
            if (row.committee() != null && created.contains(row.committee())) {
                problems.putIfAbsent(
                        code,
                        new ImportProblem(
                                fileName,
                                line,
                                ImportColumns.COMMITTEE,
                                OrganisationImportProblem.NEW_COMMITTEE_OUTSIDE_SCOPE,
                                code.value(),
                                row.committee().value()));
                continue;
            }
            if (stored.isEmpty()) {
                UnitCode anchor = storedAncestor(current, planned, code);
                if (anchor == null || !scope.canRead(anchor)) {
                    problems.putIfAbsent(
                            code,
                            new ImportProblem(
                                    fileName,
                                    line,
                                    ImportColumns.PARENT,
                                    after.parent() == null
                                            ? Problem.of(OrganisationImportProblem.NEW_UNIT_AS_ROOT, code.value())
                                            : Problem.of(
                                                    OrganisationImportProblem.NEW_UNIT_OUTSIDE_SCOPE,
                                                    code.value(),
                                                    after.parent().value())));
                } else {
                    checkSameCommitteeAsParent(fileName, line, planned, after, problems);
                }
                continue;
            }
            Unit before = stored.get();
            boolean changed = !before.name().equals(after.name())
                    || !Objects.equals(before.parent(), after.parent())
                    || !Objects.equals(before.committee(), after.committee())
                    || !Objects.equals(before.shortName(), after.shortName());
            if (!changed) {
                continue;
            }
            if (!scope.canRead(code)) {
                problems.putIfAbsent(
                        code,
                        new ImportProblem(
                                fileName,
                                line,
                                ImportColumns.CODE,
                                OrganisationImportProblem.UNIT_OUTSIDE_SCOPE,
                                code.value()));
                continue;
            }
            if (!Objects.equals(before.parent(), after.parent())) {
                if (before.parent() == null || !scope.canRead(before.parent())) {
                    problems.putIfAbsent(
                            code,
                            new ImportProblem(
                                    fileName,
                                    line,
                                    ImportColumns.PARENT,
                                    OrganisationImportProblem.SCOPE_TOP_MOVED,
                                    code.value()));
                    continue;
                }
                UnitCode anchor =
                        after.parent() == null ? null : storedAncestorOrSelf(current, planned, after.parent());
                if (anchor == null || !scope.canRead(anchor)) {
                    problems.putIfAbsent(
                            code,
                            new ImportProblem(
                                    fileName,
                                    line,
                                    ImportColumns.PARENT,
                                    after.parent() == null
                                            ? Problem.of(OrganisationImportProblem.MOVED_OUT_AS_ROOT, code.value())
                                            : Problem.of(
                                                    OrganisationImportProblem.MOVED_OUT_OF_SCOPE,
                                                    code.value(),
                                                    after.parent().value())));
                    continue;
                }
                checkSameCommitteeAsParent(fileName, line, planned, after, problems);
            }
        }
        for (Unit unit : current.units()) {
            if (!scope.canRead(unit.code())
                    || !lines.containsKey(unit.code())
                            && planned.ancestors(unit.code()).stream()
                                    .anyMatch(above -> problems.containsKey(above.code()))) {
                continue; // another scope's units are not named; below a refused row the row says it already
            }
            Optional<CommitteeCode> was = current.committeeOf(unit.code());
            Optional<CommitteeCode> will = planned.committeeOf(unit.code());
            if (!was.equals(will)) {
                problems.putIfAbsent(
                        unit.code(),
                        new ImportProblem(
                                fileName,
                                lines.getOrDefault(unit.code(), 0),
                                ImportColumns.COMMITTEE,
                                OrganisationImportProblem.COMMITTEE_FRAME_CHANGED,
                                unit.code().value(),
                                committee(will),
                                committee(was)));
            }
        }
        if (!problems.isEmpty()) {
            List<ImportProblem> sorted = new ArrayList<>(problems.values());
            sorted.sort(java.util.Comparator.comparingInt(ImportProblem::line));
            throw new ImportException(sorted);
        }
    }

    /** A new or moved unit counts in its new parent's committee, else it would be listed in another's reports. */
    private static void checkSameCommitteeAsParent(
            String fileName, int line, Organisation planned, Unit unit, Map<UnitCode, ImportProblem> problems) {
        if (unit.parent() == null) {
            return;
        }
        Optional<CommitteeCode> own = planned.committeeOf(unit.code());
        Optional<CommitteeCode> parent = planned.committeeOf(unit.parent());
        if (!own.equals(parent)) {
            problems.putIfAbsent(
                    unit.code(),
                    new ImportProblem(
                            fileName,
                            line,
                            ImportColumns.COMMITTEE,
                            OrganisationImportProblem.COMMITTEE_DIFFERS_FROM_PARENT,
                            unit.code().value(),
                            committee(own),
                            unit.parent().value(),
                            committee(parent)));
        }
    }

    /** The nearest ancestor of a new unit that the portal already holds (the new unit's own chain of new parents). */
    private static @Nullable UnitCode storedAncestor(Organisation current, Organisation planned, UnitCode code) {
        UnitCode parent = planned.require(code).parent();
        return parent == null ? null : storedAncestorOrSelf(current, planned, parent);
    }

    private static @Nullable UnitCode storedAncestorOrSelf(Organisation current, Organisation planned, UnitCode code) {
        for (UnitCode at = code; at != null; at = planned.require(at).parent()) {
            if (current.unit(at).isPresent()) {
                return at;
            }
        }
        return null;
    }

    /** What an organisation import did. */
    public record OrganisationImportResult(
            int units, int created, int updated, List<String> newCommittees, List<ImportProblem> warnings) {}

    /**
     * Every parent exists and no unit lies below itself; every problem named at the file's line of the
     * unit ({@code lines}; a stored unit has none).
     */
    private static void checkTree(String fileName, Map<UnitCode, Unit> units, Map<UnitCode, Integer> lines) {
        List<ImportProblem> problems = new ArrayList<>();
        for (Unit unit : units.values()) {
            if (unit.parent() != null && !units.containsKey(unit.parent())) {
                problems.add(new ImportProblem(
                        fileName,
                        lines.getOrDefault(unit.code(), 0),
                        ImportColumns.PARENT,
                        OrganisationImportProblem.NOT_A_TREE_UNKNOWN_PARENT,
                        unit.code().value(),
                        unit.parent().value()));
                continue;
            }
            java.util.Set<UnitCode> seen = new java.util.HashSet<>();
            for (UnitCode at = unit.code();
                    at != null;
                    at = units.containsKey(at) ? units.get(at).parent() : null) {
                if (!seen.add(at)) {
                    problems.add(new ImportProblem(
                            fileName,
                            lines.getOrDefault(unit.code(), 0),
                            ImportColumns.PARENT,
                            OrganisationImportProblem.NOT_A_TREE_CYCLE,
                            unit.code().value()));
                    break;
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
    }

    /**
     * Accounts the portal does not know yet are created with the file's name (or "Konto 5011"); known accounts
     * keep their names: the chart of accounts is the portal's, not each file's.
     */
    private void saveAccounts(ParsedFile file) {
        Set<String> known = organisations.accounts().stream().map(Account::code).collect(Collectors.toSet());
        List<Account> accounts = new ArrayList<>();
        for (String code : file.accountCodes()) {
            if (!known.contains(code)) {
                accounts.add(new Account(code, newAccountName(file, code)));
            }
        }
        if (!accounts.isEmpty()) {
            organisations.saveAccounts(accounts);
        }
    }

    /**
     * The units an unknown code may be placed under, in tree order: the units of the economist's scope.
     */
    public List<Unit> placementParents() {
        UserAccount caller = requireEconomist();
        Organisation organisation = organisations.load();
        AccessScope scope = AccessScope.resolve(organisation, caller);
        List<Unit> result = new ArrayList<>();
        for (Unit root : organisation.roots()) {
            organisation.subtree(root.code()).forEach(code -> {
                if (scope.canRead(code)) {
                    result.add(organisation.require(code));
                }
            });
        }
        return result;
    }

    private void checkKommun(ParsedFile file) {
        String number = file.organisationNumber();
        if (number == null) {
            return;
        }
        imports.kommun().ifPresent(kommun -> {
            if (!kommun.sameOrganisation(number)) {
                String company = file.companyName();
                throw refused(
                        file,
                        ImportProblemCode.OTHER_ORGANISATION,
                        number,
                        company == null ? Problem.of(ImportProblemCode.UNKNOWN_COMPANY_NAME) : company,
                        kommun.name(),
                        kommun.organisationNumber());
            }
        });
    }

    /**
     * A SIE file names its accounts (#KONTO): an amount on an account neither the file nor the portal knows is
     * refused. A CSV cannot name them: unknown accounts are created as "Konto 5011", with a warning.
     */
    /** The most a stored amount can be (the figure columns are DECIMAL(15, 2)), in kronor. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999.99");

    /**
     * Refuses sums the database cannot hold exactly, rather than letting them be cut: per unit, account and month,
     * as they will be stored (lines of a CSV with the same key are added).
     */
    private static void checkAmounts(ParsedFile file) {
        List<ImportProblem> problems = new ArrayList<>();
        for (List<AmountLine> lines : List.of(file.actuals(), file.budget())) {
            Map<List<Object>, BigDecimal> sums = new LinkedHashMap<>();
            for (int i = 0; i < lines.size(); i++) {
                if (lines instanceof AmountLines compact
                        && compact.inOre(i)
                        && Math.abs(compact.ore(i)) <= 999_999_999_999_999L) {
                    continue; // the common case, one line per key, without making the line
                }
                AmountLine line = lines.get(i);
                sums.merge(List.of(line.unit(), line.account(), line.period()), line.amount(), BigDecimal::add);
            }
            sums.forEach((key, sum) -> {
                if (sum.abs().compareTo(MAX_AMOUNT) > 0 && problems.size() < 20) {
                    problems.add(new ImportProblem(
                            file.fileName(),
                            0,
                            "belopp",
                            ImportProblemCode.SUM_TOO_LARGE,
                            key.get(0).toString(),
                            key.get(1).toString(),
                            key.get(2).toString(),
                            sum.toPlainString().replace('.', ',')));
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
    }

    private ParsedFile checkAccounts(ParsedFile file) {
        Set<String> known = organisations.accounts().stream().map(Account::code).collect(Collectors.toSet());
        List<String> unknown = file.accountCodes().stream()
                .filter(code -> !known.contains(code) && !file.accounts().containsKey(code))
                .toList();
        if (unknown.isEmpty()) {
            return file;
        }
        if (file.kind() == ImportKind.SIE) {
            throw new ImportException(unknown.stream()
                    .map(code -> new ImportProblem(
                            file.fileName(),
                            file.accountLines().getOrDefault(code, 0),
                            "konto",
                            ImportProblemCode.ACCOUNT_UNKNOWN,
                            code))
                    .toList());
        }
        List<ImportProblem> warnings = new ArrayList<>(file.warnings());
        warnings.add(
                new ImportProblem(file.fileName(), 0, "konto", ImportProblemCode.ACCOUNTS_CREATED, unknown.toString()));
        return new ParsedFile(
                file.fileName(),
                file.sha256(),
                file.kind(),
                file.companyName(),
                file.organisationNumber(),
                file.accounts(),
                file.unitNames(),
                file.unitLines(),
                file.accountLines(),
                file.actuals(),
                file.budget(),
                file.rows(),
                warnings);
    }

    private static void checkBudgetYear(ParsedFile file) {
        Set<Integer> years = new TreeSet<>();
        file.budget().forEach(l -> years.add(l.period().year()));
        if (years.size() > 1) {
            throw refused(file, ImportProblemCode.BUDGET_MORE_THAN_ONE_YEAR, years.toString());
        }
    }

    private void checkScope(UserAccount caller, Organisation organisation, Collection<UnitCode> units) {
        AccessScope scope = AccessScope.resolve(organisation, caller);
        List<UnitCode> outside =
                units.stream().filter(u -> !scope.canRead(u)).sorted().toList();
        if (!outside.isEmpty()) {
            throw new ImportException(List.of(
                    new ImportProblem("", 0, "ansvar", ImportProblemCode.UNITS_OUTSIDE_SCOPE, outside.toString())));
        }
    }

    /** Reads the import records (history, budget versions): an economist or an administrator. */
    private UserAccount requireImporter() {
        UserAccount caller = currentUser.require();
        if (!caller.enabled() || !caller.has(Role.EKONOM) && !caller.has(Role.ADMIN)) {
            throw new PermissionDeniedException(caller.username(), "import");
        }
        return caller;
    }

    /** Writes figures or the organisation: an economist only (an administrator needs EKONOM too). */
    private UserAccount requireEconomist() {
        UserAccount caller = currentUser.require();
        if (!caller.enabled() || !caller.has(Role.EKONOM)) {
            throw new PermissionDeniedException(caller.username(), "import figures or the organisation");
        }
        return caller;
    }

    /** The accounts the file books on, in code order, with the file's totals and whether the chart holds them. */
    private List<ImportPreview.AccountTotal> accountTotals(ParsedFile file) {
        Map<String, String> chart =
                organisations.accounts().stream().collect(Collectors.toMap(Account::code, Account::name, (a, b) -> a));
        Map<String, BigDecimal> actual = sumByAccount(file.actuals());
        Map<String, BigDecimal> budget = sumByAccount(file.budget());
        return file.accountCodes().stream()
                .map(code -> new ImportPreview.AccountTotal(
                        code,
                        chart.containsKey(code) ? chart.get(code) : newAccountName(file, code),
                        chart.containsKey(code),
                        actual.getOrDefault(code, BigDecimal.ZERO),
                        budget.getOrDefault(code, BigDecimal.ZERO)))
                .toList();
    }

    /** The name an account new to the chart gets: the file's (#KONTO), else "Konto 5011". */
    private static String newAccountName(ParsedFile file, String code) {
        return file.accounts().getOrDefault(code, "Konto " + code);
    }

    private static Map<String, BigDecimal> sumByAccount(List<AmountLine> lines) {
        return sumBy(lines, AmountLine::account, AmountLines::sumsByAccount);
    }

    private static Map<UnitCode, BigDecimal> sumByUnit(List<AmountLine> lines) {
        return sumBy(lines, AmountLine::unit, AmountLines::sumsByUnit);
    }

    /** The lines' sums per key; compact lines sum in öre ({@code compactSums}). */
    private static <K> Map<K, BigDecimal> sumBy(
            List<AmountLine> lines,
            java.util.function.Function<AmountLine, K> key,
            java.util.function.Function<AmountLines, Map<K, BigDecimal>> compactSums) {
        if (lines instanceof AmountLines compact) {
            return compactSums.apply(compact);
        }
        Map<K, BigDecimal> sums = new HashMap<>();
        lines.forEach(l -> sums.merge(key.apply(l), l.amount(), BigDecimal::add));
        return sums;
    }

    private static Set<UnitCode> unitsOf(List<AmountLine> lines) {
        return ParsedFile.unitsOf(lines);
    }

    private static String describe(ImportPreview preview) {
        List<String> parts = new ArrayList<>();
        if (!preview.periods().isEmpty()) {
            parts.add(preview.periods().stream().map(Period::toString).collect(Collectors.joining(",")));
        }
        if (preview.budgetYear() != null) {
            parts.add("budget " + preview.budgetYear());
        }
        return String.join("; ", parts);
    }

    private static ImportException refused(ParsedFile file, ImportProblemCode code, Object... arguments) {
        return refused(file.fileName(), code, arguments);
    }

    private static ImportException refused(String fileName, ImportProblemCode code, Object... arguments) {
        return new ImportException(List.of(new ImportProblem(fileName, 0, "", code, arguments)));
    }

    /** A unit's committee for a problem: its code, or "(ingen)" where it counts in none. */
    private static Object committee(Optional<CommitteeCode> committee) {
        return committee.<Object>map(CommitteeCode::value).orElse(Problem.of(OrganisationImportProblem.NO_COMMITTEE));
    }
}
