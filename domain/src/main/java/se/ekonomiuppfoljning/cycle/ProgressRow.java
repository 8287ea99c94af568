package se.ekonomiuppfoljning.cycle;

import java.util.ArrayList;
import java.util.List;
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

    /** What is missing, in Swedish, for a message: "ej påbörjad", "återskickad; ekonomisk analys saknas". */
    public String missing() {
        List<String> parts = new ArrayList<>();
        if (state != ProgressState.READY && state != ProgressState.APPROVED) {
            parts.add(
                    state == ProgressState.DRAFT
                            ? "utkast, inte markerad som klar"
                            : state.label().toLowerCase());
        }
        if (analysisMissing && state != ProgressState.APPROVED) {
            parts.add("ekonomisk analys saknas");
        }
        return String.join("; ", parts);
    }
}
