package se.ekonomiuppfoljning.cycle;

/** The verksamhetsuppföljning's verdict on the month. */
public enum FollowUpStatus {
    ENLIGT_PLAN,
    MINDRE_AVVIKELSE,
    ALLVARLIG_AVVIKELSE;
}
