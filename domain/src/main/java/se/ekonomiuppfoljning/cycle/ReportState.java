package se.ekonomiuppfoljning.cycle;

/**
 * Where a stored unit report is in the month's cycle: written ({@code DRAFT}), marked ready by the unit's chief
 * ({@code READY}), approved by a reviewer above the unit ({@code APPROVED}, frozen) or sent back with a comment
 * ({@code SENT_BACK}, to be marked ready again).
 */
public enum ReportState {
    DRAFT,
    READY,
    APPROVED,
    SENT_BACK;

    /** Whether the chief or economist may still change the texts and the forecast. */
    public boolean editable() {
        return this != APPROVED;
    }
}
