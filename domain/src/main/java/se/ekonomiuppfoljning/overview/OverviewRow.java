package se.ekonomiuppfoljning.overview;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.cycle.UnitsCycle;
import se.ekonomiuppfoljning.followup.Figures;
import se.ekonomiuppfoljning.organisation.Committee;
import se.ekonomiuppfoljning.organisation.Unit;

/**
 * One upper node (the kommun, a förvaltning, an avdelning with units) as its follow-up table's total counts it: the
 * units of its subtree inside its committee's frame ("Totalt KLS" leaves TIA-avdelningen out), in kronor, never rounded.
 *
 * @param depth            the node's depth below the topmost node listed (0 for the kommun or a scope's root)
 * @param committee        the nämnd whose frame the node's total counts
 * @param figures          the period's figures of the counted units, as the follow-up table sums them
 * @param cycle            the counted units' helårsprognoser and months, as the follow-up table's total sums them
 * @param trend            the deviation to date at the end of each month of the year up to the period
 * @param monthsNotReady   the counted units whose month is neither ready nor approved
 * @param overdueActions   the overdue åtgärder of the counted units
 * @param unitsOutsideFrame listed units of the subtree that count in another committee's frame (not summed here)
 */
public record OverviewRow(
        Unit node,
        int depth,
        @Nullable Committee committee,
        Figures figures,
        UnitsCycle cycle,
        OverviewStatus status,
        List<TrendPoint> trend,
        int monthsNotReady,
        int overdueActions,
        List<Unit> unitsOutsideFrame) {

    public OverviewRow {
        trend = List.copyOf(trend);
        unitsOutsideFrame = List.copyOf(unitsOutsideFrame);
    }

    public BigDecimal forecast() {
        return cycle.forecast();
    }

    /** Prognosavvikelse: annual budget − helårsprognos. */
    public BigDecimal forecastDeviation() {
        return cycle.forecastDeviation();
    }
}
