package se.ekonomiuppfoljning.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.organisation.Committee;
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
     * One unit of the file against the portal: {@code differences} in Swedish, e.g. "namn: IT → IT-avdelningen",
     * "kortnamn: KLS → Staben", "överordnad: KLS → SBF", "nämnd: ärvs → TN".
     */
    public record Change(UnitCode code, String name, Kind kind, List<String> differences) {

        static Change between(@Nullable Unit before, Unit after) {
            if (before == null) {
                return new Change(after.code(), after.name(), Kind.NEW, List.of());
            }
            List<String> differences = new ArrayList<>();
            if (!before.name().equals(after.name())) {
                differences.add("namn: " + before.name() + " → " + after.name());
            }
            if (!Objects.equals(before.shortName(), after.shortName())) {
                differences.add("kortnamn: " + Objects.toString(before.shortName(), "inget") + " → "
                        + Objects.toString(after.shortName(), "inget"));
            }
            if (!Objects.equals(before.parent(), after.parent())) {
                differences.add("överordnad: " + code(before.parent()) + " → " + code(after.parent()));
            }
            if (!Objects.equals(before.committee(), after.committee())) {
                differences.add("nämnd: "
                        + (before.committee() == null
                                ? "ärvs"
                                : before.committee().value()) + " → "
                        + (after.committee() == null
                                ? "ärvs"
                                : after.committee().value()));
            }
            return new Change(
                    after.code(),
                    after.name(),
                    differences.isEmpty() ? Kind.UNCHANGED : Kind.CHANGED,
                    List.copyOf(differences));
        }

        private static String code(@Nullable UnitCode code) {
            return code == null ? "ingen (rot)" : code.value();
        }
    }
}
