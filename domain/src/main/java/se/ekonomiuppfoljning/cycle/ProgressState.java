package se.ekonomiuppfoljning.cycle;

/** A unit's report as the reviewer's progress list shows it. */
public enum ProgressState {
    NOT_STARTED,
    DRAFT,
    READY,
    APPROVED,
    SENT_BACK;

    static ProgressState of(UnitReport report) {
        if (!report.stored()) {
            return NOT_STARTED;
        }
        return switch (report.state()) {
            case DRAFT -> DRAFT;
            case READY -> READY;
            case APPROVED -> APPROVED;
            case SENT_BACK -> SENT_BACK;
        };
    }
}
