package se.ekonomiuppfoljning.cycle;

/** A unit's report as the reviewer's progress list shows it. */
public enum ProgressState {
    NOT_STARTED("Ej påbörjad"),
    DRAFT("Utkast"),
    READY("Klar för granskning"),
    APPROVED("Godkänd"),
    SENT_BACK("Återskickad");

    private final String label;

    ProgressState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

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
