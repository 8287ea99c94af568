package se.ekonomiuppfoljning.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.Problem;
import se.ekonomiuppfoljning.organisation.Committee;
import se.ekonomiuppfoljning.organisation.CommitteeCode;
import se.ekonomiuppfoljning.organisation.Unit;
import se.ekonomiuppfoljning.organisation.UnitCode;

/**
 * What saving an organisation file would do, shown before anything is saved.
 *
 * @param fileUnits   the file's units as read, in file order
 * @param unitsToSave the same units merged with what the portal holds (a short name the file lacks is kept)
 * @param changes     one per unit of the file: new, changed (and how) or unchanged
 */
public record OrganisationPreview(
        String fileName,
        List<Unit> fileUnits,
        List<Unit> unitsToSave,
        List<Committee> newCommittees,
        List<Change> changes,
        int created,
        List<ImportProblem> warnings) {

    public int changed() {
        return (int) changes.stream().filter(c -> c.kind() == Kind.CHANGED).count();
    }

    public int unchanged() {
        return (int) changes.stream().filter(c -> c.kind() == Kind.UNCHANGED).count();
    }

    public enum Kind {
        NEW,
        CHANGED,
        UNCHANGED
    }

    /**
     * One unit of the file against the portal: {@code differences} as problems the UI words, in Swedish e.g.
     * "namn: IT → IT-avdelningen", "kortnamn: KLS → Staben", "överordnad: KLS → SBF", "nämnd: ärvs → TN".
     */
    public record Change(UnitCode code, String name, Kind kind, List<Problem> differences) {

        static Change between(@Nullable Unit before, Unit after) {
            if (before == null) {
                return new Change(after.code(), after.name(), Kind.NEW, List.of());
            }
            List<Problem> differences = new ArrayList<>();
            if (!before.name().equals(after.name())) {
                differences.add(Problem.of(OrganisationImportProblem.NAME_CHANGE, before.name(), after.name()));
            }
            if (!Objects.equals(before.shortName(), after.shortName())) {
                differences.add(Problem.of(
                        OrganisationImportProblem.SHORT_NAME_CHANGE,
                        shortName(before.shortName()),
                        shortName(after.shortName())));
            }
            if (!Objects.equals(before.parent(), after.parent())) {
                differences.add(Problem.of(
                        OrganisationImportProblem.PARENT_CHANGE, code(before.parent()), code(after.parent())));
            }
            if (!Objects.equals(before.committee(), after.committee())) {
                differences.add(Problem.of(
                        OrganisationImportProblem.COMMITTEE_CHANGE,
                        committee(before.committee()),
                        committee(after.committee())));
            }
            return new Change(
                    after.code(),
                    after.name(),
                    differences.isEmpty() ? Kind.UNCHANGED : Kind.CHANGED,
                    List.copyOf(differences));
        }

        private static Object code(@Nullable UnitCode code) {
            return code == null ? Problem.of(OrganisationImportProblem.NO_PARENT) : code.value();
        }

        private static Object shortName(@Nullable String shortName) {
            return shortName == null ? Problem.of(OrganisationImportProblem.NO_SHORT_NAME) : shortName;
        }

        private static Object committee(@Nullable CommitteeCode committee) {
            return committee == null ? Problem.of(OrganisationImportProblem.COMMITTEE_INHERITED) : committee.value();
        }
    }
}
