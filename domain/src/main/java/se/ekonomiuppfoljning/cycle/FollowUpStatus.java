package se.ekonomiuppfoljning.cycle;

/** The verksamhetsuppföljning's verdict on the month. */
public enum FollowUpStatus {
    ENLIGT_PLAN("Enligt plan"),
    MINDRE_AVVIKELSE("Mindre avvikelse"),
    ALLVARLIG_AVVIKELSE("Allvarlig avvikelse");

    private final String label;

    FollowUpStatus(String label) {
        this.label = label;
    }

    /** The Swedish label. */
    public String label() {
        return label;
    }
}
