package se.ekonomiuppfoljning.overview;

import java.util.List;
import se.ekonomiuppfoljning.common.Period;

/**
 * The overview of a period: the caller's upper nodes in tree order, and the periods with actuals to choose among
 * (newest first). No rows when the caller's scope holds no node with units below it (a chief of one unit).
 */
public record KommunOverview(Period period, List<Period> periods, List<OverviewRow> rows) {

    public KommunOverview {
        periods = List.copyOf(periods);
        rows = List.copyOf(rows);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
