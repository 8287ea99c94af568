package se.ekonomiuppfoljning.cycle;

import se.ekonomiuppfoljning.organisation.Unit;

/**
 * One unit of a node's subtree in the reviewer's progress list.
 *
 * @param depth           0 for the node itself, 1 for its children, …
 * @param analysisMissing the thresholds make an analysis mandatory and none is written
 */
public record ProgressRow(
        Unit unit, int depth, ProgressState state, boolean analysisRequired, boolean analysisMissing, long version) {

    /**
     * Whether the unit's chief still has something to do for the month: it is not marked ready (not started, a
     * draft, or sent back by the reviewer), or a mandatory analysis is missing from a report not yet approved.
     */
    public boolean awaitsChief() {
        return switch (state) {
            case NOT_STARTED, DRAFT, SENT_BACK -> true;
            case READY -> analysisMissing;
            case APPROVED -> false;
        };
    }
}
