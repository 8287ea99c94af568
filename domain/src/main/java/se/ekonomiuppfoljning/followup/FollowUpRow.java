package se.ekonomiuppfoljning.followup;

import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.organisation.Committee;
import se.ekonomiuppfoljning.organisation.Unit;

/**
 * One listed unit: the sum of its subtree.
 *
 * @param inTotal     whether the unit counts in the table's total (it reports inside the node's frame)
 * @param hasChildren whether the row can be drilled into
 * @param reportsTo   the committee the unit reports to, named in the footnote when it is outside the frame
 */
public record FollowUpRow(
        Unit unit,
        Figures figures,
        boolean inTotal,
        boolean hasChildren,
        @Nullable Committee reportsTo) {}
