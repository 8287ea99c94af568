package se.ekonomiuppfoljning.followup;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.organisation.Unit;

/**
 * The follow-up of a node for a period: one row per child (or the unit itself for a leaf), and the total
 * over the rows inside the node's committee frame, summed in kronor. A table without a total (a single
 * unit, or a chief's separate units) has {@code total == null}.
 */
public record FollowUpTable(
        @Nullable Unit node,
        Period period,
        List<FollowUpRow> rows,
        @Nullable Figures total) {

    public Optional<Figures> totalFigures() {
        return Optional.ofNullable(total);
    }

    /** The label of the total, "Totalt KLS", comes from the node's short name. */
    public Optional<String> totalName() {
        return node == null || total == null ? Optional.empty() : Optional.of(node.displayShortName());
    }

    public boolean hasRowsOutsideTotal() {
        return total != null && rows.stream().anyMatch(r -> !r.inTotal());
    }
}
