package se.ekonomiuppfoljning.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.ekonomiuppfoljning.organisation.Committee;
import se.ekonomiuppfoljning.organisation.CommitteeCode;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.Unit;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.AccessScope;
import se.ekonomiuppfoljning.security.KommunWideAccess;
import se.ekonomiuppfoljning.security.UserAccount;

/**
 * What an organisation file would do to the organisation as it is: the units merged, the committees to create, the
 * changes and warnings; refused where the result is no tree or, for an economist of a part of the kommun, where it
 * reaches outside their scope ({@link OrganisationScopeRule}).
 */
final class OrganisationPlan {

    private OrganisationPlan() {}

    /** @param saving words the warnings as done ("skapades") rather than to be done ("skapas") */
    static OrganisationPreview make(
            Organisation current, UserAccount caller, String fileName, List<Unit> units, boolean saving) {
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
            OrganisationScopeRule.check(fileName, current, planned, scope, units, newCommittees);
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
            Set<UnitCode> seen = new HashSet<>();
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
}
