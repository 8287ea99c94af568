package se.ekonomiuppfoljning.cycle;

import se.ekonomiuppfoljning.organisation.Unit;

/**
 * One unit of a node's subtree in the reviewer's progress list.
 *
 * @param depth           0 for the node itself, 1 for its children, …
 * @param analysisMissing the thresholds make an analysis mandatory and none is written
 * @param analysisWritten an analysis is written, whether the thresholds ask for one or not
 */
public record ProgressRow(
        Unit unit,
        int depth,
        ProgressState state,
        boolean analysisRequired,
        boolean analysisMissing,
        long version,
        boolean analysisWritten) {

    /** A row whose analysis is written exactly when it is required and not missing. */
    public ProgressRow(
            Unit unit,
            int depth,
            ProgressState state,
            boolean analysisRequired,
            boolean analysisMissing,
            long version) {
        this(unit, depth, state, analysisRequired, analysisMissing, version, analysisRequired && !analysisMissing);
    }

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
