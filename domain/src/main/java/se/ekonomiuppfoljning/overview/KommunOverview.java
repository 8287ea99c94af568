package se.ekonomiuppfoljning.overview;

import java.util.List;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.cycle.Thresholds;

/**
 * The overview of a period: the caller's upper nodes in tree order, and the periods with actuals to choose among
 * (newest first), and the thresholds the statuses were judged by. No rows when the caller's scope holds no node with units below it (a chief of one unit).
 */
public record KommunOverview(Period period, List<Period> periods, List<OverviewRow> rows, Thresholds thresholds) {

    public KommunOverview {
        periods = List.copyOf(periods);
        rows = List.copyOf(rows);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
