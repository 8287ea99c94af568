package se.ekonomiuppfoljning.cycle;

import se.ekonomiuppfoljning.organisation.Unit;

/**
 * One unit of a node's subtree in the reviewer's progress list.
 *
 * @param depth           0 for the node itself, 1 for its children, …
 * @param analysisMissing the thresholds make an analysis mandatory and none is written
 */
public record ProgressRow(Unit unit, int depth, ProgressState state, boolean analysisRequired,
                          boolean analysisMissing, long version) {
}
