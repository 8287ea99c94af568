package se.ekonomiuppfoljning.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.Problem;
import se.ekonomiuppfoljning.organisation.Committee;
import se.ekonomiuppfoljning.organisation.CommitteeCode;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.Unit;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.AccessScope;

/** The rule for an organisation file of an economist whose scope is not the whole kommun. */
final class OrganisationScopeRule {

    private OrganisationScopeRule() {}

    /**
     * The rule for an economist whose scope is not the whole kommun: every row of the file that changes something
     * changes a unit inside their scope (name, short name), a move stays inside the scope (from a parent in it to a
     * parent in it, never the topmost units of the scope themselves), a new unit lies below a unit of the scope, and
     * no unit changes the committee whose frame it counts in (nor is a new or moved unit placed under a unit of
     * another committee: that would list it in that committee's reports); no new committee is created. Every problem
     * is named at the file's line, as a problem.
     */
    static void check(
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
                    problems.putIfAbsent(code, parentOutsideScope(fileName, line, after, false));
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
                    problems.putIfAbsent(code, parentOutsideScope(fileName, line, after, true));
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
            sorted.sort(Comparator.comparingInt(ImportProblem::line));
            throw new ImportException(sorted);
        }
    }

    /** A new ({@code moved} false) or moved unit placed outside the scope: as a topmost unit or under another's. */
    private static ImportProblem parentOutsideScope(String fileName, int line, Unit after, boolean moved) {
        UnitCode parent = after.parent();
        String code = after.code().value();
        return new ImportProblem(
                fileName,
                line,
                ImportColumns.PARENT,
                parent == null
                        ? Problem.of(
                                moved
                                        ? OrganisationImportProblem.MOVED_OUT_AS_ROOT
                                        : OrganisationImportProblem.NEW_UNIT_AS_ROOT,
                                code)
                        : Problem.of(
                                moved
                                        ? OrganisationImportProblem.MOVED_OUT_OF_SCOPE
                                        : OrganisationImportProblem.NEW_UNIT_OUTSIDE_SCOPE,
                                code,
                                parent.value()));
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

    /** A unit's committee for a problem: its code, or "(ingen)" where it counts in none. */
    private static Object committee(Optional<CommitteeCode> committee) {
        return committee.<Object>map(CommitteeCode::value).orElse(Problem.of(OrganisationImportProblem.NO_COMMITTEE));
    }
}
