package se.ekonomiuppfoljning.followup;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.organisation.UnitCode;

/**
 * What the follow-up page offers the caller: the nodes to choose among (in tree order with their depth),
 * the periods, and what to show first.
 */
public record FollowUpOverview(
        List<NodeOption> nodes,
        List<Period> periods,
        Period defaultPeriod,
        @Nullable UnitCode defaultNode) {

    public Optional<UnitCode> defaultNodeCode() {
        return Optional.ofNullable(defaultNode);
    }

    public record NodeOption(UnitCode code, String name, int depth) {}
}
