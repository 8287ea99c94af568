package se.ekonomiuppfoljning.cycle;

/** The port to the kommun's thresholds (one set per portal, which serves one kommun). */
public interface ThresholdRepository {

    /** The stored thresholds, or {@link Thresholds#DEFAULT} when none are stored. */
    Thresholds load();

    void save(Thresholds thresholds);
}
