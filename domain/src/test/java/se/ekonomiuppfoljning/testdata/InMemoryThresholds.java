package se.ekonomiuppfoljning.testdata;

import se.ekonomiuppfoljning.cycle.ThresholdRepository;
import se.ekonomiuppfoljning.cycle.Thresholds;

/** The thresholds port holding one value, the defaults until saved. */
public final class InMemoryThresholds implements ThresholdRepository {

    private Thresholds thresholds = Thresholds.DEFAULT;

    @Override
    public Thresholds load() {
        return thresholds;
    }

    @Override
    public void save(Thresholds changed) {
        thresholds = changed;
    }
}
